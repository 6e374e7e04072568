import { Construct } from '../core/framework';
import { AuthorizationOptions, ExpressRouteCircuitAuthorization } from './authorization';
import { ExpressRouteConstruct } from './base';
import { ExpressRouteGatewayConnection, GatewayConnectionOptions } from './connection';
import { ExpressRouteGlobalReach, GlobalReachOptions } from './global-reach';
import { IExpressRouteCircuit, IExpressRouteGateway, IExpressRoutePeering } from './interfaces';
import {
  ExpressRouteMicrosoftPeering, ExpressRoutePrivatePeering, MicrosoftPeeringOptions, PrivatePeeringOptions,
} from './peering';

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

  constructor(scope: Construct, id: string) {
    super(scope, id);
  }

  /** The private peering, once added. */
  public get privatePeering(): IExpressRoutePeering | undefined {
    return this.privatePeeringConstruct;
  }

  /** The Microsoft peering, once added. */
  public get microsoftPeering(): ExpressRouteMicrosoftPeering | undefined {
    return this.microsoftPeeringConstruct;
  }

  /** Adds the private peering (one per circuit). */
  public addPrivatePeering(id: string, options: PrivatePeeringOptions): ExpressRoutePrivatePeering {
    const peering = new ExpressRoutePrivatePeering(this, id, { ...options, circuit: this });
    this.privatePeeringConstruct ??= peering;
    return peering;
  }

  /** Adds the Microsoft peering (one per circuit). */
  public addMicrosoftPeering(id: string, options: MicrosoftPeeringOptions): ExpressRouteMicrosoftPeering {
    const peering = new ExpressRouteMicrosoftPeering(this, id, { ...options, circuit: this });
    this.microsoftPeeringConstruct ??= peering;
    return peering;
  }

  /** Adds an authorization; its key is a sensitive output. */
  public addAuthorization(id: string, options: AuthorizationOptions = {}): ExpressRouteCircuitAuthorization {
    return new ExpressRouteCircuitAuthorization(this, id, { ...options, circuit: this });
  }

  /** Connects the circuit to a VNet gateway or a Virtual WAN ExpressRoute gateway. */
  public connectTo(id: string, gateway: IExpressRouteGateway, options: GatewayConnectionOptions = {}): ExpressRouteGatewayConnection {
    return new ExpressRouteGatewayConnection(this, id, { ...options, circuit: this, gateway });
  }

  /** Links this circuit's private peering to another circuit's with Global Reach. */
  public addGlobalReach(id: string, options: GlobalReachOptions): ExpressRouteGlobalReach {
    return new ExpressRouteGlobalReach(this, id, { ...options, circuit: this });
  }
}
