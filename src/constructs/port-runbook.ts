import { bringUpReached, PORT_BRING_UP_STAGES, PortBringUpStage } from '../model/topology';

/** What the port runbook needs to know. */
export interface PortRunbookFacts {
  readonly portPath: string;
  readonly stage: PortBringUpStage;
  /** link1's and link2's peering locations (City, City2). */
  readonly sites: string[];
  /** Prefix of the port's Terraform outputs. */
  readonly outputBase: string;
  readonly meetMeRoomOutputs: boolean;
  readonly loaOutput: boolean;
}

interface StageText {
  readonly terraform: string;
  readonly facility: (city: string, city2: string) => string;
  readonly router: (city: string, city2: string) => string;
  readonly check: string;
  readonly rollback: string;
}

/**
 * What each stage means. The order and the LOA step follow
 * https://learn.microsoft.com/azure/expressroute/expressroute-howto-erdirect ("Generate the
 * Letter of Authorization", then the cross-connects, then set the links' Admin State to Enabled;
 * billing starts when either link is enabled or 45 days after creation:
 * https://learn.microsoft.com/azure/expressroute/expressroute-faqs).
 */
function stageTexts(f: PortRunbookFacts): Record<PortBringUpStage, StageText> {
  const mmr = f.meetMeRoomOutputs
    ? `\`terraform output ${f.outputBase}_link1_meet_me_room\` and \`${f.outputBase}_link2_meet_me_room\``
    : 'the port\'s link1/link2 attributes (`az network express-route port show`)';
  const loa = f.loaOutput
    ? `\`terraform output -raw ${f.outputBase}_loa | base64 -d > loa.pdf\``
    : '`az network express-route port generate-loa --customer-name <name> --destination loa.pdf -n <port> -g <rg>`';
  return {
    [PortBringUpStage.ORDERED]: {
      terraform: 'Creates the port pair with both links disabled (no billing from links yet). No LOA, no production connections.',
      facility: () => 'Nothing yet.',
      router: () => 'Reserve two router ports (one per site) of the port size; plan MACsec.',
      check: `The port exists; ${mmr} show router, interface, patch panel, rack and connector per link.`,
      rollback: 'Delete the port pair (nothing is connected).',
    },
    [PortBringUpStage.LOA_ISSUED]: {
      terraform: f.loaOutput ? 'Generates the LOA through azapi (`generateLoa`) into a sensitive output.' : 'No change (generate the LOA with the CLI).',
      facility: (c, c2) => `Receive the LOA for ${c} and ${c2}; order the cross-connects to Microsoft's patch panels (${mmr}).`,
      router: () => 'Send the LOA and your own demarcation details to the facility.',
      check: `The LOA decodes to a PDF: ${loa}.`,
      rollback: 'Back to ordered: cancel the cross-connect orders.',
    },
    [PortBringUpStage.CROSS_CONNECTED]: {
      terraform: 'No change: links stay disabled.',
      facility: (c, c2) => `Cross-connects done at ${c} (link1) and ${c2} (link2); send the completion notices.`,
      router: () => 'Patch the router side; interfaces stay administratively down on the Microsoft side.',
      check: 'Both completion notices received, with the patch panel ports that match the Meet-Me-Room outputs.',
      rollback: 'Back to loa-issued: the facility removes the cross-connects.',
    },
    [PortBringUpStage.LAYER1_VERIFIED]: {
      terraform: 'No change: links stay disabled.',
      facility: () => 'Fix any fibre fault found (light, polarity).',
      router: (c, c2) => `Check optics and receive light on the router ports at ${c} and ${c2}.`,
      check: 'Optics and light levels in range at both sites.',
      rollback: 'Back to cross-connected: reopen the cross-connect ticket.',
    },
    [PortBringUpStage.MACSEC_READY]: {
      terraform: 'No change to links; MACsec keys are referenced from Key Vault (CKN/CAK secret ids, port identity with get on secrets).',
      facility: () => 'Nothing.',
      router: () => 'Configure the same CKN/CAK and cipher on both router ports.',
      check: 'The Key Vault secrets exist and the identity can read them.',
      rollback: 'Back to layer1-verified: remove MACsec from the routers.',
    },
    [PortBringUpStage.LINK1_ENABLED]: {
      terraform: 'Enables link1 (admin state). **Billing of the port pair starts.**',
      facility: () => 'Nothing.',
      router: (c) => `Bring up the router port at ${c}; MACsec session up.`,
      check: 'link1 up with MACsec; link2 still disabled.',
      rollback: 'Back to macsec-ready: disable link1 (billing has started and continues while the port exists).',
    },
    [PortBringUpStage.LINK2_ENABLED]: {
      terraform: 'Enables link2 as well.',
      facility: () => 'Nothing.',
      router: (_c, c2) => `Bring up the router port at ${c2}; MACsec session up.`,
      check: 'Both links up with MACsec; circuits and BGP may be configured but carry no production connection yet.',
      rollback: 'Back to link1-enabled: disable link2.',
    },
    [PortBringUpStage.LIVE]: {
      terraform: 'Allows circuits\' production connections (the port\'s `productionReady` is true; PORT051 no longer fires).',
      facility: () => 'Nothing.',
      router: (c, c2) => `BGP sessions up on both links (${c}, ${c2}); see handoff.md for addresses, VLANs and ASNs.`,
      check: 'Routes learned on both sessions; traffic on both links.',
      rollback: 'Back to link2-enabled: production connections are removed.',
    },
  };
}

/** The bring-up runbook in Markdown for the current stage, with every stage listed. */
export function portRunbook(f: PortRunbookFacts): string {
  const [city, city2] = f.sites;
  const texts = stageTexts(f);
  const lines = [
    `# Metro Direct bring-up: ${f.portPath}`,
    '',
    `Current stage: **${f.stage}**. link1 is at ${city} (City), link2 at ${city2} (City2).`,
    'Set the next stage with the port\'s `bringUpStage` prop, the `portBringUpStage` context key or `PORT_BRING_UP_STAGE`, once this stage\'s check passes.',
    '',
  ];
  for (const stage of PORT_BRING_UP_STAGES) {
    const t = texts[stage];
    const mark = stage === f.stage ? ' (current)' : bringUpReached(f.stage, stage) ? ' (done)' : '';
    lines.push(
      `## ${stage}${mark}`, '',
      `- Terraform: ${t.terraform}`,
      `- Facility at ${city} and ${city2}: ${t.facility(city, city2)}`,
      `- Router team: ${t.router(city, city2)}`,
      `- Check: ${t.check}`,
      `- Rollback: ${t.rollback}`,
      '',
    );
  }
  return lines.join('\n').trimEnd();
}
