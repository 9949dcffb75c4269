#!/usr/bin/env bash
# End-to-end throughput of `./vigil analyze --format jsonl`: start-up, reading, analysis on every
# core, and writing the output to a file, as a user would run it. Prints words/s, articles/s and
# peak memory (maximum resident set size).
#
#   bench/analyze-throughput.sh [INPUT_FOLDER]     (default: ../shared/data/polnear/train/text)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
input=${1:-"$root/../shared/data/polnear/train/text"}
[ -d "$input" ] || { echo "bench: no input folder at $input" >&2; exit 1; }

if [ ! -x /usr/bin/time ]; then
  echo "bench: installing GNU time (for peak memory)" >&2
  (apt-get update -qq && apt-get install -y -qq time) >/dev/null
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# Build first, so that the build is not timed (./vigil rebuilds only when the sources changed).
"$root/vigil" --help >/dev/null

words=$(find "$input" -type f -print0 | xargs -0 cat | wc -w)
files=$(find "$input" -type f | wc -l)

start=$(date +%s.%N)
status=0
/usr/bin/time -v -o "$out/time.txt" "$root/vigil" analyze --format jsonl "$input" >"$out/analysis.jsonl" 2>"$out/stderr.txt" || status=$?
end=$(date +%s.%N)

articles=$(wc -l <"$out/analysis.jsonl")
failed=$(grep -c '^vigil: ' "$out/stderr.txt" || true)
peak_kb=$(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$out/time.txt")

awk -v s="$start" -v e="$end" -v w="$words" -v a="$articles" -v f="$files" -v kb="$peak_kb" -v bad="$failed" -v rc="$status" '
BEGIN {
  t = e - s
  printf "input:      %d files, %d words\n", f, w
  printf "articles:   %d analysed, %d failed (exit status %d)\n", a, bad, rc
  printf "wall time:  %.2f s\n", t
  printf "words/s:    %.0f\n", w / t
  printf "articles/s: %.1f\n", a / t
  printf "peak RSS:   %.0f MB\n", kb / 1024
}'
