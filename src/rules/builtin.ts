import { BW_RULES } from './families/bandwidth';
import { DUAL_RULES } from './families/dual';
import { GR_RULES } from './families/global-reach';
import { GW_RULES } from './families/gateway';
import { LOCATION_REACH_RULES } from './families/location-reach';
import { METRO_RULES } from './families/metro';
import { MIG_RULES } from './families/migration';
import { PEER_RULES } from './families/peering';
import { MACSEC_RULES, PORT_RULES } from './families/port';
import { NAMING_RULES } from './families/naming';
import { PLAN_RULES } from './families/plan';
import { PORT_BRING_UP_RULES } from './families/port-bring-up';
import { PROVIDER_VERSION_RULES } from './families/provider';
import { SEC_RULES } from './families/security';
import { SIMULATION_RULES } from './families/simulation';
import { SKU_RULES } from './families/sku';
import { RULE_BASIS } from './basis';
import { IRule } from './rule';

/** Every built-in rule, family by family, with what it rests on (`RULE_BASIS`). */
export const BUILTIN_RULES: IRule[] = [
  ...METRO_RULES, ...DUAL_RULES, ...BW_RULES, ...SKU_RULES, ...PORT_RULES, ...MACSEC_RULES,
  ...PEER_RULES, ...SEC_RULES, ...GW_RULES, ...GR_RULES, ...MIG_RULES, ...PROVIDER_VERSION_RULES, ...PLAN_RULES,
  ...LOCATION_REACH_RULES, ...NAMING_RULES, ...SIMULATION_RULES, ...PORT_BRING_UP_RULES,
].map((r) => (r.basis !== undefined || RULE_BASIS[r.id] === undefined ? r : { ...r, basis: RULE_BASIS[r.id] }));
