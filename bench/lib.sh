# Shared by the benchmark scripts: the machine line every result carries, GNU time for peak memory,
# the JavaScript baselines, and a timed run. Source it; it expects $root to be the repository.

machine() {
  local cpu mem
  cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
  mem=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
  echo "machine:    $(nproc) cores ($cpu), $mem RAM, $(. /etc/os-release && echo "$PRETTY_NAME"), .NET SDK $(dotnet --version), node $(node --version 2>/dev/null || echo none)"
  echo "date:       $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- src || echo ' (with uncommitted changes)')"
}

load() { cut -d' ' -f1-3 /proc/loadavg; }

need_gnu_time() {
  if [ ! -x /usr/bin/time ]; then
    echo "bench: installing GNU time (for peak memory)" >&2
    (apt-get update -qq && apt-get install -y -qq time) >/dev/null
  fi
}

# npm ci into bench/js/node_modules (git-ignored) the first time; the versions are in its package-lock.json.
need_js_baselines() {
  command -v node >/dev/null || { echo "bench: node is needed for the JavaScript baseline (apt-get install nodejs npm)" >&2; exit 1; }
  if [ ! -d "$root/bench/js/node_modules" ] || [ "$root/bench/js/package-lock.json" -nt "$root/bench/js/node_modules" ]; then
    echo "bench: npm ci in bench/js" >&2
    (cd "$root/bench/js" && npm ci --no-audit --no-fund --loglevel=error >/dev/null && touch node_modules)
  fi
}

# timed OUT_PREFIX COMMAND...: runs COMMAND with its standard output to OUT_PREFIX.out and standard
# error to OUT_PREFIX.err, and prints "wall_s cpu_s peak_kb status" (processor time is user + system,
# which the other processes sharing the cores do not inflate as much as the wall clock).
timed() {
  local prefix=$1; shift
  local status=0
  /usr/bin/time -f '%e %U %S %M' -o "$prefix.time" "$@" >"$prefix.out" 2>"$prefix.err" || status=$?
  awk -v rc="$status" '{ printf "%s %.2f %s %d\n", $1, $2 + $3, $4, rc }' "$prefix.time" | tail -1
}
