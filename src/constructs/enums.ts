/**
 * Enum-like classes for Azure values. One convention for all: constants for the values Azure
 * documents, `custom(value)` where Terraform takes an open value (Azure adds values after a
 * release; the rule engine still judges them), and `.value` for the string written.
 */

/**
 * An ExpressRoute Metro location, as Azure spells it (`Amsterdam Metro`).
 *
 * The constants mirror the built-in catalog (Sources.METRO, 05/10/2026); `custom()` takes any
 * name, which the validation checks against the catalog in force (so an overlay can add one).
 * Constructs write the catalog's spelling of a known metro (`amsterdam` becomes `Amsterdam Metro`).
 */
export class MetroLocation {
  /** Amsterdam Metro. */
  public static readonly AMSTERDAM = new MetroLocation('Amsterdam Metro');
  /** Atlanta Metro. */
  public static readonly ATLANTA = new MetroLocation('Atlanta Metro');
  /** Brussels Metro. */
  public static readonly BRUSSELS = new MetroLocation('Brussels Metro');
  /** Chicago Metro. */
  public static readonly CHICAGO = new MetroLocation('Chicago Metro');
  /** Copenhagen Metro. */
  public static readonly COPENHAGEN = new MetroLocation('Copenhagen Metro');
  /** Dallas Metro. */
  public static readonly DALLAS = new MetroLocation('Dallas Metro');
  /** Dublin Metro. */
  public static readonly DUBLIN = new MetroLocation('Dublin Metro');
  /** Frankfurt Metro. */
  public static readonly FRANKFURT = new MetroLocation('Frankfurt Metro');
  /** Hong Kong Metro. */
  public static readonly HONG_KONG = new MetroLocation('Hong Kong Metro');
  /** Jakarta Metro. */
  public static readonly JAKARTA = new MetroLocation('Jakarta Metro');
  /** Johannesburg Metro. */
  public static readonly JOHANNESBURG = new MetroLocation('Johannesburg Metro');
  /** Madrid Metro. */
  public static readonly MADRID = new MetroLocation('Madrid Metro');
  /** Melbourne Metro. */
  public static readonly MELBOURNE = new MetroLocation('Melbourne Metro');
  /** Milan Metro. */
  public static readonly MILAN = new MetroLocation('Milan Metro');
  /** Mumbai Metro. */
  public static readonly MUMBAI = new MetroLocation('Mumbai Metro');
  /** New York Metro. */
  public static readonly NEW_YORK = new MetroLocation('New York Metro');
  /** Oslo Metro. */
  public static readonly OSLO = new MetroLocation('Oslo Metro');
  /** Paris Metro. */
  public static readonly PARIS = new MetroLocation('Paris Metro');
  /** Phoenix Metro. */
  public static readonly PHOENIX = new MetroLocation('Phoenix Metro');
  /** Silicon Valley Metro. */
  public static readonly SILICON_VALLEY = new MetroLocation('Silicon Valley Metro');
  /** Singapore Metro. */
  public static readonly SINGAPORE = new MetroLocation('Singapore Metro');
  /** Stockholm Metro. */
  public static readonly STOCKHOLM = new MetroLocation('Stockholm Metro');
  /** Sydney Metro. */
  public static readonly SYDNEY = new MetroLocation('Sydney Metro');
  /** Taipei Metro. */
  public static readonly TAIPEI = new MetroLocation('Taipei Metro');
  /** Toronto Metro. */
  public static readonly TORONTO = new MetroLocation('Toronto Metro');
  /** Vienna Metro. */
  public static readonly VIENNA = new MetroLocation('Vienna Metro');
  /** Washington DC Metro. */
  public static readonly WASHINGTON_DC = new MetroLocation('Washington DC Metro');
  /** Zurich Metro. */
  public static readonly ZURICH = new MetroLocation('Zurich Metro');

  /** A Metro by name (`Amsterdam Metro`) or city (`Amsterdam`); checked at synth. */
  public static custom(nameOrCity: string): MetroLocation {
    const trimmed = nameOrCity.trim();
    return new MetroLocation(/ metro$/i.test(trimmed) ? trimmed : `${trimmed} Metro`);
  }

  /**
   * A Metro by name or city.
   * @deprecated use `MetroLocation.custom()`, the name every enum-like class here uses
   */
  public static of(name: string): MetroLocation {
    return MetroLocation.custom(name);
  }

  private constructor(
    /** The Metro name, also the circuit's `peering_location`. */
    public readonly value: string,
  ) {}

  /**
   * The Metro name.
   * @deprecated use `.value`, the name every enum-like class here uses
   */
  public get name(): string {
    return this.value;
  }

  /** The Metro name. */
  public toString(): string {
    return this.value;
  }
}

/** Circuit SKU tier. Source: Sources.CIRCUIT_HOWTO. */
export class CircuitSkuTier {
  /** Access to the Azure regions near the metro; egress included; always UnlimitedData; no Global Reach. */
  public static readonly LOCAL = new CircuitSkuTier('Local');
  /** All Azure regions in the geopolitical region. */
  public static readonly STANDARD = new CircuitSkuTier('Standard');
  /** Global connectivity, more routes and VNet links, Microsoft 365. */
  public static readonly PREMIUM = new CircuitSkuTier('Premium');
  /** Any other tier string (validated at synth). */
  public static custom(value: string): CircuitSkuTier {
    return new CircuitSkuTier(value);
  }
  private constructor(/** The wire value. */ public readonly value: string) {}
}

