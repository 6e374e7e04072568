import { ConnectionPurpose, PortBringUpStage } from '../../../src/model/topology';
import { connection } from '../fixtures';
import { VerdictCase } from './case';
import { error, mutate, portOf } from './helpers';

/** The base topology's port at a stage, links as given. */
const staged = (stage: PortBringUpStage, link1: boolean, link2: boolean) => mutate((t) => {
  const p = portOf(t);
  p.bringUpStage = stage;
  p.links[0].adminEnabled = link1;
  p.links[1].adminEnabled = link2;
});

/** A production (or test) connection from the gateway to the Direct circuit d1 on a staged port. */
const connected = (stage: PortBringUpStage, purpose?: ConnectionPurpose) => mutate((t) => {
  const p = portOf(t);
  p.bringUpStage = stage;
  p.links[0].adminEnabled = true;
  p.links[1].adminEnabled = true;
  t.connections.push(connection('gw/d1', 'gw', 'd1', purpose ? { purpose } : {}));
});

export const CASES: VerdictCase[] = [
  { ruleId: 'PORT050', name: 'link1 enabled at cross-connected', topology: staged(PortBringUpStage.CROSS_CONNECTED, true, false),
    expect: [error('port', 'link1.adminEnabled')] },
  { ruleId: 'PORT050', name: 'link2 enabled at link1-enabled', topology: staged(PortBringUpStage.LINK1_ENABLED, true, true),
    expect: [error('port', 'link2.adminEnabled')] },
  { ruleId: 'PORT050', name: 'link1 enabled at link1-enabled, link2 disabled', topology: staged(PortBringUpStage.LINK1_ENABLED, true, false), expect: [] },
  { ruleId: 'PORT050', name: 'an unstaged port with both links enabled (today\'s behaviour)', topology: mutate((t) => {
    for (const l of portOf(t).links) l.adminEnabled = true;
  }), expect: [] },

  { ruleId: 'PORT051', name: 'a production connection to a circuit on a port at link2-enabled', topology: connected(PortBringUpStage.LINK2_ENABLED),
    expect: [error('gw/d1', 'circuitKey')] },
  { ruleId: 'PORT051', name: 'a production connection when the port is live', topology: connected(PortBringUpStage.LIVE), expect: [] },
  { ruleId: 'PORT051', name: 'a test connection before live', topology: connected(PortBringUpStage.LINK2_ENABLED, ConnectionPurpose.TEST), expect: [] },
];
