/**
 * What the failure simulation reports: plain data, as the report JSON and the `simulate`
 * command print it.
 */

/** A kind of failure domain. */
export enum ScenarioKind {
  /** One peering location (a site). */
  SITE = 'site',
  /** One metro: both peering locations of one city. */
  METRO = 'metro',
  /** One connectivity provider, everywhere. */
  PROVIDER = 'provider',
  /** One ExpressRoute Direct port pair (both links). */
  PORT = 'port',
  /** One link: a Direct port's link1 or link2, or a provider circuit's primary or secondary link. */
  LINK = 'link',
  /** One customer edge router (only routers the configuration names). */
  CUSTOMER_EDGE = 'customer-edge',
  /** One availability zone of a gateway's region. */
  ZONE = 'zone',
  /** The gateway itself. */
  GATEWAY = 'gateway',
  /** Two sites at once (N-2), only for gateways that require Maximum resiliency. */
  SITE_PAIR = 'site-pair',
}

/** Whether a gateway still reaches on-premises. */
export enum Connectivity {
  /** At least one path is known to survive. */
  YES = 'yes',
  /** Every path is known to be cut. */
  NO = 'no',
  /** No path is known to survive, and some depend on values not known before apply. */
  UNKNOWN = 'unknown',
}

/** What one scenario does to one gateway. */
export interface GatewayOutcome {
  /** The gateway's path or address. */
  readonly gateway: string;
  /** Paths (connection, circuit, link) before the failure. */
  readonly pathsBefore: number;
  /** Paths known to survive. */
  readonly pathsAfter: number;
  /** Paths whose fate depends on values not known before apply (neither counted as lost nor as kept). */
  readonly pathsUnknown: number;
  /**
   * Guaranteed capacity before the failure: each circuit's purchased bandwidth (never the
   * burst), Direct circuits bounded by their port's links.
   * @default - unknown (a bandwidth or a location is not known)
   */
  readonly capacityMbpsBefore?: number;
  /**
   * Guaranteed capacity after the failure.
   * @default - unknown (a bandwidth or a location is not known)
   */
  readonly capacityMbpsAfter?: number;
  /** Whether the gateway still reaches on-premises. */
  readonly connected: Connectivity;
}

/** One failure (N-1) or one pair of failures (N-2) and the gateways it touches. */
export interface FailureScenario {
  /** `kind:target`, stable across runs. */
  readonly id: string;
  /** The kind of failure domain. */
  readonly kind: ScenarioKind;
  /** What fails: a site, metro, provider, port, link, router, region's zone or gateway. */
  readonly target: string;
  /** 1 (N-1) or 2 (N-2). */
  readonly failures: number;
  /** The gateways whose paths run through what fails, sorted by path. Others keep everything. */
  readonly gateways: GatewayOutcome[];
}

/** One gateway over every scenario. */
export interface GatewaySimulationSummary {
  /** The gateway's path or address. */
  readonly gateway: string;
  /**
   * The resiliency the gateway requires (`High`, `Maximum`).
   * @default - none required
   */
  readonly requiredResiliency?: string;
  /**
   * The capacity threshold set on the gateway.
   * @default - none set
   */
  readonly minimumCapacityMbpsUnderFailure?: number;
  /** Paths with nothing failed. */
  readonly pathsBefore: number;
  /**
   * Capacity with nothing failed.
   * @default - unknown
   */
  readonly capacityMbpsBefore?: number;
  /** Single failures other than the gateway itself that cut every path (scenario ids). */
  readonly disconnectedBy: string[];
  /** Single failures after which connectivity is unknown (scenario ids). */
  readonly unknownUnder: string[];
  /** Failure pairs (N-2) that cut every path (scenario ids). */
  readonly disconnectedByPairs: string[];
  /**
   * The least capacity known under any single failure other than the gateway itself.
   * @default - unknown, or no single failure touches the gateway
   */
  readonly worstCapacityMbpsUnderSingleFailure?: number;
}

/** Counts over the whole simulation. */
export interface SimulationSummary {
  /** Scenarios in the result. */
  readonly scenarios: number;
  /** Of which single failures. */
  readonly singleFailures: number;
  /** Of which pairs of failures. */
  readonly doubleFailures: number;
  /** Per gateway, sorted by path. */
  readonly gateways: GatewaySimulationSummary[];
}

/** The failure simulation of a topology. */
export interface SimulationReport {
  /** Every scenario, sorted by kind then target. */
  readonly scenarios: FailureScenario[];
  /** Summary. */
  readonly summary: SimulationSummary;
}

/** What one scenario cuts, to mark on the topology diagram. */
export interface ScenarioCuts {
  /** Failed sites, lower case. */
  readonly sites: string[];
  /** Keys of the ports, circuits and gateways left with no working link. */
  readonly nodes: string[];
}
