/**
 * How a key reached a resource: a literal written in the files of the configuration (in place,
 * through a local, a module call's argument, a module output, `each.value`, a variable's default
 * in force) is a literal (SEC001, SEC002); a value given to the root module (tfvars, `--var`), or
 * computed from one, or another resource's attribute, is not. PEER007 judges a known key's length
 * whatever its origin.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { lintFiles, readModuleTopology } from '../../../src/terraform/lint';

/** Writes a tree of files (relative path -> text) and lints its root module. */
function lint(files: Record<string, string>, vars?: string[]): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'erm-secrets-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), `${text}\n`);
  }
  const roots = fs.readdirSync(dir).filter((f) => f.endsWith('.tf')).map((f) => path.join(dir, f));
  const { results, errors } = lintFiles(roots, { vars });
  expect(errors).toEqual([]);
  return results.flatMap((r) => r.report.findings).filter((f) => !f.suppressed)
    .filter((f) => ['SEC001', 'SEC002', 'PEER007'].includes(f.ruleId))
    .map((f) => `${f.ruleId} ${f.severity} ${f.path} ${f.property}`).sort();
}

const CIRCUIT = `
resource "azurerm_express_route_circuit" "c" {
  name                  = "er"
  resource_group_name   = "rg"
  location              = "westeurope"
  service_provider_name = "Equinix"
  peering_location      = "Frankfurt"
  bandwidth_in_mbps     = 50
  sku {
    tier   = "Standard"
    family = "MeteredData"
  }
}`;

/** A private peering whose shared_key is the given expression. */
const peering = (name: string, key: string, extra = '') => `
resource "azurerm_express_route_circuit_peering" "${name}" {
  ${extra}
  peering_type                  = "AzurePrivatePeering"
  express_route_circuit_name    = azurerm_express_route_circuit.c.name
  resource_group_name           = "rg"
  peer_asn                      = 65001
  primary_peer_address_prefix   = "192.168.1.0/30"
  secondary_peer_address_prefix = "192.168.1.4/30"
  vlan_id                       = 100
  shared_key                    = ${key}
}`;

const LONG = 'either keyvault secret output or a secret variable';
const P = 'azurerm_express_route_circuit_peering.p';
const SEC001 = (subject: string) => `SEC001 error ${subject} sharedKey`;
const PEER007 = (subject: string) => `PEER007 error ${subject} sharedKey`;