/** Circuit SKU family (billing model). Source: Sources.CIRCUIT_HOWTO. */
export class CircuitSkuFamily {
  /** Outbound data billed per GB. */
  public static readonly METERED_DATA = new CircuitSkuFamily('MeteredData');
  /** Flat rate; cannot be changed back to MeteredData. */
  public static readonly UNLIMITED_DATA = new CircuitSkuFamily('UnlimitedData');
  /** Any other family string (validated at synth). */
  public static custom(value: string): CircuitSkuFamily {
    return new CircuitSkuFamily(value);
  }
  private constructor(/** The wire value. */ public readonly value: string) {}
}

/** ExpressRoute Direct port encapsulation; fixed at creation. Source: Sources.DIRECT. */
export class PortEncapsulation {
  /** One VLAN space for the whole port pair: C-Tags unique across all circuits. */
  public static readonly DOT1Q = new PortEncapsulation('Dot1Q');
  /** An S-Tag per circuit: C-Tags unique within a circuit only. */
  public static readonly QINQ = new PortEncapsulation('QinQ');
  /** Any other value (validated at synth). */
  public static custom(value: string): PortEncapsulation {
    return new PortEncapsulation(value);
  }
  private constructor(/** The wire value. */ public readonly value: string) {}
}

/** ExpressRoute Direct port billing type. Source: Sources.DIRECT. */
export class PortBillingType {
  /** Metered data. */
  public static readonly METERED_DATA = new PortBillingType('MeteredData');
  /** Unlimited data. */
  public static readonly UNLIMITED_DATA = new PortBillingType('UnlimitedData');
  /** Any other value (validated at synth). */
  public static custom(value: string): PortBillingType {
    return new PortBillingType(value);
  }
  private constructor(/** The wire value. */ public readonly value: string) {}
}

/** MACsec cipher. Source: Sources.MACSEC. */
export class MacsecCipher {
  /** GCM-AES-128. */
  public static readonly GCM_AES_128 = new MacsecCipher('GcmAes128');
  /** GCM-AES-256. */
  public static readonly GCM_AES_256 = new MacsecCipher('GcmAes256');
  /** GCM-AES-XPN-128: recommended on high-speed links (azurerm 4.60.0+). */
  public static readonly GCM_AES_XPN_128 = new MacsecCipher('GcmAesXpn128');
  /** GCM-AES-XPN-256: recommended on high-speed links (azurerm 4.60.0+). */
  public static readonly GCM_AES_XPN_256 = new MacsecCipher('GcmAesXpn256');
  /** Any other value (validated at synth). */
  public static custom(value: string): MacsecCipher {
    return new MacsecCipher(value);
  }
  private constructor(/** The wire value. */ public readonly value: string) {}
}

/** ExpressRoute virtual network gateway SKU. Source: Sources.GATEWAYS. */
export class GatewaySku {
  /** 4 circuits; not zone-redundant. */
  public static readonly STANDARD = new GatewaySku('Standard');
  /** 8 circuits; not zone-redundant. */
  public static readonly HIGH_PERFORMANCE = new GatewaySku('HighPerformance');
  /** 16 circuits, FastPath; not zone-redundant. */
  public static readonly ULTRA_PERFORMANCE = new GatewaySku('UltraPerformance');
  /** 4 circuits; zone-redundant. */
  public static readonly ERGW1AZ = new GatewaySku('ErGw1AZ');
  /** 8 circuits; zone-redundant. */
  public static readonly ERGW2AZ = new GatewaySku('ErGw2AZ');
  /** 16 circuits, FastPath; zone-redundant. */
  public static readonly ERGW3AZ = new GatewaySku('ErGw3AZ');
  /** Scalable gateway (1-40 scale units); azurerm 4.56.0+. */
  public static readonly ERGWSCALE = new GatewaySku('ErGwScale');
  /** Any other value (validated at synth). */
  public static custom(value: string): GatewaySku {
    return new GatewaySku(value);
  }
  private constructor(/** The wire value. */ public readonly value: string) {}
}

/** A resiliency tier a gateway must reach (this library's requirement, so no `custom()`). Source: Sources.RESILIENCY_DESIGN. */
export class RequiredResiliency {
  /** Circuits at two or more distinct peering locations. */
  public static readonly MAXIMUM = new RequiredResiliency('Maximum');
  /** At least ExpressRoute Metro. */
  public static readonly HIGH = new RequiredResiliency('High');
  private constructor(/** The tier name. */ public readonly value: string) {}
}

/**
 * The Resiliency Guard model of a VNet gateway (the gateway's `resiliencyModel` property,
 * Microsoft.Network 2025-01-01; azurerm has no argument for it, so it is declared here for the
 * validation only and never written: no `custom()`). Source: Sources.RESILIENCY_GUARD.
 */
export class ResiliencyModel {
  /**
   * Azure keeps the gateway's connections at two or more circuits in different peering
   * locations, or one or more Metro circuits (DUAL004 checks it).
   */
  public static readonly MULTI_HOMED = new ResiliencyModel('MultiHomed');
  /** No resiliency requirement on the gateway's connections. */
  public static readonly SINGLE_HOMED = new ResiliencyModel('SingleHomed');
  private constructor(/** The wire value. */ public readonly value: string) {}
}
