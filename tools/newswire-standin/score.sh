#!/usr/bin/env bash
# The newswire stand-in of issue 3, scored as the unseen CoNLL-style set would be: run from the
# repository root with ../shared beside it. Prints score_entities.py's report.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/../score-lib.sh"
python3 "$HERE/make_bio.py" "$SHARED/data/polnear/dev/text" > "$WORK/standin.bio"
python3 "$SHARED/eval/bio_to_docs.py" "$WORK/standin.bio" "$WORK/txt" > "$WORK/gold.jsonl"
"$ROOT/vigil" analyze --format jsonl "$WORK/txt" > "$WORK/pred.jsonl"
python3 "$SHARED/eval/score_entities.py" "$WORK/gold.jsonl" "$WORK/pred.jsonl"
