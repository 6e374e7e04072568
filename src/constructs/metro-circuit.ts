import { Construct } from '../core/framework';
import { MetroLocation } from './enums';
import { ExpressRouteProviderCircuit, ProviderCircuitOptions } from './provider-circuit';
import { ExpressRouteValidation } from './validation';
import { withProps } from '../util/objects';

/** Props of an ExpressRoute Metro circuit through a provider. */
export interface ExpressRouteMetroCircuitProps extends ProviderCircuitOptions {
  /**
   * The metro (`MetroLocation.AMSTERDAM`, or `MetroLocation.custom('Amsterdam Metro')`). The
   * circuit's `peering_location` is the Metro name; its two links land at City and City2.
   * Changing it replaces the circuit.
   */
  readonly metro: MetroLocation;
}

/**
 * An ExpressRoute Metro circuit: one circuit whose two links land at the two peering
 * locations of one metro (High resiliency), through a connectivity provider.
 *
 * The metro and the provider are checked against the Metro catalog at synth (METRO001-003).
 *
 * @example
 * const circuit = new ExpressRouteMetroCircuit(stack, 'Circuit', {
 *   resourceGroupName: 'rg-network', location: 'West Europe',
 *   metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000,
 * });
 */
export class ExpressRouteMetroCircuit extends ExpressRouteProviderCircuit {
  /** The metro. */
  public readonly metro: MetroLocation;

  constructor(scope: Construct, id: string, props: ExpressRouteMetroCircuitProps) {
    super(scope, id, withProps(props, { peeringLocation: props.metro.value }));
    this.metro = props.metro;
  }

  /**
   * The two peering locations behind the metro (`['Amsterdam', 'Amsterdam2']`) from the
   * catalog in force; one entry where Azure does not document the second, none for an
   * unknown metro.
   */
  public get peeringLocations(): string[] {
    return ExpressRouteValidation.of(this).catalog.tryFindMetro(this.metro.value)?.peeringLocations ?? [];
  }

  protected declaresMetro(): boolean {
    return true;
  }
}
