import { Sources } from '../../catalog/sources';
import { bringUpReached, ConnectionPurpose, PortBringUpStage } from '../../model/topology';
import { Severity } from '../finding';
import { defineRule } from '../define';
import { IRule } from '../rule';

/**
 * Guards of a staged Metro Direct bring-up (issue 16). They judge only ports that declare a
 * stage; an unstaged port keeps today's behaviour.
 */
export const PORT_BRING_UP_RULES: IRule[] = [
  // Billing starts when a link is enabled: https://learn.microsoft.com/azure/expressroute/expressroute-faqs
  defineRule('PORT050', Severity.ERROR, 'A staged port enables a link only from that link\'s stage (link1-enabled, link2-enabled)', Sources.DIRECT_HOWTO, (ctx) => {
    const enabledAt: Record<string, PortBringUpStage> = { link1: PortBringUpStage.LINK1_ENABLED, link2: PortBringUpStage.LINK2_ENABLED };
    for (const p of ctx.topology.ports) {
      if (p.external || p.bringUpStage === undefined) continue;
      for (const l of p.links) {
        const at = enabledAt[l.name];
        if (l.adminEnabled !== true || at === undefined || bringUpReached(p.bringUpStage, at)) continue;
        ctx.report({
          subject: p, property: `${l.name}.adminEnabled`, value: true,
          message: `${l.name} is enabled at stage ${p.bringUpStage}; enabling it starts billing and needs the cross-connects verified first.`,
          fix: `Leave ${l.name}.adminEnabled unset (the stage decides) until the bring-up stage is ${at}.`,
        });
      }
    }
  }, { basis: {
    condition: 'On a port with a bring-up stage, link1 is enabled only from link1-enabled and link2 only from link2-enabled.',
    quote: 'billed 45 days into the creation ... or when one or both of the links get enabled',
    revision: 'expressroute-faqs.md, ms.date 03/31/2026', page: Sources.FAQ,
  } }),

  defineRule('PORT051', Severity.ERROR, 'A circuit on a staged port has production connections only when the port is live', Sources.DIRECT_HOWTO, (ctx) => {
    for (const c of ctx.topology.connections) {
      if (c.external || c.purpose === ConnectionPurpose.TEST) continue;
      const circuit = ctx.index.circuit(c.circuitKey);
      const port = ctx.index.port(circuit?.portKey);
      if (!port || port.bringUpStage === undefined || port.bringUpStage === PortBringUpStage.LIVE) continue;
      ctx.report({
        subject: c, property: 'circuitKey', value: c.circuitKey,
        message: `The circuit's port ${port.path} is at bring-up stage ${port.bringUpStage}: production connections wait for live.`,
        fix: 'Create production connections only when the port\'s productionReady is true (stage live), or mark this one as a test connection.',
      });
    }
  }, { basis: {
    condition: 'A production connection to a circuit on a port with a bring-up stage exists only at stage live.',
    quote: '[library guard: the bring-up order of issue 16 (links, then circuits and BGP); Azure does not refuse an earlier connection]',
    revision: 'expressroute-howto-erdirect.md, ms.date 07/10/2025',
  } }),
];
