import { App } from 'cdktf';
import { MaximumResiliencyStack } from '../../examples/maximum-resiliency/main';
import { MetroDirectPortStack } from '../../examples/metro-direct-port/main';
import { MetroProviderCircuitStack } from '../../examples/metro-provider-circuit/main';
import { MigrateToMetroStack } from '../../examples/migrate-to-metro/main';
import { MigrationPhase } from '../../src/model/topology';
import { synthAndLint, tempOutdir } from './agreement';

test('every example: the lint of what the synth wrote gives the synth\'s findings', () => {
  const outdir = tempOutdir();
  const app = new App({ outdir });
  new MetroProviderCircuitStack(app, 'metro-provider-circuit');
  new MetroDirectPortStack(app, 'metro-direct-port');
  new MaximumResiliencyStack(app, 'maximum-resiliency');
  for (const phase of Object.values(MigrationPhase)) new MigrateToMetroStack(app, `migrate-to-metro-${phase}`, phase);
  const verdicts = synthAndLint(app, outdir);
  expect([...verdicts.keys()].sort()).toHaveLength(7);
  for (const [stack, { synth, lint }] of verdicts) {
    expect({ stack, findings: lint }).toEqual({ stack, findings: synth });
  }
  // Not vacuous: the examples have warnings and suppressed findings.
  expect([...verdicts.values()].flatMap((v) => v.synth).length).toBeGreaterThan(5);
});
