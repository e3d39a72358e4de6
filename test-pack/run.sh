#!/usr/bin/env bash
# Pack test: pack zitat like `npm publish` would, check what is in the
# tarball, install it into an empty project and use it from ESM, from
# CommonJS and through its `zitat` bin.
#
# Run: `npm run test:pack` (or `bash test-pack/run.sh`); `.ci/run` calls it.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/zitat-pack-XXXXXX")"
trap 'rm -rf "$work"' EXIT

cd "$root"
echo "pack-test: packing (prepack builds) into $work"
npm pack --silent --pack-destination "$work" >"$work/pack.out"
tarball="$work/$(tail -n 1 "$work/pack.out")"
test -f "$tarball" || { echo "pack-test: no tarball in $work" >&2; exit 1; }

# What is in the tarball: exactly what users need.
tar -tzf "$tarball" | sort >"$work/contents.txt"
unexpected="$(grep -v -E '^package/(package\.json|README\.md|LICENSE|CHANGELOG\.md|dist/(index\.(js|cjs|d\.ts|d\.cts)|cli\.js))$' "$work/contents.txt" || true)"
if [ -n "$unexpected" ]; then
  echo "pack-test: unexpected files in the tarball:" >&2
  echo "$unexpected" >&2
  exit 1
fi
for required in package.json dist/index.js dist/index.cjs dist/index.d.ts dist/index.d.cts dist/cli.js; do
  grep -q -x "package/$required" "$work/contents.txt" || { echo "pack-test: missing $required" >&2; exit 1; }
done
for wanted in README.md LICENSE CHANGELOG.md; do
  grep -q -x "package/$wanted" "$work/contents.txt" || echo "pack-test: warning: $wanted is not in the tarball" >&2
done
echo "pack-test: contents ok ($(wc -l <"$work/contents.txt") files)"

# An empty project that installs the tarball (and its dependencies).
mkdir "$work/app"
cd "$work/app"
echo '{"name": "zitat-pack-test", "version": "1.0.0", "private": true}' >package.json
npm install --no-audit --no-fund --loglevel=error "$tarball"

cat >esm.mjs <<'JS'
import assert from 'node:assert/strict'
import {parseInterview, quotes, retextInterview} from 'zitat'

const tree = parseInterview('Der Fährmann lacht. „Bei Nebel fahren wir nicht“, sagte er.')
assert.deepEqual(
  quotes(tree).map((quote) => [quote.kind, quote.text]),
  [['direct', 'Bei Nebel fahren wir nicht']]
)
assert.equal(typeof retextInterview, 'function')
console.log('pack-test: ESM import ok')
JS
node esm.mjs

cat >cjs.cjs <<'JS'
'use strict'
const assert = require('node:assert/strict')
const {parseInterview, quotes, ruleIds} = require('zitat')

assert.equal(require.resolve('zitat').endsWith('index.cjs'), true)
const tree = parseInterview('„Im Winter ist der Deich [am Hafen] zu niedrig“, sagte die Deichgräfin.')
assert.deepEqual(
  quotes(tree).map((quote) => [quote.kind, quote.textWithoutInsertions]),
  [['direct', 'Im Winter ist der Deich zu niedrig']]
)
assert.equal(ruleIds.unclosedQuote, 'unclosed-quote')
console.log('pack-test: CJS require ok')
JS
node cjs.cjs

printf '„Wir kommen wieder“, riefen die Gäste.\n' >text.txt
output="$(./node_modules/.bin/zitat text.txt)"
case "$output" in
  *'Wir kommen wieder'*) echo 'pack-test: bin ok' ;;
  *) echo "pack-test: unexpected bin output: $output" >&2; exit 1 ;;
esac
test "$(./node_modules/.bin/zitat --version)" = "$(node -p 'require("zitat/package.json").version')"

echo 'pack-test: all ok'
