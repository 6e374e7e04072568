import { Construct, TerraformOutput } from '../core/framework';
import { ExpressRouteCircuitAuthorizationResource, ExpressRoutePortAuthorizationResource } from '../core/provider';
import { ExpressRouteConstruct } from './base';
import { IExpressRouteCircuit, IExpressRoutePort } from './interfaces';
import { registerContribution } from './validation';
import { construct, trackingConstructor } from '../core/tracked';

/** Options of an authorization. */
export interface AuthorizationOptions {
  /**
   * The authorization's name.
   * @default - the construct id
   */
  readonly name?: string;
  /**
   * Writes the key as a sensitive Terraform output, for the team that redeems it.
   * @default true
   */
  readonly outputKey?: boolean;
}

/** Props of a circuit authorization. */
export interface ExpressRouteCircuitAuthorizationProps extends AuthorizationOptions {
  /** The circuit. */
  readonly circuit: IExpressRouteCircuit;
}

/** Props of a port authorization. */
export interface ExpressRoutePortAuthorizationProps extends AuthorizationOptions {
  /** The Direct port pair. */
  readonly port: IExpressRoutePort;
}

/**
 * What both authorizations share: the key as a sensitive output, and the model nodes.
 * @returns the output, unless `outputKey` is false
 */
function describeAuthorization(scope: Construct, options: AuthorizationOptions, key: string, parent: { circuitKey?: string; portKey?: string }): TerraformOutput | undefined {
  const output = options.outputKey === false ? undefined : new TerraformOutput(scope, 'AuthorizationKey', {
    value: key,
    sensitive: true,
    description: `Authorization key of ${parent.circuitKey !== undefined ? 'circuit' : 'port'} ${scope.node.path} (sensitive).`,
  });
  registerContribution(scope, (topology) => {
    topology.authorizations.push({ key: scope.node.path, path: scope.node.path, ...parent });
    if (output) topology.outputs.push({ key: output.node.path, path: output.node.path, carriesSecret: true, sensitive: true });
  });
  return output;
}

/**
 * An authorization on a circuit: a key that lets a VNet gateway in another subscription
 * connect. The key is sensitive and only leaves as a sensitive output.
 */
export class ExpressRouteCircuitAuthorization extends ExpressRouteConstruct {
  /** The azurerm resource, for overrides. */
  public readonly resource: ExpressRouteCircuitAuthorizationResource;
  /** The sensitive output carrying the key, unless `outputKey` is false. */
  public readonly output?: TerraformOutput;

  /** The authorization key (sensitive). @attribute */
  public get authorizationKey(): string {
    return (this.authorizationKeyToken ??= this.resource.authorizationKey);
  }
  private authorizationKeyToken?: string;

  constructor(scope: Construct, id: string, props: ExpressRouteCircuitAuthorizationProps) {
    super(scope, id);
    this.resource = construct(ExpressRouteCircuitAuthorizationResource, [this, 'Resource', {
      name: props.name ?? id,
      expressRouteCircuitName: props.circuit.circuitName,
      resourceGroupName: props.circuit.resourceGroupName,
    }], trackingConstructor(ExpressRouteCircuitAuthorizationResource));
    this.output = describeAuthorization(this, props, this.authorizationKey, { circuitKey: props.circuit.node.path });
  }
}

/**
 * An authorization on a Direct port pair: lets another subscription create a circuit on the
 * port. The key is sensitive and only leaves as a sensitive output.
 */
export class ExpressRoutePortAuthorization extends ExpressRouteConstruct {
  /** The azurerm resource, for overrides. */
  public readonly resource: ExpressRoutePortAuthorizationResource;
  /** The sensitive output carrying the key, unless `outputKey` is false. */
  public readonly output?: TerraformOutput;

  /** The authorization key (sensitive). @attribute */
  public get authorizationKey(): string {
    return (this.authorizationKeyToken ??= this.resource.authorizationKey);
  }
  private authorizationKeyToken?: string;

  constructor(scope: Construct, id: string, props: ExpressRoutePortAuthorizationProps) {
    super(scope, id);
    this.resource = construct(ExpressRoutePortAuthorizationResource, [this, 'Resource', {
      name: props.name ?? id,
      expressRoutePortName: props.port.portName,
      resourceGroupName: props.port.resourceGroupName,
    }], trackingConstructor(ExpressRoutePortAuthorizationResource));
    this.output = describeAuthorization(this, props, this.authorizationKey, { portKey: props.port.node.path });
  }
}
