#!/usr/bin/env bash
# Time against input size for hostile shapes (a run-on sentence, a million quotation marks, a quote
# that never closes, unclosed HTML, ...), per stage, through the real reader and pipeline on
# one thread. Exits 1 if a stage grows faster than linear. Results: docs/benchmarks.md.
#
#   bench/hostile-scaling.sh [BASE_WORDS]    (default 20000: sizes 20k, 40k, 80k and 160k words)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dotnet build "$root/bench/HostileScaling/HostileScaling.csproj" -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null
exec dotnet "$root/artifacts/bin/HostileScaling/release/HostileScaling.dll" "${1:-20000}"
