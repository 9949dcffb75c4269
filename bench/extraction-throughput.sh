#!/usr/bin/env bash
# HTML pages through `./vigil analyze --format jsonl` (extraction and every analysis stage, start-up
# included) on the article-extraction dev pages, with the benchmark's F1, side by side in the same
# run with Mozilla Readability on jsdom (bench/js/readability-extract.mjs, also a whole process).
# Then Vigil alone over the pages repeated COPIES times, where start-up weighs less.
#
#   bench/extraction-throughput.sh [COPIES]     (default 10; 0 skips the repeated run)
#   VIGIL_BENCH_NO_BASELINE=1 skips Readability.
#
# Targets (issue 6): >= 100 pages/s through the whole analysis, F1 >= 0.96 on these pages.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/bench/lib.sh"
eval_dir="$root/../shared/eval"
pages="$eval_dir/article-extraction/html"
truth="$eval_dir/article-extraction/ground-truth.json"
copies=${1:-10}
[ -d "$pages" ] || { echo "bench: no pages at $pages" >&2; exit 1; }
need_gnu_time
baseline=${VIGIL_BENCH_NO_BASELINE:-}
[ -n "$baseline" ] || need_js_baselines

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$root/vigil" --help >/dev/null   # build before the clock starts

count=$(find "$pages" -name '*.html*' | wc -l)
machine
echo "input:      $pages: $count pages"
echo "load:       $(load)"
echo

f1() { python3 "$eval_dir/score_extraction.py" "$truth" "$1" | sed -n 's/.*precision=\([0-9.]*\) recall=\([0-9.]*\) F1=\([0-9.]*\).*/\1 \2 \3/p'; }

read -r vw vc vkb vrc < <(timed "$out/vigil" "$root/vigil" analyze --format jsonl "$pages")
[ "$vrc" = 0 ] || { echo "bench: vigil failed (status $vrc):" >&2; tail -5 "$out/vigil.err" >&2; exit 1; }
python3 "$eval_dir/extraction_from_analysis.py" "$out/vigil.out" >"$out/vigil.json"
read -r vp vr vf < <(f1 "$out/vigil.json")
v1w=$vw

echo "| extractor | pages | wall | pages/s | CPU | peak RSS | precision | recall | F1 |"
echo "|---|---|---|---|---|---|---|---|---|"
awk -v n="$count" -v w="$vw" -v c="$vc" -v kb="$vkb" -v p="$vp" -v r="$vr" -v f="$vf" 'BEGIN {
  printf "| vigil analyze (all stages) | %d | %.2f s | %.1f | %.2f s | %.0f MB | %s | %s | %s |\n", n, w, n / w, c, kb / 1024, p, r, f }'
if [ -z "$baseline" ]; then
  read -r rw rc rkb rrc < <(timed "$out/readability" node "$root/bench/js/readability-extract.mjs" "$pages" "$truth")
  [ "$rrc" = 0 ] || { echo "bench: readability failed (status $rrc):" >&2; tail -5 "$out/readability.err" >&2; exit 1; }
  read -r rp rr rf < <(f1 "$out/readability.out")
  awk -v n="$count" -v w="$rw" -v c="$rc" -v kb="$rkb" -v p="$rp" -v r="$rr" -v f="$rf" 'BEGIN {
    printf "| Readability 0.6.0 + jsdom | %d | %.2f s | %.1f | %.2f s | %.0f MB | %s | %s | %s |\n", n, w, n / w, c, kb / 1024, p, r, f }'
fi

if [ "$copies" -gt 0 ]; then
  mkdir -p "$out/copies"
  for i in $(seq -w 1 "$copies"); do
    for f in "$pages"/*; do ln -s "$f" "$out/copies/$i-$(basename "$f")"; done
  done
  read -r cw cc ckb crc < <(timed "$out/vigil-copies" "$root/vigil" analyze --format jsonl "$out/copies")
  [ "$crc" = 0 ] || { echo "bench: vigil failed on the copies (status $crc)" >&2; exit 1; }
  awk -v n="$((count * copies))" -v k="$copies" -v w="$cw" -v c="$cc" -v kb="$ckb" 'BEGIN {
    printf "| vigil analyze, the pages %d times | %d | %.2f s | %.1f | %.2f s | %.0f MB | | | |\n", k, n, w, n / w, c, kb / 1024 }'
  vw=$cw; count=$((count * copies))
fi
echo
echo "load after: $(load)"
awk -v n="$count" -v w="$vw" -v f="$vf" 'BEGIN {
  rate = n / w
  printf "vigil:      %.1f pages/s (target 100: %s), F1 %s (target 0.96: %s)", rate, (rate >= 100 ? "met" : sprintf("missed by %.0f%%", 100 * (1 - rate / 100))), f, (f >= 0.96 ? "met" : "missed")
  printf "\n" }'
if [ -z "$baseline" ]; then
  awk -v vw="$v1w" -v rw="$rw" -v vf="$vf" -v rf="$rf" 'BEGIN { printf "ratio:      vigil (every stage) is %.1f× as fast as Readability (extraction alone) on the same pages, same run; F1 %+.3f\n", rw / vw, vf - rf }'
fi
