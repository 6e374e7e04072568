#!/usr/bin/env bash
# Packs the library, installs the tarball into a fresh CDKTF app that has only the peer
# dependencies (plus TypeScript to run it), pastes the README quick start as main.ts,
# type-checks it against the packed .d.ts files, synthesizes it, and runs the CLI from the
# install. Needs a build (lib/) first.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$root"
tarball="$(npm pack --silent --pack-destination "$work" | tail -n 1)"
echo "packed $tarball ($(du -h "$work/$tarball" | cut -f1))"
peer() { (cd "$root" && node -p "require('./package.json').devDependencies['$1']"); }
v_cdktf="$(peer cdktf)"; v_constructs="$(peer constructs)"; v_provider="$(peer @cdktf/provider-azurerm)"
v_typescript="$(peer typescript)"; v_tsnode="$(peer ts-node)"; v_types_node="$(peer @types/node)"

mkdir -p "$work/app"
cd "$work/app"
cat > package.json <<JSON
{
  "name": "consumer-app",
  "private": true,
  "dependencies": {
    "cdktf-expressroute-metro": "file:../$tarball",
    "cdktf": "$v_cdktf",
    "constructs": "$v_constructs",
    "@cdktf/provider-azurerm": "$v_provider"
  },
  "devDependencies": {
    "typescript": "$v_typescript",
    "ts-node": "$v_tsnode",
    "@types/node": "$v_types_node"
  }
}
JSON
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "target": "ES2022", "module": "commonjs", "strict": true, "esModuleInterop": true, "skipLibCheck": true, "types": ["node"] }, "include": ["main.ts", "errors.ts"] }
JSON
npm install --prefer-offline --no-audit --no-fund --loglevel=error >/dev/null

# The README quick start, as a user would paste it.
node -e '
const text = require("fs").readFileSync(process.argv[1], "utf8");
const start = text.indexOf("## Quick start");
const block = /```ts\n([\s\S]*?)```/.exec(text.slice(start))[1];
require("fs").writeFileSync("main.ts", block);' "$root/README.md"

# The documented ways to catch a ValidationError.
cat > errors.ts <<'TS'
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
const j = require(process.argv[1] + "/cdk.tf.json");
const c = Object.values(j.resource.azurerm_express_route_circuit)[0];
if (c.peering_location !== "Amsterdam Metro" || c.lifecycle.prevent_destroy !== true) throw new Error("unexpected circuit: " + JSON.stringify(c));
if (Object.keys(j.resource.azurerm_express_route_circuit_peering).length !== 1) throw new Error("no peering");
if (j.terraform.required_providers.azurerm.version !== ">= 4.60.0, < 5.0.0") throw new Error("provider range not set");
const report = require(process.argv[1] + "/expressroute-report.json");
if (report.summary.errors !== 0) throw new Error("report has errors");' "$stack"
help="$(npx expressroute-metro --help)"
grep -q "lint <file|dir>" <<< "$help"
npx expressroute-metro lint "$work/app/cdktf.out" > /dev/null
echo "consumer install test: 1 passed, 0 failed"
