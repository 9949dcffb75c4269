#!/usr/bin/env bash
# End-to-end throughput of `./vigil analyze --format jsonl` as a user runs it (process start-up,
# reading, analysis on every core, the JSON written to a file), side by side in the same run with
# the `compromise` npm package doing only its people/places/organisations pass over the same texts
# (bench/js/compromise-entities.mjs, also a whole process with its start-up and output). The two
# alternate, round by round, so both see the same load; the ratio is the fair number on a shared
# machine. Peak memory is the maximum resident set size from GNU time.
#
#   bench/analyze-throughput.sh [INPUT_FOLDER] [ROUNDS]   (default: ../shared/data/polnear/train/text, 3)
#   VIGIL_BENCH_NO_BASELINE=1 skips compromise.
#
# Targets (issue 6): >= 200,000 words/s on a 2-core machine, >= 10x compromise, peak memory < 1 GB.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/bench/lib.sh"
input=${1:-"$root/../shared/data/polnear/train/text"}
rounds=${2:-3}
[ -d "$input" ] || { echo "bench: no input folder at $input" >&2; exit 1; }
need_gnu_time
baseline=${VIGIL_BENCH_NO_BASELINE:-}
[ -n "$baseline" ] || need_js_baselines

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# Build first, so that the build is not timed (./vigil rebuilds only when the sources changed).
"$root/vigil" --help >/dev/null

words=$(find "$input" -type f -print0 | xargs -0 cat | wc -w)
files=$(find "$input" -type f | wc -l)
machine
echo "input:      $input: $files files, $words words (wc -w)"
echo

printf '| round | load before | vigil wall | words/s | articles/s | vigil CPU | vigil peak RSS | compromise wall | compromise words/s | compromise CPU | compromise peak RSS | ratio (wall) | ratio (CPU) |\n'
printf '|---|---|---|---|---|---|---|---|---|---|---|---|---|\n'
summary=$out/summary
: >"$summary"
for round in $(seq 1 "$rounds"); do
  before=$(load)
  run_vigil() { read -r vw vc vkb vrc < <(timed "$out/vigil" "$root/vigil" analyze --format jsonl "$input"); }
  run_compromise() {
    if [ -n "$baseline" ]; then cw=0 cc=0 ckb=0 crc=0; return; fi
    read -r cw cc ckb crc < <(timed "$out/compromise" node "$root/bench/js/compromise-entities.mjs" "$input")
  }
  # alternate which goes first, so that neither always meets the same moment of the load
  if (( round % 2 )); then run_vigil; run_compromise; else run_compromise; run_vigil; fi
  [ "$vrc" = 0 ] || { echo "bench: vigil failed (status $vrc):" >&2; tail -5 "$out/vigil.err" >&2; exit 1; }
  [ "$crc" = 0 ] || { echo "bench: compromise failed (status $crc):" >&2; tail -5 "$out/compromise.err" >&2; exit 1; }
  articles=$(wc -l <"$out/vigil.out")
  [ "$articles" = "$files" ] || echo "bench: vigil wrote $articles lines for $files files" >&2
  awk -v r="$round" -v l="$before" -v w="$words" -v a="$articles" -v vw="$vw" -v vc="$vc" -v vkb="$vkb" -v cw="$cw" -v cc="$cc" -v ckb="$ckb" -v nb="$baseline" '
  function n(x,   s) { s = sprintf("%d", x); while (s ~ /[0-9][0-9][0-9][0-9]/) sub(/[0-9][0-9][0-9]($|,)/, ",&", s); return s }
  BEGIN {
    if (nb != "") printf "| %d | %s | %.2f s | %s | %.1f | %.2f s | %.0f MB | — | — | — | — | — | — |\n", r, l, vw, n(w / vw), a / vw, vc, vkb / 1024
    else printf "| %d | %s | %.2f s | %s | %.1f | %.2f s | %.0f MB | %.2f s | %s | %.2f s | %.0f MB | %.1f× | %.1f× |\n", r, l, vw, n(w / vw), a / vw, vc, vkb / 1024, cw, n(w / cw), cc, ckb / 1024, cw / vw, cc / vc
  }'
  echo "$vw $vkb $cw" >>"$summary"
done
echo
echo "load after: $(load)"
awk -v w="$words" -v nb="$baseline" '
  { if (best == "" || $1 < best) best = $1; if ($2 > peak) peak = $2; ratio = $3 / $1; if (bestratio == "" || ratio > bestratio) bestratio = ratio }
  END {
    rate = w / best
    printf "best:       %.0f words/s (target 200,000: %s), peak RSS %.0f MB (target < 1 GB: %s)", rate, (rate >= 200000 ? "met" : sprintf("missed by %.0f%%", 100 * (1 - rate / 200000))), peak / 1024, (peak < 1048576 ? "met" : "missed")
    if (nb == "") printf ", best ratio to compromise %.1f× (target 10×: %s)", bestratio, (bestratio >= 10 ? "met" : sprintf("missed by %.0f%%", 100 * (1 - bestratio / 10)))
    printf "\n"
  }' "$summary"
