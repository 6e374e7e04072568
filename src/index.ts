// Public API: named re-exports only. Every name here is planned (test/public-api.test.ts lists
// them); helpers the modules share (model builders, naming, synthesis hooks) stay internal.

export { Errors } from './errors';

// Catalog
export type {
  ErGwScaleData, GatewayFactsData, GatewaySkuData, GeopoliticalRegionData, GeopoliticalRegionsData, GlobalReachData,
  GlobalReachOnlyAtData, LocationProviderChange, MetroCatalogData, MetroCatalogOverlay, MetroData, MetroProviderChange,
  PeeringLocationData, PeeringLocationsData, PortLocationData, PortLocationsData, ProviderAliasData, ProviderAliasesData,
  ScaleUnitStepData,
} from './catalog/types';
export { MetroCatalog, ProviderAvailability } from './catalog/metro-catalog';
export type { PlaceFacts } from './catalog/metro-catalog';
export { Sources } from './catalog/sources';

// Topology model (what company rules read)
export {
  ConnectionPurpose, GatewayKind, MigrationPhase, PortBringUpStage, SecretInput,
} from './model/topology';
export type {
  AuthorizationNode, CircuitNode, CircuitPreviousValues, ConnectionNode, GatewayNode, GlobalReachNode, KeyVaultNode, LinkNode,
  ImportNode, MigrationNode, NamedResourceNode, NodeBase, OutputNode, PeeringNode, PortNode, RouteFilterNode, Topology,
} from './model/topology';
// Failure simulation (what fails if a site, metro, provider, port, link, router, zone or gateway fails)
export { simulateFailures } from './simulation/simulate';
export { Connectivity, ScenarioKind } from './simulation/types';
export type {
  FailureScenario, GatewayOutcome, GatewaySimulationSummary, ScenarioCuts, SimulationReport, SimulationSummary,
} from './simulation/types';

// Rules
export { Severity } from './rules/finding';
export type { Finding } from './rules/finding';
export { TopologyIndex } from './rules/rule';
export type { IRule, IRuleContext, ProblemReport, RuleBasis } from './rules/rule';
export { RuleRegistry } from './rules/registry';
export type { RuleInfo } from './rules/registry';
export { RuleEngine } from './rules/engine';
export type { RuleEngineOptions, Suppression, ValidationResult } from './rules/engine';
export { ResiliencyTier } from './rules/resiliency';
export type { GatewayResiliency } from './rules/resiliency';

// Constructs
export {
  CircuitSkuFamily, CircuitSkuTier, GatewaySku, MacsecCipher, MetroLocation, PortBillingType, PortEncapsulation,
  RequiredResiliency, ResiliencyModel,
} from './constructs/enums';
export type { IExpressRouteCircuit, IExpressRouteGateway, IExpressRoutePeering, IExpressRoutePort } from './constructs/interfaces';
export { ExpressRouteConstruct } from './constructs/base';
export type { DestroySafetyProps, ExpressRouteResourceProps } from './constructs/base';
export { ExpressRouteValidation } from './constructs/validation';
export { ExpressRouteCircuitBase } from './constructs/circuit-base';
export { ExpressRouteProviderCircuit } from './constructs/provider-circuit';
export type {
  CircuitSkuProps, ExpressRouteCircuitAttributes, ExpressRouteProviderCircuitProps, ProviderCircuitOptions,
} from './constructs/provider-circuit';
export { ExpressRouteMetroCircuit } from './constructs/metro-circuit';
export type { ExpressRouteMetroCircuitProps } from './constructs/metro-circuit';
export { ExpressRouteDirectPortBase, ExpressRouteMetroDirectPort } from './constructs/direct-port';
export type {
  ExpressRouteMetroDirectPortProps, ExpressRoutePortAttributes, MacsecOptions, MeetMeRoomDetails, PortLinkOptions, PortLoaOptions,
} from './constructs/direct-port';
export { AzapiResourceAction } from './constructs/azapi-resource-action';
export type { AzapiResourceActionConfig } from './constructs/azapi-resource-action';
export { ExpressRouteDirectCircuit } from './constructs/direct-circuit';
export type { DirectCircuitOptions, ExpressRouteDirectCircuitProps } from './constructs/direct-circuit';
export { ExpressRouteMicrosoftPeering, ExpressRoutePeeringBase, ExpressRoutePrivatePeering } from './constructs/peering';
export type {
  ExpressRouteMicrosoftPeeringProps, ExpressRoutePrivatePeeringProps, MicrosoftPeeringOptions, PeeringOptions,
  PrivatePeeringOptions,
} from './constructs/peering';
export { ExpressRouteCircuitAuthorization, ExpressRoutePortAuthorization } from './constructs/authorization';
export type {
  AuthorizationOptions, ExpressRouteCircuitAuthorizationProps, ExpressRoutePortAuthorizationProps,
} from './constructs/authorization';
export { ExpressRouteVirtualNetworkGateway } from './constructs/gateway';
export type {
  ExpressRouteGatewayAttributes, ExpressRouteVirtualNetworkGatewayProps, GatewayValidationProps,
} from './constructs/gateway';
export { ExpressRouteVirtualWanGateway } from './constructs/virtual-wan-gateway';
export type { ExpressRouteVirtualWanGatewayAttributes } from './constructs/virtual-wan-gateway';
export { ExpressRouteGatewayConnection } from './constructs/connection';
export type { ExpressRouteGatewayConnectionProps, GatewayConnectionOptions } from './constructs/connection';
export { ExpressRouteGlobalReach } from './constructs/global-reach';
export type { ExpressRouteGlobalReachProps, GlobalReachOptions } from './constructs/global-reach';
export { ExpressRouteCircuitMigration } from './constructs/migration';
export type { ExpressRouteCircuitMigrationProps } from './constructs/migration';

// Reports (the lint is the `expressroute-metro lint` command; TypeScript callers import its
// functions from `lib/terraform/lint`, which jsii could not export anyway)
export type { ExpressRouteReport, GatewayResiliencyReport, ReportSummary } from './report/report';
