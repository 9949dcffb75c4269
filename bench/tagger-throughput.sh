#!/usr/bin/env bash
# Single-core speed of the bundled entity tagger: model load time and tokens tagged per second.
#
#   bench/tagger-throughput.sh [FILE.bio] [ROUNDS]   (default: ../shared/data/ner/uner_ewt/dev.bio, 5 rounds)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
input=${1:-"$root/../shared/data/ner/uner_ewt/dev.bio"}
[ -f "$input" ] || { echo "bench: no input file at $input" >&2; exit 1; }
dotnet build "$root/bench/TaggerThroughput/TaggerThroughput.csproj" -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null
exec dotnet "$root/artifacts/bin/TaggerThroughput/release/TaggerThroughput.dll" "$input" "${2:-5}"
