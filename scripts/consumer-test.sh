#!/usr/bin/env bash
# `bash scripts/consumer-test.sh cdktf|cdktn`: installs the flavour's tarball from dist/js (run
# `npm run package` first) into a fresh app that has only the peer dependencies (plus TypeScript
# to run it), pastes the README quick start as main.ts, type-checks it against the packed .d.ts
# files, synthesizes it, and runs the CLI from the install.
# cdktn: the app is what the README tells a cdktn user to write: imports from `cdktn`,
# `@cdktn/provider-azurerm/lib/...` and `cdktn-expressroute-metro`, and the npm override that lets
# @cdktn/provider-azurerm 16 (peer cdktn ^0.23) install next to cdktn 0.24. No cdktn-cli (it needs
# Node >= 22.19): the app runs with ts-node and CDKTF_OUTDIR, like `npm run synth:cdktn`.
set -euo pipefail
flavour="${1:?usage: consumer-test.sh cdktf|cdktn}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

version="$(node -p "require('$root/package.json').version")"
tarball="$root/dist/js/$flavour-expressroute-metro-$version.tgz"
[ -f "$tarball" ] || { echo "no $tarball: run npm run package" >&2; exit 1; }
echo "installing $(basename "$tarball") ($(du -h "$tarball" | cut -f1))"
dev() { node -p "require('$root/package.json').devDependencies['$1']"; }
v_typescript="$(dev typescript)"; v_tsnode="$(dev ts-node)"; v_types_node="$(dev @types/node)"
case "$flavour" in
  cdktf)
    v_framework="$(dev cdktf)"; v_constructs="$(dev constructs)"; v_provider="$(dev @cdktf/provider-azurerm)"
    overrides='{}'
    # The quick start as written in the README.
    rename() { cat; } ;;
  cdktn)
    toolchain() { node -p "require('$root/flavours/cdktn/package.json').dependencies['$1']"; }
    v_framework="$(toolchain cdktn)"; v_constructs="$(toolchain constructs)"; v_provider="$(toolchain @cdktn/provider-azurerm)"
    overrides='{ "@cdktn/provider-azurerm": { "cdktn": "$cdktn" } }'
    # The README's rename for a cdktn app: the framework, the provider bindings, this package.
    rename() { sed -e "s#from 'cdktf'#from 'cdktn'#" -e "s#'@cdktf/provider-azurerm/#'@cdktn/provider-azurerm/#" -e "s#'cdktf-expressroute-metro#'cdktn-expressroute-metro#"; } ;;
  *) echo "unknown flavour $flavour" >&2; exit 2 ;;
esac

mkdir -p "$work/app"
cd "$work/app"
cat > package.json <<JSON
{
  "name": "consumer-app",
  "private": true,
  "dependencies": {
    "$flavour-expressroute-metro": "file:$tarball",
    "$flavour": "$v_framework",
    "constructs": "$v_constructs",
    "@$flavour/provider-azurerm": "$v_provider"
  },
  "devDependencies": {
    "typescript": "$v_typescript",
    "ts-node": "$v_tsnode",
    "@types/node": "$v_types_node"
  },
  "overrides": $overrides
}
JSON
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "target": "ES2022", "module": "commonjs", "strict": true, "esModuleInterop": true, "skipLibCheck": true, "types": ["node"] }, "include": ["main.ts", "errors.ts"] }
JSON
npm install --prefer-offline --no-audit --no-fund --loglevel=error >/dev/null
npm ls --all --loglevel=error > /dev/null
[ ! -e node_modules/cdktf ] || [ "$flavour" = cdktf ] || { echo "cdktf was installed into a cdktn app" >&2; exit 1; }

# The README quick start, as a user would paste it.
node -e '
const text = require("fs").readFileSync(process.argv[1], "utf8");
const start = text.indexOf("## Quick start");
const block = /```ts\n([\s\S]*?)```/.exec(text.slice(start))[1];
process.stdout.write(block);' "$root/README.md" | rename > main.ts

# The documented ways to catch a ValidationError.
rename > errors.ts <<'TS'
import { App, TerraformStack } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { Errors, ExpressRouteMetroCircuit, MetroLocation } from 'cdktf-expressroute-metro';
import { ValidationError } from 'cdktf-expressroute-metro/lib/errors';

const app = new App({ outdir: 'bad.out' });
const stack = new TerraformStack(app, 'bad');
new AzurermProvider(stack, 'azurerm', { features: [{}] });
new ExpressRouteMetroCircuit(stack, 'Circuit', {
  resourceGroupName: 'rg', location: 'West Europe', metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 300,
});
try {
  app.synth();
  throw new Error('expected a ValidationError');
} catch (e) {
  if (!(e instanceof ValidationError) || !Errors.isValidationError(e) || Errors.findingsOf(e)[0].ruleId !== 'BW001') throw e;
}
TS
npx tsc --noEmit -p tsconfig.json
npx ts-node errors.ts
CDKTF_OUTDIR="$work/app/cdktf.out" npx ts-node main.ts
stack="$work/app/cdktf.out/stacks/network"
node -e '
const [dir, framework, frameworkVersion] = process.argv.slice(1);
const j = require(dir + "/cdk.tf.json");
if (j["//"].metadata.version !== frameworkVersion) throw new Error(`synthesized by ${j["//"].metadata.version}, not ${framework} ${frameworkVersion}`);
const c = Object.values(j.resource.azurerm_express_route_circuit)[0];
if (c.peering_location !== "Amsterdam Metro" || c.lifecycle.prevent_destroy !== true) throw new Error("unexpected circuit: " + JSON.stringify(c));
if (Object.keys(j.resource.azurerm_express_route_circuit_peering).length !== 1) throw new Error("no peering");
if (j.terraform.required_providers.azurerm.version !== ">= 4.60.0, < 5.0.0") throw new Error("provider range not set");
const report = require(dir + "/expressroute-report.json");
if (report.summary.errors !== 0) throw new Error("report has errors");' "$stack" "$flavour" "$v_framework"
help="$(npx expressroute-metro --help)"
grep -q "lint <file|dir>" <<< "$help"
npx expressroute-metro lint "$work/app/cdktf.out" > /dev/null
echo "consumer install test ($flavour-expressroute-metro with $flavour $v_framework): 1 passed, 0 failed"
