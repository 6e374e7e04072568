#!/usr/bin/env bash
# `npm run jsii:cdktn`: tries jsii on the cdktn flavour (after `npm run build:cdktn`), in a scratch
# package under flavours/cdktn/build/jsii with the flavour's peers. It fails while
# @cdktn/provider-azurerm's assembly declares cdktn ^0.23.0 (see the README, "jsii").
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$here/build/jsii"
[ -d "$here/build/src" ] || { echo "no cdktn build: run npm run build:cdktn" >&2; exit 1; }
rm -rf "$work"
mkdir -p "$work"
cp -r "$here/build/src" "$work/src"
cp "$root/README.md" "$root/LICENSE" "$work/"
node -e '
const [rootDir, work] = process.argv.slice(1);
const root = require(rootDir + "/package.json");
const pkg = { ...require(rootDir + "/flavours/cdktn/build/package/package.json"), jsii: root.jsii, bundledDependencies: root.bundledDependencies };
require("fs").writeFileSync(work + "/package.json", JSON.stringify(pkg, null, 2));' "$root" "$work"
mkdir -p "$work/node_modules/@cdktn"
ln -s "$root/node_modules/@cdktn/hcl2json" "$work/node_modules/@cdktn/hcl2json"
cd "$work"
JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20 "$root/node_modules/.bin/jsii" --silence-warnings=reserved-word
