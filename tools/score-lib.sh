# The setup the scoring scripts under tools/ share (sourced, not run): ROOT is the repository, SHARED
# the read-only ../shared beside it (or $SHARED), WORK a scratch directory removed on exit.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
