import { Sources } from '../../catalog/sources';
import { Severity } from '../finding';
import { defineRule } from '../define';
import { IRule } from '../rule';

export const PLAN_RULES: IRule[] = [
  defineRule('PLAN001', Severity.ERROR, 'A plan does not replace a live circuit or port', Sources.AZURERM, (ctx) => {
    const subjects = [
      ...ctx.topology.circuits.map((n) => ({ n, what: 'circuit', effect: 'an outage and a new service key with the provider' })),
      ...ctx.topology.ports.map((n) => ({ n, what: 'ExpressRoute Direct port pair', effect: 'an outage, new LOAs and new cross-connects' })),
    ];
    for (const { n, what, effect } of subjects) {
      if (!n.replacedBecauseOf) continue;
      ctx.report({
        subject: n, property: n.replacedBecauseOf.join(', '), value: 'delete, create',
        message: `The plan replaces this live ${what} (destroy, then create) because ${n.replacedBecauseOf.join(', ')} changed: ${effect}.`,
        fix: 'Revert the attribute, or build the new resource beside the old one and migrate (make-before-break).',
      });
    }
  }),
];
