import { Sources } from '../catalog/sources';
import { constructError } from '../errors';
import { AuthorizationOptions, ExpressRouteCircuitAuthorization } from './authorization';
import { ExpressRouteConstruct } from './base';
import { ExpressRouteGatewayConnection, GatewayConnectionOptions } from './connection';
import { ExpressRouteGlobalReach, GlobalReachOptions } from './global-reach';
import { IExpressRouteCircuit, IExpressRouteGateway, IExpressRoutePeering } from './interfaces';
import {
  ExpressRouteMicrosoftPeering, ExpressRoutePeeringBase, ExpressRoutePrivatePeering, MicrosoftPeeringOptions, PrivatePeeringOptions,
} from './peering';
import { withProps } from '../util/objects';

/**
 * What every circuit offers, managed or imported: peerings, authorizations, gateway
 * connections and Global Reach.
 */
export abstract class ExpressRouteCircuitBase extends ExpressRouteConstruct implements IExpressRouteCircuit {
  /** The circuit id. @attribute */
  public abstract readonly circuitId: string;
  /** The circuit name. @attribute */
  public abstract readonly circuitName: string;
  /** The resource group. @attribute */
  public abstract readonly resourceGroupName: string;

  private privatePeeringConstruct?: ExpressRoutePrivatePeering;
  private microsoftPeeringConstruct?: ExpressRouteMicrosoftPeering;

  /** The private peering, once added. */
  public get privatePeering(): IExpressRoutePeering | undefined {
    return this.privatePeeringConstruct;
  }

  /** The Microsoft peering, once added. */
  public get microsoftPeering(): ExpressRouteMicrosoftPeering | undefined {
    return this.microsoftPeeringConstruct;
  }

  /**
   * The private peering's resource id, when known: the added private peering's. An imported
   * circuit without a peering construct here gives the id Azure gives every private peering
   * (`<circuitId>/peerings/AzurePrivatePeering`).
   */
  public get privatePeeringId(): string | undefined {
    return this.privatePeeringConstruct?.peeringId;
  }

  /** Adds the private peering. A circuit has one: a second call fails (PEER012). */
  public addPrivatePeering(id: string, options: PrivatePeeringOptions): ExpressRoutePrivatePeering {
    this.requireNoPeering(this.privatePeeringConstruct, 'privatePeering', 'addPrivatePeering', id);
    const peering = new ExpressRoutePrivatePeering(this, id, withProps(options, { circuit: this }));
    this.privatePeeringConstruct = peering;
    return peering;
  }

  /** Adds the Microsoft peering. A circuit has one: a second call fails (PEER012). */
  public addMicrosoftPeering(id: string, options: MicrosoftPeeringOptions): ExpressRouteMicrosoftPeering {
    this.requireNoPeering(this.microsoftPeeringConstruct, 'microsoftPeering', 'addMicrosoftPeering', id);
    const peering = new ExpressRouteMicrosoftPeering(this, id, withProps(options, { circuit: this }));
    this.microsoftPeeringConstruct = peering;
    return peering;
  }

  /** Adds an authorization; its key is a sensitive output. */
  public addAuthorization(id: string, options: AuthorizationOptions = {}): ExpressRouteCircuitAuthorization {
    return new ExpressRouteCircuitAuthorization(this, id, withProps(options, { circuit: this }));
  }

  /** Connects the circuit to a VNet gateway or a Virtual WAN ExpressRoute gateway. */
  public connectTo(id: string, gateway: IExpressRouteGateway, options: GatewayConnectionOptions = {}): ExpressRouteGatewayConnection {
    return new ExpressRouteGatewayConnection(this, id, withProps(options, { circuit: this, gateway }));
  }

  /** Links this circuit's private peering to another circuit's with Global Reach. */
  public addGlobalReach(id: string, options: GlobalReachOptions): ExpressRouteGlobalReach {
    return new ExpressRouteGlobalReach(this, id, withProps(options, { circuit: this }));
  }

  /** Azure keeps one peering of each type per circuit; a second one would overwrite the first. */
  private requireNoPeering(existing: ExpressRoutePeeringBase | undefined, property: string, method: string, id: string): void {
    if (!existing) return;
    throw constructError(this, {
      ruleId: 'PEER012', property, value: id,
      message: `The circuit already has a ${existing.peeringType} (${existing.node.path}); "creating multiple peerings of the same type will overwrite the original peering".`,
      fix: `Call ${method} once per circuit; change the options of ${existing.node.path} instead.`,
      source: Sources.AZURERM_PEERING,
    });
  }
}
