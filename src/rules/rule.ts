import { MetroCatalog } from '../catalog/metro-catalog';
import {
  CircuitNode, ConnectionNode, GatewayNode, NodeBase, PeeringNode, PortNode, Topology,
} from '../model/topology';
import { Severity } from './finding';

/** What a rule reports about one subject. */
export interface ProblemReport {
  /** The node the problem is about. */
  readonly subject: NodeBase;
  /** The property. */
  readonly property: string;
  /**
   * The value received (rendered for the finding; pass `HIDDEN_SECRET` for secrets).
   * @default - not set
   */
  readonly value?: unknown;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
}

/** What a rule gets: the topology, lookups over it, the catalog and a way to report. */
export interface IRuleContext {
  /** The whole topology. */
  readonly topology: Topology;
  /** Lookups over the topology. */
  readonly index: TopologyIndex;
  /** The Metro catalog in force. */
  readonly catalog: MetroCatalog;
  /** Reports a problem. */
  report(problem: ProblemReport): void;
}

/**
 * A rule: a pure check over the topology with a stable id.
 *
 * Company rules implement this interface and are added with `RuleRegistry.register`.
 */
export interface IRule {
  /** Stable id: a family and three digits (`METRO002`); company rules use their own prefix. */
  readonly id: string;
  /** Severity, fixed for every finding of the rule (one condition per rule id). */
  readonly severity: Severity;
  /** One-line title. */
  readonly title: string;
  /** Where the constraint is documented. */
  readonly source: string;
  /**
   * Whether a suppression may hide this rule's findings. The SEC rules are not: a suppressed
   * plain-text secret would still be written out.
   * @default true
   */
  readonly suppressible?: boolean;
  /**
   * What the rule rests on: the condition, the quoted sentence and the page revision
   * (`docs/rule-sources.md` is generated from it).
   * @default - not quoted yet
   */
  readonly basis?: RuleBasis;
  /** Runs the check and reports problems through the context. */
  check(ctx: IRuleContext): void;
}

/** The documented fact a rule enforces, quoted, so that a changed page is a diff. */
export interface RuleBasis {
  /** The condition the rule enforces, in one sentence. */
  readonly condition: string;
  /** The sentence quoted from the source, verbatim (`...` marks a cut; [brackets] describe a table or schema). */
  readonly quote: string;
  /** The page or file quoted, when it is not the rule's `source`. @default - the rule's source */
  readonly page?: string;
  /** The page's revision: `ms.date` for Microsoft Learn, a version or commit for azurerm. */
  readonly revision: string;
}

/** Lookups built once per run, so rules stay linear in the topology size. */
export class TopologyIndex {
  private readonly circuitsByKey = new Map<string, CircuitNode>();
  private readonly portsByKey = new Map<string, PortNode>();
  private readonly gatewaysByKey = new Map<string, GatewayNode>();
  private readonly peeringsByCircuit = new Map<string, PeeringNode[]>();
  private readonly circuitsByPort = new Map<string, CircuitNode[]>();
  private readonly connectionsByGateway = new Map<string, ConnectionNode[]>();
  private readonly connectionsByCircuit = new Map<string, ConnectionNode[]>();
  private readonly globalReachCountByCircuit = new Map<string, number>();

  constructor(topology: Topology) {
    for (const c of topology.circuits) this.circuitsByKey.set(c.key, c);
    for (const p of topology.ports) this.portsByKey.set(p.key, p);
    for (const g of topology.gateways) this.gatewaysByKey.set(g.key, g);
    for (const p of topology.peerings) if (p.circuitKey !== undefined) push(this.peeringsByCircuit, p.circuitKey, p);
    for (const c of topology.circuits) if (c.portKey !== undefined) push(this.circuitsByPort, c.portKey, c);
    for (const c of topology.connections) {
      if (c.gatewayKey !== undefined) push(this.connectionsByGateway, c.gatewayKey, c);
      if (c.circuitKey !== undefined) push(this.connectionsByCircuit, c.circuitKey, c);
    }
    for (const g of topology.globalReach) {
      for (const k of [g.circuitKey, g.peerCircuitKey]) {
        if (k !== undefined) this.globalReachCountByCircuit.set(k, (this.globalReachCountByCircuit.get(k) ?? 0) + 1);
      }
    }
  }

  /** The circuit with this key. */
  public circuit(key: string | undefined): CircuitNode | undefined {
    return key === undefined ? undefined : this.circuitsByKey.get(key);
  }

  /** The port with this key. */
  public port(key: string | undefined): PortNode | undefined {
    return key === undefined ? undefined : this.portsByKey.get(key);
  }

  /** The gateway with this key. */
  public gateway(key: string | undefined): GatewayNode | undefined {
    return key === undefined ? undefined : this.gatewaysByKey.get(key);
  }

  /** Peerings of a circuit. */
  public peeringsOf(circuitKey: string): PeeringNode[] {
    return this.peeringsByCircuit.get(circuitKey) ?? [];
  }

  /** Circuits on a port. */
  public circuitsOn(portKey: string): CircuitNode[] {
    return this.circuitsByPort.get(portKey) ?? [];
  }

  /** Connections of a gateway. */
  public connectionsOf(gatewayKey: string): ConnectionNode[] {
    return this.connectionsByGateway.get(gatewayKey) ?? [];
  }

  /** Connections that use a circuit. */
  public connectionsTo(circuitKey: string): ConnectionNode[] {
    return this.connectionsByCircuit.get(circuitKey) ?? [];
  }

  /** Number of Global Reach links a circuit takes part in. */
  public globalReachCount(circuitKey: string): number {
    return this.globalReachCountByCircuit.get(circuitKey) ?? 0;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Whether a property was given but is unknown before apply: rules do not judge it. */
export function isUnresolved(node: NodeBase, property: string): boolean {
  return node.unresolved !== undefined && node.unresolved.includes(property);
}
