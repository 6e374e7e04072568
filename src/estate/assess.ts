/**
 * Assesses an estate as Azure reports it: the Terraform it corresponds to is judged by the same
 * reader, rules and reports as any configuration, and each finding is told about the Azure
 * resource it concerns. For every gateway at Standard resiliency it lists the Metro options in
 * the same city from the catalog.
 */
import { MetroCatalog } from '../catalog/metro-catalog';
import { MetroData } from '../catalog/types';
import { RuleRegistry } from '../rules/registry';
import { TopologyIndex } from '../rules/rule';
import { ExpressRouteReport } from '../report/report';
import { lintJson } from '../terraform/lint';
import { AzureEstate } from './azure-json';
import { EstateConfiguration, estateConfiguration, estateProviderVersion, estateTerraformJson } from './to-terraform';

/** Options of an assessment. */
export interface AssessOptions {
  /**
   * The Metro catalog.
   * @default MetroCatalog.builtIn()
   */
  readonly catalog?: MetroCatalog;
  /**
   * The rules.
   * @default RuleRegistry.builtIn()
   */
  readonly registry?: RuleRegistry;
  /**
   * The azurerm version constraint the adopted estate will be managed with.
   * @default - the library's default constraint
   */
  readonly providerVersion?: string;
}

/** A Metro option for a circuit of a Standard-resiliency gateway. */
export interface MetroOption {
  /** The gateway (Azure id). */
  readonly gateway: string;
  /** The circuit (Azure id). */
  readonly circuit: string;
  /** The circuit's peering location today. */
  readonly peeringLocation: string;
  /** The circuit's provider today (undefined for a Direct circuit or when not reported). */
  readonly serviceProviderName?: string;
  /** The Metro in the same city, when the catalog has one. */
  readonly metro?: string;
  /** Its two peering locations. */
  readonly metroPeeringLocations: string[];
  /** Providers active at the Metro. */
  readonly activeProviders: string[];
  /** Providers announced there. */
  readonly announcedProviders: string[];
  /** ExpressRoute Direct at the Metro. */
  readonly expressRouteDirect?: boolean;
  /** Whether today's provider is active at the Metro. */
  readonly currentProviderActive?: boolean;
}

/** The assessment of an estate. */
export interface EstateAssessment {
  /** Each adopted resource: its Terraform address and Azure id. */
  readonly resources: Array<{ readonly address: string; readonly azureId: string; readonly terraformType: string }>;
  /** Findings, tiers and circuits connected nowhere; subjects are Azure ids. */
  readonly report: ExpressRouteReport;
  /** Metro options for the circuits of Standard-resiliency gateways. */
  readonly metroOptions: MetroOption[];
  /** What was skipped or not judged. */
  readonly notes: string[];
  /** The catalog date the options used. */
  readonly catalogAsOf: string;
  /** The configuration, for `generate`. */
  readonly configuration: EstateConfiguration;
}

/** Assesses an estate. */
export function assessEstate(estate: AzureEstate, options: AssessOptions = {}): EstateAssessment {
  const catalog = options.catalog ?? MetroCatalog.builtIn();
  const configuration = estateConfiguration(estate, catalog);
  const providerVersion = options.providerVersion ?? estateProviderVersion(configuration);
  const doc = estateTerraformJson(configuration, providerVersion);
  // The model the rules judged also gives the Metro options: the estate is mapped once.
  const { result: lint, topology } = lintJson(doc, 'estate.tf.json', { catalog, registry: options.registry, providerVersion });
  const idOf = new Map(configuration.resources.map((r) => [r.address, r.azureId]));
  const toId = (p: string) => idOf.get(p) ?? p;
  const report: ExpressRouteReport = {
    ...lint.report,
    findings: lint.report.findings.map((f) => ({ ...f, path: toId(f.path) })),
    resiliency: lint.report.resiliency.map((g) => ({ ...g, gateway: toId(g.gateway) })),
    unconnectedCircuits: lint.report.unconnectedCircuits.map(toId),
  };

  const index = new TopologyIndex(topology);
  const metroOptions: MetroOption[] = [];
  for (const g of lint.report.resiliency) {
    if (g.tier !== 'Standard') continue;
    for (const conn of index.connectionsOf(g.gateway)) {
      const circuit = index.circuit(conn.circuitKey);
      if (!circuit || circuit.peeringLocation === undefined) continue;
      const metro = metroOfCity(catalog, circuit.peeringLocation);
      const provider = circuit.serviceProviderName;
      metroOptions.push({
        gateway: toId(g.gateway), circuit: toId(circuit.path), peeringLocation: circuit.peeringLocation,
        serviceProviderName: provider,
        metro: metro?.name,
        metroPeeringLocations: metro?.peeringLocations ?? [],
        activeProviders: metro?.providers ?? [],
        announcedProviders: metro?.announcedProviders ?? [],
        expressRouteDirect: metro?.expressRouteDirect,
        currentProviderActive: metro && provider !== undefined
          ? metro.providers.some((p) => p.toLowerCase() === provider.toLowerCase()) : undefined,
      });
    }
  }
  return {
    resources: configuration.resources.map((r) => ({ address: r.address, azureId: r.azureId, terraformType: r.terraformType })),
    report, metroOptions,
    notes: [...configuration.notes, ...lint.notes],
    catalogAsOf: catalog.asOf,
    configuration,
  };
}

/** The Metro of the city a peering location is in (`Amsterdam` and `Amsterdam2` are in Amsterdam Metro). */
export function metroOfCity(catalog: MetroCatalog, peeringLocation: string): MetroData | undefined {
  const direct = catalog.tryFindMetroOfPeeringLocation(peeringLocation) ?? catalog.tryFindMetro(peeringLocation);
  if (direct) return direct;
  const city = peeringLocation.replace(/\d+$/, '').trim().toLowerCase();
  return catalog.metros.find((m) => m.city.toLowerCase() === city);
}
