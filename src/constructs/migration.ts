import { constructError } from '../errors';
import { Sources } from '../catalog/sources';
import { Construct, IConstruct, Op, TerraformStack, Token } from '../core/framework';
import { ConnectionPurpose, ImportNode, MigrationPhase } from '../model/topology';
import { ExpressRouteConstruct } from './base';
import { ExpressRouteCircuitBase } from './circuit-base';
import { ExpressRouteGatewayConnection, GatewayConnectionOptions } from './connection';
import { ExpressRouteDirectCircuit } from './direct-circuit';
import { IExpressRouteCircuit, IExpressRouteGateway } from './interfaces';
import { migrationRunbook, RunbookFacts } from './migration-runbook';
import { ExpressRouteProviderCircuit, ImportedExpressRouteCircuit } from './provider-circuit';
import { ExpressRouteValidation, registerContribution, writeNextToStack } from './validation';
import { circuitSessions } from '../report/handoff';
import { withProps } from '../util/objects';

/** Context key (cdktf.json `context`) that sets the migration phase. */
export const MIGRATION_PHASE_CONTEXT = 'migrationPhase';
/** Environment variable that sets the migration phase: `MIGRATION_PHASE=cutover cdktf synth`. */
export const MIGRATION_PHASE_ENV = 'MIGRATION_PHASE';
/** The runbook written next to the stack's cdk.tf.json. */
export const MIGRATION_RUNBOOK = 'migration-runbook.md';

const PHASES = Object.values(MigrationPhase) as string[];

/** Props of a circuit migration. */
export interface ExpressRouteCircuitMigrationProps {
  /**
   * The circuit to leave: one managed in this stack (removed at decommission) or an existing
   * one (`ExpressRouteProviderCircuit.fromCircuitAttributes`, left alone).
   */
  readonly source: IExpressRouteCircuit;
  /** The new circuit (a Metro circuit through a provider or on a Direct port). */
  readonly target: ExpressRouteCircuitBase;
  /**
   * The production gateways the source is connected to. The migration owns these connections:
   * the source's until decommission (when the source is managed here), the target's from cutover.
   * A source already connected by a construct of yours: move that connection into the migration
   * (`terraform state mv` to `<migration>/Source<i>`) instead of keeping both.
   */
  readonly productionGateways: IExpressRouteGateway[];
  /**
   * The gateway of a test VNet, for the validate phase.
   * @default - none (the validate phase then fails MIG003)
   */
  readonly testGateway?: IExpressRouteGateway;
  /**
   * The route filter on the source's Microsoft peering; the target's Microsoft peering takes it
   * at cutover.
   * @default - none
   */
  readonly productionRouteFilterId?: string;
  /**
   * A separate route filter for the validate phase (shares no routes with production).
   * @default - none
   */
  readonly testRouteFilterId?: string;
  /**
   * The phase.
   * @default - the `migrationPhase` context key, else the MIGRATION_PHASE environment variable, else prepare
   */
  readonly phase?: MigrationPhase;
  /**
   * Options of the production connections (routing weight, FastPath).
   * @default - Azure's defaults
   */
  readonly productionConnection?: GatewayConnectionOptions;
  /**
   * Allows the target at the source's peering location (MIG006).
   * @default false
   */
  readonly allowSamePeeringLocation?: boolean;
  /**
   * Adopts an existing source circuit into Terraform state: the resource id of the circuit
   * that the managed `source` describes. Writes a Terraform 1.5+ `import` block. The id names
   * the source's `name` and `resourceGroupName` (compared without case; MIG008): azurerm
   * replaces a circuit whose name or resource group changes.
   * @default - no import
   */
  readonly adoptSourceId?: string;
}

/**
 * A make-before-break move from an existing circuit to an ExpressRoute Metro circuit, phase by
 * phase, as Azure documents it: prepare (isolated), validate (test gateway and route filter),
 * cutover (production gateways, production route filter), decommission (old circuit removed).
 *
 * Each phase synthesizes exactly what that step needs; MIG rules and Terraform preconditions
 * guard the order, and a runbook (`migration-runbook.md`) is written next to `cdk.tf.json`.
 */
