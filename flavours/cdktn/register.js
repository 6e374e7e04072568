/**
 * `node -r flavours/cdktn/register.js app`: runs code written against cdktf (the examples, the
 * benchmark app) on the cdktn flavour. Module requests for `cdktf`, `cdktf/...`,
 * `@cdktf/provider-azurerm/...` and `constructs` resolve to this folder's node_modules, and a
 * module that still resolves into the root node_modules' cdktf, provider or constructs stops the
 * process: one process never loads both frameworks.
 */
const fs = require('fs');
const Module = require('module');
const path = require('path');

const MODULES = path.join(__dirname, 'node_modules');
const ROOT_MODULES = path.join(__dirname, '..', '..', 'node_modules');
const FORBIDDEN = ['cdktf', path.join('@cdktf', 'provider-azurerm'), 'constructs']
  .filter((m) => fs.existsSync(path.join(ROOT_MODULES, m)))
  .map((m) => fs.realpathSync(path.join(ROOT_MODULES, m)) + path.sep);

function mapRequest(request) {
  if (request === 'cdktf' || request.startsWith('cdktf/')) return path.join(MODULES, 'cdktn', request.slice('cdktf'.length));
  if (request === '@cdktf/provider-azurerm' || request.startsWith('@cdktf/provider-azurerm/')) {
    return path.join(MODULES, '@cdktn', 'provider-azurerm', request.slice('@cdktf/provider-azurerm'.length));
  }
  if (request === 'constructs' || request.startsWith('constructs/')) return path.join(MODULES, request);
  return request;
}

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const resolved = resolveFilename.call(this, mapRequest(request), ...rest);
  if (FORBIDDEN.some((dir) => resolved.startsWith(dir))) {
    throw new Error(`The cdktn flavour resolved '${request}' to ${resolved} (the cdktf toolchain): one process never loads both frameworks.`);
  }
  return resolved;
};
