#!/usr/bin/env bash
# Articles/s stored by `./vigil ingest` into a fresh SQLite file, as a user runs it (start-up,
# reading, analysis on every core, linking, tracking, storing), with the process's memory sampled
# every second to show whether it stays flat. The input is COUNT articles written by
# bench/make-articles.py (the PolNeAR train texts in turn, each copy lightly edited), not timed.
# Then, where this Vigil has `vigil worker`, the same into a throwaway PostgreSQL server
# (tools/test-postgres): `vigil enqueue`, then one worker, and again with two workers at once.
#
#   bench/ingest-throughput.sh [COUNT] [sqlite|postgres|all]   (default: 100000 all)
#
# Targets (issue 6): >= 300 articles/s into SQLite, memory flat.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/bench/lib.sh"
count=${1:-100000}
which=${2:-all}
need_gnu_time

out=$(mktemp -d)
# run as root, tools/test-postgres makes its cluster here as the postgres user, who must get in
chmod 755 "$out"
pg_dir=""
cleanup() {
  [ -n "$pg_dir" ] && "$root/tools/test-postgres" stop "$pg_dir" >/dev/null 2>&1 || true
  rm -rf "$out"
}
trap cleanup EXIT
"$root/vigil" --help >/dev/null   # build before the clock starts

python3 "$root/bench/make-articles.py" "$count" "$out/articles.jsonl"
words=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].split()) for l in open(sys.argv[1])))' "$out/articles.jsonl")
machine
echo "input:      $count articles ($words words) from bench/make-articles.py, as one JSON Lines file"
echo

# watch PID FILE: the resident set size in MB, once a second, until PID ends
watch_rss() {
  local pid=$1 file=$2 start=$SECONDS
  while kill -0 "$pid" 2>/dev/null; do
    awk -v t=$((SECONDS - start)) '/VmRSS/ { printf "%d %.0f\n", t, $2 / 1024 }' "/proc/$pid/status" 2>/dev/null >>"$file" || true
    sleep 1
  done
}

# rss_profile FILE: peak, and the resident set at a tenth, half and nine tenths of the run
rss_profile() {
  awk '{ t[NR] = $1; m[NR] = $2; if ($2 > peak) peak = $2 }
       END { if (NR == 0) { print "no samples"; exit }
             printf "peak %d MB; at 10%% / 50%% / 90%% of the run %d / %d / %d MB", peak, m[int(NR * 0.1) + 1], m[int(NR * 0.5) + 1], m[int(NR * 0.9) + 1] }' "$1"
}

stats() { "$root/vigil" stats --db "$1" --format json; }

echo "| store | articles | wall | articles/s | words/s | CPU | memory (resident) | load before | stored |"
echo "|---|---|---|---|---|---|---|---|---|"

if [ "$which" = all ] || [ "$which" = sqlite ]; then
  before=$(load)
  start=$(date +%s.%N)
  /usr/bin/time -f '%e %U %S %M' -o "$out/sqlite.time" "$root/vigil" ingest --db "$out/bench.db" "$out/articles.jsonl" >"$out/sqlite.out" 2>"$out/sqlite.err" &
  pid=$!
  sleep 0.2
  # the program itself, not GNU time: ./vigil execs it
  child=$(pgrep -P "$pid" | head -1 || true)
  watch_rss "${child:-$pid}" "$out/sqlite.rss" &
  status=0; wait "$pid" || status=$?
  wait
  [ "$status" = 0 ] || { echo "bench: ingest failed (status $status):" >&2; tail -5 "$out/sqlite.err" >&2; exit 1; }
  read -r w u s kb <"$out/sqlite.time"
  awk -v n="$count" -v wd="$words" -v w="$w" -v c="$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }')" -v m="$(rss_profile "$out/sqlite.rss")" -v l="$before" -v st="$(stats "$out/bench.db")" 'BEGIN {
    printf "| SQLite, vigil ingest | %d | %.1f s | %.1f | %.0f | %.1f s | %s | %s | %s |\n", n, w, n / w, wd / w, c, m, l, st }'
  sqlite_rate=$(awk -v n="$count" -v w="$w" 'BEGIN { print n / w }')
  echo "$(tail -1 "$out/sqlite.out")" >&2
fi

if [ "$which" = all ] || [ "$which" = postgres ]; then
  if ! "$root/vigil" worker --help >/dev/null 2>&1 || [ ! -x "$root/tools/test-postgres" ]; then
    echo "| PostgreSQL | — | — | — | — | — | — | — | pending: this Vigil has no \`vigil worker\` (or tools/test-postgres) |"
  else
    for workers in 1 2; do
      pg_dir="$out/pg$workers"
      url=$("$root/tools/test-postgres" start "$pg_dir" | tail -1)
      read -r ew ec ekb erc < <(timed "$out/enqueue$workers" "$root/vigil" enqueue --db "$url" "$out/articles.jsonl")
      [ "$erc" = 0 ] || { echo "bench: enqueue failed:" >&2; tail -5 "$out/enqueue$workers.err" >&2; exit 1; }
      before=$(load)
      start=$(date +%s.%N)
      pids=()
      for i in $(seq 1 "$workers"); do
        /usr/bin/time -f '%e %U %S %M' -o "$out/worker$workers-$i.time" "$root/vigil" worker --db "$url" --name "bench-$i" >"$out/worker$workers-$i.out" 2>"$out/worker$workers-$i.err" &
        pids+=($!)
      done
      for p in "${pids[@]}"; do wait "$p" || { echo "bench: a worker failed" >&2; tail -5 "$out"/worker$workers-*.err >&2; exit 1; }; done
      end=$(date +%s.%N)
      cpu=$(cat "$out"/worker$workers-*.time | awk '{ c += $2 + $3; if ($4 > m) m = $4 } END { printf "%.1f s %d", c, m / 1024 }')
      awk -v n="$count" -v wd="$words" -v s="$start" -v e="$end" -v k="$workers" -v c="${cpu% *}" -v m="${cpu##* }" -v l="$before" -v ew="$ew" -v st="$(stats "$url")" 'BEGIN {
        w = e - s
        printf "| PostgreSQL, %d worker%s (after vigil enqueue: %.1f s) | %d | %.1f s | %.1f | %.0f | %s | peak %d MB a worker | %s | %s |\n", k, (k > 1 ? "s" : ""), ew, n, w, n / w, wd / w, c, m, l, st }'
      "$root/tools/test-postgres" stop "$pg_dir" >/dev/null 2>&1 || true
      pg_dir=""
    done
  fi
fi
echo
echo "load after: $(load)"
if [ -n "${sqlite_rate:-}" ]; then
  awk -v r="$sqlite_rate" 'BEGIN { printf "SQLite:     %.1f articles/s (target 300: %s)\n", r, (r >= 300 ? "met" : sprintf("missed by %.0f%%", 100 * (1 - r / 300))) }'
fi