export class ExpressRouteCircuitMigration extends ExpressRouteConstruct {
  /**
   * The phase from props, else from the context key and the environment variable, else prepare.
   * A context key and an environment variable that disagree are an error naming both: a synth
   * of the wrong phase connects or removes production circuits.
   */
  public static phaseOf(scope: IConstruct, phase?: MigrationPhase): MigrationPhase {
    const fromContext = scope.node.tryGetContext(MIGRATION_PHASE_CONTEXT) as unknown;
    const fromEnv = process.env[MIGRATION_PHASE_ENV];
    if (phase === undefined && fromContext !== undefined && fromEnv !== undefined && fromEnv !== '' && String(fromContext) !== fromEnv) {
      throw constructError(scope, {
        ruleId: 'CONSTRUCT010', property: 'phase', value: `${String(fromContext)} (context ${MIGRATION_PHASE_CONTEXT}) / ${fromEnv} (${MIGRATION_PHASE_ENV})`,
        message: `The migration phase is "${String(fromContext)}" in the context key ${MIGRATION_PHASE_CONTEXT} (cdktf.json or --context) but "${fromEnv}" in the environment variable ${MIGRATION_PHASE_ENV}: a synth of the wrong phase connects or removes production circuits.`,
        fix: 'Set one of them, or both to the same phase.', source: Sources.MIGRATION,
      });
    }
    const value = phase ?? fromContext ?? (fromEnv === '' ? undefined : fromEnv) ?? MigrationPhase.PREPARE;
    if (!PHASES.includes(String(value))) {
      throw constructError(scope, {
        ruleId: 'CONSTRUCT011', property: 'phase', value, message: `"${String(value)}" is not a migration phase.`,
        fix: `Use ${PHASES.join(', ')}.`, source: Sources.MIGRATION,
      });
    }
    return value as MigrationPhase;
  }

  /** The phase this synth builds. */
  public readonly phase: MigrationPhase;
  /** Connections the migration creates in this phase. */
  public readonly connections: ExpressRouteGatewayConnection[] = [];
  /**
   * The source's own connections to production gateways (made with `connectTo` before the
   * migration) that the migration adopted: kept where they are until decommission, then removed.
   */
  public readonly adoptedConnections: ExpressRouteGatewayConnection[];
  private readonly facts: RunbookFacts;

