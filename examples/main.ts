import { App } from 'cdktf';
import { MigrationPhase } from '../src';
import { MaximumResiliencyStack } from './maximum-resiliency/main';
import { MigrateToMetroStack } from './migrate-to-metro/main';
import { MetroDirectPortStack } from './metro-direct-port/main';
import { MetroProviderCircuitStack } from './metro-provider-circuit/main';

/** Every example in one app: `npm run synth` writes them all to cdktf.out/. */
const app = new App();
new MetroProviderCircuitStack(app, 'metro-provider-circuit');
new MetroDirectPortStack(app, 'metro-direct-port');
new MaximumResiliencyStack(app, 'maximum-resiliency');
for (const phase of Object.values(MigrationPhase)) new MigrateToMetroStack(app, `migrate-to-metro-${phase}`, phase);
app.synth();
