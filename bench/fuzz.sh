#!/usr/bin/env bash
# Coverage-guided fuzzing of the readers and the analysis (quote extractor included) with AFL++
# through SharpFuzz, for a set time; then prints what it found. Installs what it needs: the Debian
# package afl++ and the dotnet tool SharpFuzz.CommandLine (into artifacts/fuzz/tools).
#
#   bench/fuzz.sh [SECONDS]        (default 600)
#
# Built into artifacts/fuzz (never artifacts/, which ./vigil runs: the instrumented assemblies call
# into AFL's shared memory). Seeds: samples/, the CLI tests' articles and bench/Fuzz/seeds (a feed of
# each kind, a WARC, JSON lines). Findings stay in artifacts/fuzz/findings-DATE; each crash and hang
# is replayed once and its exception printed. A find becomes a regression test in
# tests/Vigil.Reading.Tests/HostileRegressionTests.cs and the run goes to docs/reliability.md.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/bench/lib.sh"
seconds=${1:-600}
work="$root/artifacts/fuzz"
sharpfuzz_version=2.3.0

if ! command -v afl-fuzz >/dev/null; then
  echo "fuzz: installing afl++ (apt-get)" >&2
  (apt-get update -qq && apt-get install -y -qq afl++) >/dev/null
fi
if [ ! -x "$work/tools/sharpfuzz" ]; then
  echo "fuzz: installing SharpFuzz.CommandLine $sharpfuzz_version" >&2
  dotnet tool install SharpFuzz.CommandLine --version "$sharpfuzz_version" --tool-path "$work/tools" >/dev/null
fi

echo "fuzz: building bench/Fuzz" >&2
dotnet build "$root/bench/Fuzz/Fuzz.csproj" -c Release -p:ArtifactsPath="$work/build" --nologo -v quiet -clp:ErrorsOnly >/dev/null
# Instrument a fresh copy each run: sharpfuzz refuses an assembly it has already instrumented.
bin="$work/bin"
rm -rf "$bin" && cp -r "$work/build/bin/Fuzz/release" "$bin"
for assembly in Vigil.Reading Vigil.Language Vigil.Extraction; do
  "$work/tools/sharpfuzz" "$bin/$assembly.dll" >/dev/null
done

# Seeds: every small text input the repository has; AFL++ trims them further.
corpus="$work/seeds"
rm -rf "$corpus" && mkdir -p "$corpus"
n=0
while IFS= read -r -d '' file; do
  [ "$(stat -c %s "$file")" -le 65536 ] || continue
  n=$((n + 1)); cp "$file" "$corpus/$(printf '%03d' $n)-$(basename "$file")"
done < <(find "$root/samples" "$root/tests/Vigil.Cli.Tests/Articles" "$root/bench/Fuzz/seeds" -type f \
           \( -name '*.txt' -o -name '*.html' -o -name '*.jsonl' -o -name '*.rss' -o -name '*.atom' -o -name '*.warc' \) -print0 | sort -z)

findings="$work/findings-$(date -u +%Y%m%dT%H%M)"
mkdir -p "$findings"
machine
echo "load:       $(load) (before)"
echo "command:    afl-fuzz -V $seconds over $n seeds (AFL++ $(dpkg-query -W -f='${Version}' afl++ 2>/dev/null || echo '?'), SharpFuzz $sharpfuzz_version)"

# A container has no core-dump helper to turn off nor a CPU governor to set: tell AFL++ not to
# insist. An input over 10 s counts as a hang (the analysis of a 1 MB input takes a few seconds).
AFL_SKIP_BIN_CHECK=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 \
AFL_NO_AFFINITY=1 AFL_SKIP_CRASHES=0 \
  afl-fuzz -V "$seconds" -t 10000 -m none -i "$corpus" -o "$findings" -- dotnet "$bin/Fuzz.dll" \
  >"$findings/afl.log" 2>&1 || { echo "fuzz: afl-fuzz failed; the end of its log:" >&2; tail -30 "$findings/afl.log" >&2; exit 1; }

stats="$findings/default/fuzzer_stats"
stat() { sed -n "s/^$1 *: //p" "$stats"; }
echo "load:       $(load) (after)"
echo "ran:        $(stat run_time) s, $(stat execs_done) executions ($(stat execs_per_sec)/s), corpus $(stat corpus_count) inputs, $(stat edges_found) edges ($(stat bitmap_cvg) of the map)"
echo "found:      $(stat saved_crashes) crashes, $(stat saved_hangs) hangs (unique by path)"
echo "findings:   $findings"
for find in "$findings"/default/crashes/id:* "$findings"/default/hangs/id:*; do
  [ -e "$find" ] || continue
  echo "--- $find"
  # the build before instrumenting: instrumented code outside afl-fuzz has no coverage map to write to
  timeout 60 dotnet "$work/build/bin/Fuzz/release/Fuzz.dll" < "$find" 2>&1 | grep -m 8 -E 'Exception|at Vigil|outside' || echo "(replayed without an exception, or over 60 s)"
done