  constructor(scope: Construct, id: string, props: ExpressRouteCircuitMigrationProps) {
    super(scope, id);
    const phase = ExpressRouteCircuitMigration.phaseOf(this, props.phase);
    this.phase = phase;
    const sourceManaged = !(props.source instanceof ImportedExpressRouteCircuit);
    const beforeDecommission = phase !== MigrationPhase.DECOMMISSION;
    const targetOnline = phase === MigrationPhase.CUTOVER || phase === MigrationPhase.DECOMMISSION;

    // A source already connected to a production gateway (`source.connectTo(...)` before this
    // migration): the migration adopts that connection where it is instead of adding a second
    // one, and removes it at decommission.
    const adopted = props.productionGateways.map((gw) => existingConnection(props.source, gw));
    this.adoptedConnections = adopted.filter((c): c is ExpressRouteGatewayConnection => c !== undefined);
    // The source keeps its production connections until decommission.
    props.productionGateways.forEach((gw, i) => {
      if (adopted[i]) {
        if (!beforeDecommission) props.source.node.tryRemoveChild(adopted[i]!.node.id);
      } else if (beforeDecommission && sourceManaged) {
        this.connections.push(new ExpressRouteGatewayConnection(this, `Source${i}`,
          withProps(props.productionConnection ?? {}, { circuit: props.source, gateway: gw })));
      }
      if (targetOnline) {
        const c = new ExpressRouteGatewayConnection(this, `Target${i}`, withProps(props.productionConnection ?? {}, { circuit: props.target, gateway: gw }));
        this.requireProvisioned(c, props.target);
        this.connections.push(c);
      }
    });
    if (phase === MigrationPhase.VALIDATE && props.testGateway) {
      const c = new ExpressRouteGatewayConnection(this, 'TargetTest', {
        circuit: props.target, gateway: props.testGateway, purpose: ConnectionPurpose.TEST,
      });
      this.requireProvisioned(c, props.target);
      this.connections.push(c);
    }

    // The target's Microsoft peering: no filter, then the test filter, then production's.
    const msPeering = props.target.microsoftPeering;
    if (msPeering) {
      msPeering.useRouteFilter(phase === MigrationPhase.PREPARE ? undefined
        : phase === MigrationPhase.VALIDATE ? props.testRouteFilterId : props.productionRouteFilterId);
      // No filter in prepare is Azure's procedure, not an oversight: the finding stays visible, suppressed.
      if (phase === MigrationPhase.PREPARE) {
        msPeering.suppressRule('PEER009', `${this.node.path} (prepare phase): the new circuit receives no Microsoft routes until validate (test route filter) and cutover (production route filter)`);
      }
    }

    const stack = TerraformStack.of(this);
    if (!beforeDecommission && sourceManaged) this.decommissionSource(stack, props.source);
    const adopting = props.adoptSourceId !== undefined && beforeDecommission;
    if (adopting) this.adopt(stack, props.source, props.adoptSourceId!);

    registerContribution(this, (topology, path) => {
      topology.migrations.push({
        key: path, path, phase,
        sourceCircuitKey: props.source.node.path,
        targetCircuitKey: props.target.node.path,
        productionGatewayKeys: props.productionGateways.map((g) => g.node.path),
        testGatewayKey: props.testGateway?.node.path,
        allowSamePeeringLocation: props.allowSamePeeringLocation,
      });
      // The import block's id is judged against the name and resource group the source declares (MIG008).
      if (adopting) {
        const source = props.source as ExpressRouteProviderCircuit | ExpressRouteDirectCircuit;
        const known = !Token.isUnresolved(props.adoptSourceId!);
        (topology.imports as ImportNode[] | undefined)?.push({
          key: source.node.path, path: source.node.path, targetKey: source.node.path, resourceType: source.resource.terraformResourceType,
          ...(known ? { importId: props.adoptSourceId } : {}), unresolved: known ? [] : ['importId'],
        });
      }
      // An external source is still connected in Azure until decommission: count it (GW002),
      // unless the stack already declares that connection (adopted above).
      if (!sourceManaged && beforeDecommission) {
        props.productionGateways.forEach((g, i) => adopted[i] === undefined && topology.connections.push({
          key: `${this.node.path}/ExistingSource${i}`, path: `${this.node.path}/ExistingSource${i}`, external: true,
          gatewayKey: g.node.path, circuitKey: props.source.node.path, purpose: ConnectionPurpose.PRODUCTION,
        }));
      }
    });

    const facts: RunbookFacts = this.facts = {
      migrationPath: this.node.path, phase, source: props.source.node.path, target: props.target.node.path,
      productionGateways: props.productionGateways.map((g) => g.node.path), testGateway: props.testGateway?.node.path,
      sourceManagedHere: sourceManaged, hasMicrosoftPeering: msPeering !== undefined,
    };
    const validation = ExpressRouteValidation.of(this);
    writeNextToStack(this, stack, () => {
      // The new circuit's BGP sessions, from the same hand-off sheet a Direct port gets.
      const sessions = circuitSessions(validation.buildTopology(), props.target.node.path, '###');
      const sheet = sessions.length === 0 ? '' : ['', "## The new circuit's BGP sessions (hand-off sheet)", '',
        'What the router team configures on the new circuit: the first usable address of each /30 or /126 is the customer\'s, '
        + 'the second Microsoft\'s (learn.microsoft.com/azure/expressroute/expressroute-routing).', '', ...sessions].join('\n');
      return [[MIGRATION_RUNBOOK, `${migrationRunbook(facts)}${sheet}\n`]];
    });
  }

