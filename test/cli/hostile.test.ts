import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/main';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'erm-hostile-'));
const write = (name: string, content: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};

function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, (s) => { stdout += s; }, (s) => { stderr += s; });
  return { code, stdout, stderr };
}

const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

test.each([
  ['deeply nested JSON', deep(200000), 2, /not Terraform JSON/],
  ['deeply nested values inside a resource', `{"resource":{"azurerm_express_route_circuit":{"x":{"name":"x","bandwidth_in_mbps":${deep(100000)},"sku":${deep(50000)}}}}}`, 1, /should be a number, got \(unrenderable value\)|should be a number/],
  ['wrong types where strings are expected', JSON.stringify({ resource: {
    azurerm_express_route_circuit: { x: { name: 5, peering_location: ['Amsterdam Metro'], service_provider_name: 7, bandwidth_in_mbps: { a: 1 }, sku: 'Standard' } },
    azurerm_express_route_circuit_peering: { p: { peering_type: 1, vlan_id: 'ten', primary_peer_address_prefix: 30, microsoft_peering_config: [[]], ipv6: 'x' } },
    azurerm_virtual_network_gateway: { g: { type: 'ExpressRoute', sku: 9, ip_configuration: 'x' } },
  } }), 1, /peering_location should be a string/],
  ['unknown resource types only', JSON.stringify({ resource: { azurerm_storage_account: { s: { name: 's' } }, aws_s3_bucket: { b: {} } } }), 0, /no findings/],
  ['resource blocks of the wrong shape', '{"resource": [null, 7, {"azurerm_express_route_circuit": "x"}]}', 0, /no findings/],
])('%s: a clear result, no crash', (_name, content, code, output) => {
  const r = cli('lint', write(`${_name.replace(/\W+/g, '-')}.tf.json`, content));
  expect(r.code).toBe(code);
  expect(`${r.stdout}${r.stderr}`).toMatch(output);
  expect(r.stderr).not.toMatch(/\n\s+at /);
});

test('a 100 MB file is read in a child process without crashing or hanging', () => {
  const file = path.join(dir, 'big.json');
  const chunk = `"${'x'.repeat(1000)}",`;
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, '{"padding":[');
  const count = Math.ceil((100 * 1048576) / chunk.length);
  const block = chunk.repeat(1000);
  for (let i = 0; i < count / 1000; i++) fs.writeSync(fd, block);
  fs.writeSync(fd, '"end"]}');
  fs.closeSync(fd);
  expect(fs.statSync(file).size).toBeGreaterThan(100 * 1048576);
  const main = path.join(__dirname, '../../src/cli/main.ts');
  const r = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', main, 'lint', file], { encoding: 'utf8', timeout: 120000 });
  expect(r.signal).toBeNull();
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/big\.json: not Terraform JSON/);
  fs.rmSync(file);
}, 130000);

test('a file above the size limit is refused before it is read', () => {
  const file = path.join(dir, 'huge.json');
  const fd = fs.openSync(file, 'w');
  fs.ftruncateSync(fd, 300 * 1048576);
  fs.closeSync(fd);
  const r = cli('lint', file);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/too large \(300 MiB; the limit is 256 MiB\)/);
  fs.rmSync(file);
});
