#!/usr/bin/env bash
# Canonical speaker accuracy on PolNeAR dev (issue 3), scored as the unseen news set is: run from the
# repository root with ../shared beside it. Prints score_quotes.py's report, all attributions and quoted.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/../score-lib.sh"
python3 "$SHARED/eval/polnear_to_gold.py" "$SHARED/data/polnear/dev" | python3 "$HERE/make_gold.py" > "$WORK/gold.jsonl"
"$ROOT/vigil" analyze --format jsonl "$SHARED/data/polnear/dev/text" > "$WORK/pred.jsonl"
echo "-- all"; python3 "$SHARED/eval/score_quotes.py" "$WORK/gold.jsonl" "$WORK/pred.jsonl" | tail -2
echo "-- quoted"; python3 "$SHARED/eval/score_quotes.py" "$WORK/gold.jsonl" "$WORK/pred.jsonl" --kind quoted | tail -2