describe('a key written in the files of the configuration is a literal', () => {
  test('in place (the control)', () => {
    expect(lint({ 'main.tf': CIRCUIT + peering('p', '"ItsASecret"') })).toEqual([SEC001(P)]);
  });

  test('wrapped in sensitive() or nonsensitive(): they only mark the value for redaction, the file holds the key', () => {
    expect(lint({ 'main.tf': CIRCUIT + peering('p', 'sensitive("ItsASecret")') + peering('q', 'nonsensitive(sensitive(local.key))')
      + '\nlocals {\n  key = "ItsASecret"\n}' })).toEqual([SEC001(P), SEC001('azurerm_express_route_circuit_peering.q')]);
  });

  test('sensitive() of a root variable is no literal: it is not judged', () => {
    expect(lint({ 'main.tf': 'variable "key" {\n  type      = string\n  sensitive = true\n}' + CIRCUIT + peering('p', 'sensitive(var.key)') })).toEqual([]);
  });

  test('through a local, and a local computed from one', () => {
    expect(lint({ 'main.tf': `locals {
  key  = "ItsASecret"
  keys = { a = local.key }
}` + CIRCUIT + peering('p', 'local.keys.a') })).toEqual([SEC001(P)]);
  });

  test('through a module call\'s object argument, read as var.<object>.<attribute> (the Schuberg Philis example)', () => {
    const files = {
      'main.tf': `module "er" {
  source  = "./er"
  peering = { shared_key = "${LONG}", vlan_id = 100 }
  connection = { authorization_key = "Resource ID of the keyvault secret or a string value" }
}`,
      'er/main.tf': `variable "peering" {
  type = object({ shared_key = string, vlan_id = number })
}
variable "connection" {
  type = object({ authorization_key = string })
}
resource "azurerm_express_route_gateway" "hub" {
  name                = "ergw"
  resource_group_name = "rg"
  location            = "westeurope"
  virtual_hub_id      = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualHubs/hub"
  scale_units         = 1
}
resource "azurerm_express_route_connection" "cn" {
  name                             = "cn"
  express_route_gateway_id         = azurerm_express_route_gateway.hub.id
  express_route_circuit_peering_id = azurerm_express_route_circuit_peering.p.id
  authorization_key                = var.connection.authorization_key
}` + CIRCUIT + peering('p', 'var.peering.shared_key'),
    };
    expect(lint(files)).toEqual([
      PEER007(`module.er.${P}`),
      `SEC001 error module.er.${P} sharedKey`,
      'SEC002 error module.er.azurerm_express_route_connection.cn authorizationKey',
    ]);
  });

  test('through a scalar argument, a module\'s own default (the call leaves it out) and a literal module output', () => {
    const files = {
      'main.tf': `module "er" {
  source = "./er"
  key    = "ItsASecret"
}
module "keys" {
  source = "./keys"
}` + CIRCUIT + peering('from_output', 'module.keys.key'),
      'er/main.tf': `variable "key" { type = string }
variable "other" {
  type    = string
  default = "AnotherSecret"
}` + CIRCUIT + peering('p', 'var.key') + peering('q', 'var.other'),
      'keys/main.tf': 'output "key" { value = "ItsASecret" }',
    };
    expect(lint(files)).toEqual([
      SEC001('azurerm_express_route_circuit_peering.from_output'),
      SEC001(`module.er.${P}`),
      SEC001('module.er.azurerm_express_route_circuit_peering.q'),
    ]);
  });

  test('through each.value of a for_each over a literal map, in the root or passed to a module', () => {
    const files = {
      'main.tf': `module "er" {
  source   = "./er"
  peerings = { a = { key = "ItsASecret" } }
}` + CIRCUIT + peering('p', 'each.value.key', 'for_each = { a = { key = "ItsASecret" } }'),
      'er/main.tf': `variable "peerings" { type = map(object({ key = string })) }` + CIRCUIT
        + peering('p', 'each.value.key', 'for_each = var.peerings'),
    };
    expect(lint(files)).toEqual([SEC001(`${P}["a"]`), SEC001(`module.er.${P}["a"]`)]);
  });

  test('through the root module\'s variable default, when no value is given: a literal in the .tf file', () => {
    const root = `variable "key" {
  type      = string
  sensitive = true
  default   = "ItsASecret"
}` + CIRCUIT + peering('p', 'var.key');
    expect(lint({ 'main.tf': root })).toEqual([SEC001(P)]);
    // The same configuration with the value given: an input, not the literal.
    expect(lint({ 'main.tf': root }, ['key=AnotherSecret'])).toEqual([]);
    expect(lint({ 'main.tf': root, 'terraform.tfvars': 'key = "AnotherSecret"' })).toEqual([]);
  });
});

