import { Sources } from '../catalog/sources';
import { MigrationPhase } from '../model/topology';

/** What the runbook needs to know. */
export interface RunbookFacts {
  readonly migrationPath: string;
  readonly phase: MigrationPhase;
  readonly source: string;
  readonly target: string;
  readonly productionGateways: string[];
  readonly testGateway?: string;
  readonly sourceManagedHere: boolean;
  readonly hasMicrosoftPeering: boolean;
}

const ORDER = [MigrationPhase.PREPARE, MigrationPhase.VALIDATE, MigrationPhase.CUTOVER, MigrationPhase.DECOMMISSION];

const TITLE: Record<MigrationPhase, string> = {
  [MigrationPhase.PREPARE]: '1. Prepare: deploy the new circuit in isolation',
  [MigrationPhase.VALIDATE]: '2. Validate: test gateway and test route filter',
  [MigrationPhase.CUTOVER]: '3. Cut over: production gateways, production route filter, move traffic',
  [MigrationPhase.DECOMMISSION]: '4. Decommission the old circuit',
};

/** The migration runbook in Markdown, for the current phase. Steps follow Sources.MIGRATION. */
export function migrationRunbook(f: RunbookFacts): string {
  const gws = f.productionGateways.map((g) => `\`${g}\``).join(', ') || '(none given)';
  const terraform: Record<MigrationPhase, string[]> = {
    [MigrationPhase.PREPARE]: [
      `Creates the new circuit \`${f.target}\` and its peerings.`,
      'Creates **no** connection to a production gateway and associates **no** route filter with its Microsoft peering.',
      `Keeps the old circuit \`${f.source}\` and its production connections as they are.`,
    ],
    [MigrationPhase.VALIDATE]: [
      `Connects the new circuit to the test gateway ${f.testGateway ? `\`${f.testGateway}\`` : '(none given: the validate phase fails MIG003)'} only.`,
      f.hasMicrosoftPeering ? 'Associates the **test** route filter with the new circuit\'s Microsoft peering (not the production one).' : 'No Microsoft peering on the new circuit.',
      'A Terraform precondition stops the apply unless the provider has provisioned the new circuit (`Provisioned`).',
    ],
    [MigrationPhase.CUTOVER]: [
      `Removes the test connection and connects the new circuit to the production gateway(s) ${gws}, the same ones the old circuit uses.`,
      f.hasMicrosoftPeering ? 'Associates the old circuit\'s production route filter with the new circuit\'s Microsoft peering.' : 'No Microsoft peering on the new circuit.',
      'Leaves the old circuit untouched: both circuits are connected (the gateway circuit limit is checked, GW002).',
    ],
    [MigrationPhase.DECOMMISSION]: [
      f.sourceManagedHere
        ? `Removes the old circuit's connections and the old circuit \`${f.source}\` itself (its prevent_destroy goes with it). A check block warns unless the provider has deprovisioned it (\`NotProvisioned\`).`
        : `Leaves the old circuit \`${f.source}\` alone: it is not managed here. Remove its connections, route filters, authorizations and Global Reach links, ask the provider to deprovision it, then delete it by hand.`,
    ],
  };
  const router: Record<MigrationPhase, string[]> = {
    [MigrationPhase.PREPARE]: [
      'Configure the BGP sessions of the new circuit on the CE routers (both links).',
      'Block production traffic over the new circuit: filter advertisements **in and out** on its BGP sessions.',
      '  - Cisco IOS-XE: a `route-map` with a `deny` clause (or a `prefix-list` that denies all) applied `in` and `out` on the new neighbors.',
      '  - Junos: a policy-statement that `then reject`s, applied as `import` and `export` on the new BGP group.',
    ],
    [MigrationPhase.VALIDATE]: [
      'Permit only the test prefixes in the CE filters: the on-premises test device (/32) and the test VNet range.',
      'Private peering: check that the new circuit\'s route table holds the test VNet address space; ping and test end to end.',
      'Microsoft peering: advertise prefixes distinct from the old circuit\'s; the test route filter shares no routes with production (no asymmetric routing); traceroute and test the application.',
    ],
    [MigrationPhase.CUTOVER]: [
      'Make sure the new circuit is ready to advertise every route the old one advertises, in the right VRF/routing instance.',
      'Remove the test exceptions and the block on the new circuit; apply the block to the old circuit: traffic moves to the new circuit.',
      'Microsoft peering: validate the advertised prefixes before removing the block.',
    ],
    [MigrationPhase.DECOMMISSION]: [
      'Remove the old circuit\'s BGP sessions and cross-connects once the provider has deprovisioned it.',
    ],
  };
  const verify: Record<MigrationPhase, string[]> = {
    [MigrationPhase.PREPARE]: ['`terraform plan` shows no production connection for the new circuit.', 'Ask the provider to provision the new circuit (service key in the sensitive output).'],
    [MigrationPhase.VALIDATE]: ['Routes of the test VNet are learned on the new circuit only; production routes are unchanged.'],
    [MigrationPhase.CUTOVER]: ['Production flows use the new circuit (BGP tables, flow logs, Connection Monitor); both sessions of both links are up.'],
    [MigrationPhase.DECOMMISSION]: ['The old circuit shows `NotProvisioned` before the apply; after it, no resource refers to it.'],
  };
  const rollback: Record<MigrationPhase, string[]> = {
    [MigrationPhase.PREPARE]: ['Nothing carries production traffic yet: destroy the new circuit if needed (turn off its prevent_destroy first).'],
    [MigrationPhase.VALIDATE]: ['Synthesize the prepare phase and apply: the test connection and filter go away.'],
    [MigrationPhase.CUTOVER]: ['Move the block back from the old circuit to the new one on the CE: traffic returns to the old circuit ("if verification fails, revert to A"). Then synthesize the validate phase if needed.'],
    [MigrationPhase.DECOMMISSION]: ['None once the old circuit is deleted: a new circuit needs a new order with the provider. Do not apply this phase before the cutover is verified.'],
  };

  const out: string[] = [
    `# Circuit migration runbook: ${f.migrationPath}`,
    '',
    `From \`${f.source}\` to \`${f.target}\`. **Current phase: ${f.phase}.** Source: [Migrate to a new ExpressRoute circuit](${Sources.MIGRATION}).`,
    '',
    'Move forward one phase at a time: set the phase (the construct\'s `phase` prop, the `migrationPhase` context key, or `MIGRATION_PHASE=<phase> cdktf synth`), synthesize, plan, apply, then do the router steps and the checks.',
    '',
  ];
  for (const phase of ORDER) {
    const current = phase === f.phase;
    out.push(`## ${TITLE[phase]}${current ? ' (current phase)' : ''}`, '');
    out.push('What Terraform does:', '', ...terraform[phase].map((x) => `- ${x}`), '');
    out.push('On-premises routers (Terraform cannot do this):', '', ...router[phase].map((x) => (x.startsWith('  ') ? `  ${x}` : `- ${x}`)), '');
    out.push('Verify:', '', ...verify[phase].map((x) => `- ${x}`), '');
    out.push('Roll back:', '', ...rollback[phase].map((x) => `- ${x}`), '');
  }
  return out.join('\n');
}
