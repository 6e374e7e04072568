/**
 * The whole test suite on the cdktn flavour, in its own jest process: `cdktf`, the provider's deep
 * paths and `constructs` resolve to this folder's node_modules (cdktn 0.24, @cdktn/provider-azurerm
 * 16, constructs 10.7), so no test is edited. The same snapshots serve both flavours: the one
 * formatting difference of cdktn's synthesized text is normalised by the serializer.
 */
const path = require('path');
const base = require('../../jest.config.js');

const MODULES = path.join(__dirname, 'node_modules');

module.exports = {
  ...base,
  rootDir: path.join(__dirname, '..', '..'),
  moduleNameMapper: {
    ...base.moduleNameMapper,
    '^cdktf$': path.join(MODULES, 'cdktn'),
    '^cdktf/(.*)$': path.join(MODULES, 'cdktn', '$1'),
    '^@cdktf/provider-azurerm/lib/(.*)$': path.join(MODULES, '@cdktn', 'provider-azurerm', 'lib', '$1'),
    '^constructs$': path.join(MODULES, 'constructs'),
  },
  snapshotSerializers: [...(base.snapshotSerializers ?? []), path.join(__dirname, 'snapshot-serializer.js')],
  // A snapshot is never written from this flavour: both flavours must match the committed ones.
  ci: true,
};
