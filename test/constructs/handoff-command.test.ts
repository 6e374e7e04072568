import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { MetroDirectPortStack } from '../../examples/metro-direct-port/main';
import { MetroCatalog } from '../../src/catalog/metro-catalog';
import { handoffCommand } from '../../src/cli/handoff';
import { run } from '../../src/cli/main';
import { HANDOFF_SHEET } from '../../src/constructs/direct-port';

const TF = `
resource "azurerm_express_route_port" "port" {
  name                = "erport"
  resource_group_name = "rg"
  location            = "West Europe"
  peering_location    = "Amsterdam Metro"
  bandwidth_in_gbps   = 100
  encapsulation       = "Dot1Q"
  link1 {
    admin_enabled = true
  }
  link2 {
    admin_enabled = false
  }
}
resource "azurerm_express_route_circuit" "c" {
  name                  = "c"
  resource_group_name   = "rg"
  location              = "West Europe"
  express_route_port_id = azurerm_express_route_port.port.id
  bandwidth_in_gbps     = 10
  sku {
    tier   = "Standard"
    family = "MeteredData"
  }
}
resource "azurerm_express_route_circuit_peering" "p" {
  peering_type                  = "AzurePrivatePeering"
  express_route_circuit_name    = azurerm_express_route_circuit.c.name
  resource_group_name           = "rg"
  peer_asn                      = 65010
  primary_peer_address_prefix   = "192.168.1.0/30"
  secondary_peer_address_prefix = "192.168.1.4/30"
  vlan_id                       = 100
  shared_key                    = var.md5
}
variable "md5" {
  type      = string
  sensitive = true
}
output "key" {
  value     = azurerm_express_route_circuit.c.service_key
  sensitive = true
}
`;

describe('expressroute-metro handoff', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-'));
  fs.writeFileSync(path.join(dir, 'main.tf'), TF);

  test('reads a module as lint does: links, sessions with both addresses, MD5 set but not shown', () => {
    const { markdown, errors } = handoffCommand({ inputs: [dir], catalog: MetroCatalog.builtIn() });
    expect(errors).toEqual([]);
    expect(markdown).toContain('| link1 | enabled | none |');
    expect(markdown).toContain('| link2 | disabled | none |');
    expect(markdown).toContain('| AzurePrivatePeering | link1 (primary) | 100 | 65010 | set | 192.168.1.0/30: customer 192.168.1.1, Microsoft 192.168.1.2 | - |');
    expect(markdown).toContain('192.168.1.4/30: customer 192.168.1.5, Microsoft 192.168.1.6');
    expect(markdown).toContain('Outputs carrying a service or authorization key: `output.key`.');
    expect(markdown).toContain('azurerm >= 4.60.0, < 5.0.0');
  });

  test('lists a key output that SEC004 does not judge: a plan\'s, and one through nonsensitive()', () => {
    const plan = handoffCommand({ inputs: [path.join(__dirname, '..', 'fixtures', 'terraform', 'plan-replace.json')], catalog: MetroCatalog.builtIn() });
    expect(plan.markdown).toContain('Outputs carrying a service or authorization key: `output.auth` (not sensitive!).');
    const declassified = fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-ns-'));
    fs.writeFileSync(path.join(declassified, 'main.tf'), TF.replace(/value {5}= azurerm_express_route_circuit\.c\.service_key\n  sensitive = true/, 'value = nonsensitive(azurerm_express_route_circuit.c.service_key)'));
    expect(handoffCommand({ inputs: [declassified], catalog: MetroCatalog.builtIn() }).markdown)
      .toContain('Outputs carrying a service or authorization key: `output.key` (not sensitive!).');
  });

  test('the command prints the sheet and exits 0; no input is a usage error', () => {
    let printed = '';
    expect(run(['handoff', dir], (s) => { printed += s; }, () => undefined)).toBe(0);
    expect(printed).toContain('# ExpressRoute hand-off sheet');
    expect(run(['handoff'], () => undefined, () => undefined)).toBe(2);
  });
});

describe('expressroute-metro handoff of a synthesized stack', () => {
  // The synth writes handoff.md next to cdk.tf.json; the command reads the cdk.tf.json as lint
  // does, with the intent the synth carried under "//" (the port's metro and bring-up stage).
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-synth-'));
  const stage = process.env.PORT_BRING_UP_STAGE;
  delete process.env.PORT_BRING_UP_STAGE;
  const app = new App({ outdir });
  new MetroDirectPortStack(app, 'metro-direct-port');
  app.synth();
  if (stage !== undefined) process.env.PORT_BRING_UP_STAGE = stage;
  const stackDir = path.join(outdir, 'stacks', 'metro-direct-port');
  const synthSheet = fs.readFileSync(path.join(stackDir, HANDOFF_SHEET), 'utf8');
  let printed = '';
  const code = run(['handoff', stackDir], (s) => { printed += s; }, () => undefined);
  /** The lines that name no subject (the CLI names subjects by Terraform address, the synth by construct path), sorted. */
  const facts = (sheet: string) => sheet.split('\n').filter((l) => /^(Catalog of|Metro:|\| (link|Azure|Microsoft))/.test(l)).sort();

  test('gives the synth\'s metro and bring-up stage, links and BGP sessions', () => {
    expect(code).toBe(0);
    expect(synthSheet).toContain('Metro: Amsterdam Metro; stage: link1-enabled.');
    expect(printed).toContain('Metro: Amsterdam Metro; stage: link1-enabled.');
    expect(facts(printed)).toEqual(facts(synthSheet));
    expect(facts(printed).length).toBeGreaterThan(5);
  });
});
