#!/usr/bin/env bash
# Where `vigil analyze` spends its time: each stage of the default pipeline and the JSON line, timed
# per article on one thread with the bytes it allocates, plus the start-up work (registry, pipeline).
#
#   bench/stage-profile.sh [INPUT_FOLDER] [ROUNDS]   (default: ../shared/data/polnear/train/text, 3 rounds)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
input=${1:-"$root/../shared/data/polnear/train/text"}
[ -d "$input" ] || { echo "bench: no input folder at $input" >&2; exit 1; }
artifacts=${VIGIL_BENCH_ARTIFACTS:-"$root/artifacts"}
dotnet build "$root/bench/StageProfile/StageProfile.csproj" -c Release -p:ArtifactsPath="$artifacts" --nologo -v quiet -clp:ErrorsOnly >/dev/null
exec dotnet "$artifacts/bin/StageProfile/release/StageProfile.dll" "$input" "${2:-3}"
