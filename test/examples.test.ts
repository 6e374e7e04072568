import { Testing } from 'cdktf';
import { MaximumResiliencyStack } from '../examples/maximum-resiliency/main';
import { MetroDirectPortStack } from '../examples/metro-direct-port/main';
import { MetroProviderCircuitStack } from '../examples/metro-provider-circuit/main';
import { MigrateToMetroStack } from '../examples/migrate-to-metro/main';
import { MigrationPhase } from '../src';

const examples: Array<[string, (app: any, id: string) => any]> = [
  ['metro-provider-circuit', (app, id) => new MetroProviderCircuitStack(app, id)],
  ['metro-direct-port', (app, id) => new MetroDirectPortStack(app, id)],
  ['maximum-resiliency', (app, id) => new MaximumResiliencyStack(app, id)],
  ...Object.values(MigrationPhase).map((phase): [string, (app: any, id: string) => any] =>
    [`migrate-to-metro-${phase}`, (app, id) => new MigrateToMetroStack(app, id, phase)]),
];

/** Strings that look like key material: MD5 keys, GUID keys, hex CAK/CKN. */
const SECRET_KEYS = ['shared_key', 'authorization_key', 'service_key', 'macsec_ckn_keyvault_secret_id', 'macsec_cak_keyvault_secret_id'];

function secretLiterals(node: unknown, pathText = ''): string[] {
  if (Array.isArray(node)) return node.flatMap((v, i) => secretLiterals(v, `${pathText}[${i}]`));
  if (node && typeof node === 'object') {
    return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => {
      const here = `${pathText}.${k}`;
      if (SECRET_KEYS.includes(k) && typeof v === 'string' && !/^\$\{[^}]+\}$/.test(v)) return [`${here} = ${v}`];
      return secretLiterals(v, here);
    });
  }
  return [];
}

describe.each(examples)('example %s', (name, build) => {
  const app = Testing.app();
  const stack = build(app, name);
  const text = Testing.synth(stack);
  const json = JSON.parse(text);

  test('matches its committed snapshot', () => {
    expect(text).toMatchSnapshot();
  });

  test('holds no literal secret; outputs carrying keys are sensitive', () => {
    expect(secretLiterals(json.resource)).toEqual([]);
    for (const [id, output] of Object.entries<any>(json.output ?? {})) {
      if (/service_key|authorization_key/.test(JSON.stringify(output.value))) {
        expect({ id, sensitive: output.sensitive }).toEqual({ id, sensitive: true });
      }
    }
  });

  test('circuits and ports carry prevent_destroy', () => {
    const protectedTypes = ['azurerm_express_route_circuit', 'azurerm_express_route_port'];
    for (const type of protectedTypes) {
      for (const r of Object.values<any>(json.resource[type] ?? {})) expect(r.lifecycle).toEqual({ prevent_destroy: true });
    }
  });
});

test('the secret scan itself finds a planted literal', () => {
  expect(secretLiterals({ resource: { x: { y: { shared_key: 'abc123' } } } })).toEqual(['.resource.x.y.shared_key = abc123']);
  expect(secretLiterals({ shared_key: '${var.md5}' })).toEqual([]);
});
