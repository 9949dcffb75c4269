#!/usr/bin/env bash
# The issue's full durability check: a real `vigil ingest` of the PolNeAR train texts killed with
# SIGKILL at 20 random moments, each time checked (integrity_check, no orphan rows), then run to
# the end: every article stored exactly once. The default test run does 3 kills on generated
# articles; this runs the same test with the real corpus. Prints each kill and its article count.
#
#   bench/durability.sh [KILLS] [INPUT_FOLDER]   (default: 20, ../shared/data/polnear/train/text)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
input=${2:-"$root/../shared/data/polnear/train/text"}
[ -d "$input" ] || { echo "bench: no input folder at $input" >&2; exit 1; }
export VIGIL_DURABILITY_KILLS=${1:-20} VIGIL_DURABILITY_INPUT=$(cd "$input" && pwd)
exec dotnet test "$root/tests/Vigil.Reliability.Tests" --filter "FullyQualifiedName~DurabilityTests" \
  --logger "console;verbosity=detailed"