describe('a key given to the configuration, or read from elsewhere, is not a literal', () => {
  test('a root variable given with --var, in terraform.tfvars, or without a value', () => {
    const root = 'variable "key" {\n  type = string\n}' + CIRCUIT + peering('p', 'var.key');
    expect(lint({ 'main.tf': root }, ['key=ItsASecret'])).toEqual([]);
    expect(lint({ 'main.tf': root, 'terraform.tfvars': 'key = "ItsASecret"' })).toEqual([]);
    expect(lint({ 'main.tf': root })).toEqual([]);
  });

  test('a root input passed on to a module, through a local, or as the for_each of each.value', () => {
    const files = {
      'main.tf': `variable "key" { type = string }
variable "peerings" { type = map(object({ key = string })) }
locals {
  key = "prefix\${var.key}"
}
module "er" {
  source = "./er"
  key    = var.key
}` + CIRCUIT + peering('local', 'local.key') + peering('each', 'each.value.key', 'for_each = var.peerings'),
      'er/main.tf': 'variable "key" { type = string }' + CIRCUIT + peering('p', 'var.key'),
    };
    expect(lint(files, ['key=ItsASecret', 'peerings={a={key="ItsASecret"}}'])).toEqual([]);
  });

  test('a module argument that mixes a literal with an input: every attribute read from it is a reference (precision, not a false finding)', () => {
    const files = {
      'main.tf': `variable "asn" { type = number }
module "er" {
  source  = "./er"
  peering = { shared_key = "ItsASecret", peer_asn = var.asn }
}`,
      'er/main.tf': 'variable "peering" { type = object({ shared_key = string, peer_asn = number }) }' + CIRCUIT + peering('p', 'var.peering.shared_key'),
    };
    expect(lint(files, ['asn=65001'])).toEqual([]);
  });

  test('another resource\'s argument, a data source, a function known only at apply (uuid)', () => {
    const files = {
      'main.tf': `data "azurerm_key_vault_secret" "k" {
  name         = "k"
  key_vault_id = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
}
resource "random_password" "k" {
  length  = 20
  special = false
}` + CIRCUIT + peering('arg', 'azurerm_express_route_circuit.c.name') + peering('data', 'data.azurerm_key_vault_secret.k.value')
        + peering('random', 'random_password.k.result') + peering('fn', 'uuid()'),
    };
    expect(lint(files)).toEqual([]);
  });
});

describe('PEER007 judges a known key\'s length whatever its origin', () => {
  const root = 'variable "key" {\n  type = string\n}' + CIRCUIT + peering('p', 'var.key');

  test('given with --var: PEER007, no SEC001', () => {
    expect(lint({ 'main.tf': root }, [`key=${LONG}`])).toEqual([PEER007(P)]);
  });

  test('given with --var to a module through a root variable: PEER007, no SEC001', () => {
    const files = {
      'main.tf': 'variable "key" { type = string }\nmodule "er" {\n  source = "./er"\n  key    = var.key\n}',
      'er/main.tf': 'variable "key" { type = string }' + CIRCUIT + peering('p', 'var.key'),
    };
    expect(lint(files, [`key=${LONG}`])).toEqual([PEER007(`module.er.${P}`)]);
  });

  test('a well-formed key given with --var, and a key not known: nothing', () => {
    expect(lint({ 'main.tf': root }, ['key=ItsASecret'])).toEqual([]);
    expect(lint({ 'main.tf': root })).toEqual([]);
  });
});

test('a for_each that reads other resources\' arguments makes a key read through each a reference (conservative), and links nothing: each instance links by its own value', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'erm-secrets-'));
  const file = path.join(dir, 'main.tf');
  fs.writeFileSync(file, ['c1', 'c2'].map((c) => CIRCUIT.replace('"c"', `"${c}"`).replace('"er"', `"er-${c}"`)).join('\n') + `
resource "azurerm_express_route_circuit_peering" "p" {
  for_each                      = { a = azurerm_express_route_circuit.c1.name, b = azurerm_express_route_circuit.c2.name }
  peering_type                  = "AzurePrivatePeering"
  express_route_circuit_name    = each.value
  resource_group_name           = "rg"
  peer_asn                      = 65001
  primary_peer_address_prefix   = "192.168.1.0/30"
  secondary_peer_address_prefix = "192.168.1.4/30"
  vlan_id                       = 100
  shared_key                    = "\${each.key}key"
}
`);
  const { topology } = readModuleTopology([file]);
  expect(topology.peerings.map((p) => [p.key, p.circuitKey, p.sharedKey])).toEqual([
    [`${P}["a"]`, 'azurerm_express_route_circuit.c1', 'Reference'],
    [`${P}["b"]`, 'azurerm_express_route_circuit.c2', 'Reference'],
  ]);
});
