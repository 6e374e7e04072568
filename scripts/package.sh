#!/usr/bin/env bash
# `npm run package`: both packages, with the same version, into dist/js/:
#   cdktf-expressroute-metro (tsc's lib/, for cdktf 0.21 + @cdktf/provider-azurerm 14)
#   cdktn-expressroute-metro (flavours/cdktn/build.js, for cdktn 0.24 + @cdktn/provider-azurerm 16)
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf dist/js
mkdir -p dist/js
npm run --silent build
npm run --silent build:cdktn
npm pack --silent --pack-destination dist/js . > /dev/null
npm pack --silent --pack-destination dist/js ./flavours/cdktn/build/package > /dev/null
for f in dist/js/*.tgz; do
  listing="$(tar -tzf "$f")"
  grep -qx 'package/LICENSE' <<< "$listing" || { echo "$f has no LICENSE" >&2; exit 1; }
  echo "$f ($(du -h "$f" | cut -f1), $(wc -l <<< "$listing") files)"
done
