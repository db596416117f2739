#!/bin/sh
# Installs the npm packages used as test corpora and differential references into .corpora/.
set -e
cd "$(dirname "$0")/.."
mkdir -p .corpora
cp tools/corpora-package.json .corpora/package.json
cd .corpora
[ -f node_modules/.installed ] && cmp -s package.json node_modules/.installed && exit 0
npm install --no-audit --no-fund --loglevel=error >/dev/null
cp package.json node_modules/.installed