  /** The runbook of this phase (also written as migration-runbook.md at synth). */
  public get runbook(): string {
    return migrationRunbook(this.facts);
  }

  /** Terraform refuses the connection unless the provider has provisioned the circuit. */
  private requireProvisioned(connection: ExpressRouteGatewayConnection, target: ExpressRouteCircuitBase): void {
    const resource = connection.vnetGatewayConnection ?? connection.virtualWanConnection;
    if (!resource || !(target instanceof ExpressRouteProviderCircuit)) return;
    resource.lifecycle = {
      precondition: [{
        condition: Op.eq(target.serviceProviderProvisioningState, 'Provisioned'),
        errorMessage: `The new circuit ${target.node.path} is not provisioned by its provider yet (service_provider_provisioning_state must be Provisioned): finish the prepare phase first.`,
      }],
    };
  }

  /** Removes a source managed here, with a check that the provider deprovisioned it. */
  private decommissionSource(stack: TerraformStack, source: IExpressRouteCircuit): void {
    const parent = source.node.scope;
    if (source instanceof ExpressRouteProviderCircuit) {
      // Literal values or references to resources that stay (the resource group), never to the source.
      const name = source.resource.nameInput;
      const rg = source.resource.resourceGroupNameInput;
      if (name !== undefined && rg !== undefined) {
        const check = `${this.node.id.replace(/[^A-Za-z0-9_-]/g, '_')}_source_deprovisioned`;
        stack.addOverride(`check.${check}`, {
          data: { azurerm_express_route_circuit: { source: { name, resource_group_name: rg } } },
          assert: [{
            condition: '${data.azurerm_express_route_circuit.source.service_provider_provisioning_state == "NotProvisioned"}',
            error_message: `The old circuit ${Token.isUnresolved(name) ? source.node.path : name} is still provisioned by its provider: ask the provider to deprovision it before deleting it (billing continues until then).`,
          }],
        });
      }
    }
    if (parent && (source instanceof ExpressRouteProviderCircuit || source instanceof ExpressRouteDirectCircuit)) {
      parent.node.tryRemoveChild(source.node.id);
    }
  }

  /** Writes a Terraform 1.5+ import block for the source, without cdktf's importFrom (it runs terraform). */
  private adopt(stack: TerraformStack, source: IExpressRouteCircuit, resourceId: string): void {
    if (!(source instanceof ExpressRouteProviderCircuit || source instanceof ExpressRouteDirectCircuit)) {
      throw new Error(`${this.node.path}: adoptSourceId needs a source managed here (an ExpressRouteProviderCircuit or ExpressRouteMetroCircuit describing the existing circuit).`);
    }
    const to = `${source.resource.terraformResourceType}.${source.resource.friendlyUniqueId}`;
    const imports = importsOf(stack);
    imports.push({ to, id: resourceId });
    stack.addOverride('import', imports);
  }
}

const IMPORTS_SYMBOL = Symbol.for('cdktf-expressroute-metro/imports');

function importsOf(stack: TerraformStack): Array<{ to: string; id: string }> {
  const holder = stack as unknown as Record<symbol, Array<{ to: string; id: string }> | undefined>;
  let list = holder[IMPORTS_SYMBOL];
  if (!list) {
    list = [];
    Object.defineProperty(stack, IMPORTS_SYMBOL, { value: list, enumerable: false });
  }
  return list;
}

/** The connection `source.connectTo(..., gateway)` made before the migration, if any. */
function existingConnection(source: IExpressRouteCircuit, gateway: IExpressRouteGateway): ExpressRouteGatewayConnection | undefined {
  for (const child of source.node.children) {
    if (!(child instanceof ExpressRouteGatewayConnection)) continue;
    const target = child.vnetGatewayConnection?.virtualNetworkGatewayIdInput ?? child.virtualWanConnection?.expressRouteGatewayIdInput;
    if (target !== undefined && target === gateway.gatewayId) return child;
  }
  return undefined;
}
