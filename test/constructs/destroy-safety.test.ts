import * as fs from 'fs';
import * as path from 'path';
import { ExpressRouteMetroCircuit, ExpressRouteMetroDirectPort, ExpressRouteProviderCircuit, MetroLocation } from '../../src';
import { newStack, resources, RG, synthJson } from './helpers';

const builders: Array<[string, string, (stack: any, off: boolean) => void]> = [
  ['Metro circuit', 'azurerm_express_route_circuit', (s, off) => new ExpressRouteMetroCircuit(s, 'C', {
    ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000, preventDestroy: off ? false : undefined,
  })],
  ['provider circuit', 'azurerm_express_route_circuit', (s, off) => new ExpressRouteProviderCircuit(s, 'C', {
    ...RG, peeringLocation: 'Amsterdam', serviceProviderName: 'Equinix', bandwidthMbps: 1000, preventDestroy: off ? false : undefined,
  })],
  ['Direct port', 'azurerm_express_route_port', (s, off) => new ExpressRouteMetroDirectPort(s, 'P', {
    ...RG, metro: MetroLocation.AMSTERDAM, bandwidthGbps: 10, preventDestroy: off ? false : undefined,
  })],
  ['circuit on a port', 'azurerm_express_route_circuit', (s, off) => new ExpressRouteMetroDirectPort(s, 'P', {
    ...RG, metro: MetroLocation.AMSTERDAM, bandwidthGbps: 10,
  }).addCircuit('C', { bandwidthGbps: 5, preventDestroy: off ? false : undefined })],
];

describe.each(builders)('%s', (_name, type, build) => {
  test('has prevent_destroy by default', () => {
    const { stack } = newStack();
    build(stack, false);
    for (const r of resources(synthJson(stack), type)) expect(r.lifecycle).toEqual({ prevent_destroy: true });
  });

  test('loses it only with an explicit preventDestroy: false', () => {
    const { stack } = newStack();
    build(stack, true);
    const all = resources(synthJson(stack), type);
    expect(all.some((r) => r.lifecycle === undefined)).toBe(true);
  });
});

test('only the migration\'s decommission phase removes a protected resource on its own', () => {
  const src = path.join(__dirname, '..', '..', 'src');
  const files = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  const removers = files(src).filter((f) => /tryRemoveChild|preventDestroy:\s*false|prevent_destroy['"]?\s*:\s*false/.test(fs.readFileSync(f, 'utf8')));
  expect(removers.map((f) => path.relative(src, f))).toEqual([path.join('constructs', 'migration.ts')]);
});
