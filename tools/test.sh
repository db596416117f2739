#!/bin/sh
# The whole test suite: installs what it needs, then runs pytest.  Usage: sh tools/test.sh [pytest args]
set -e
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
$PY -c "import pytest" 2>/dev/null || $PY -m pip install -q "pytest>=7"
# Test corpora from npm (acorn, lodash, test262-parser-tests ...): optional, skipped where npm is absent.
if command -v npm >/dev/null 2>&1; then
  sh tools/install_corpora.sh || echo "tools/test.sh: corpora could not be installed; their tests will skip"
fi
exec $PY -m pytest "$@"
