import { MetroCatalog } from '../src/catalog/metro-catalog';
import { emptyTopology, GatewayKind, SecretInput, Topology } from '../src/model/topology';

/**
 * A synthetic topology: `circuits` circuits (half provider Metro circuits, half on Direct
 * ports of 10 circuits each), two peerings per circuit, gateways of 4 circuits each.
 */
export function syntheticTopology(circuits: number): Topology {
  const t = emptyTopology();
  const metros = MetroCatalog.builtIn().metros.filter((m) => m.providers.length > 0 && m.expressRouteDirect);
  const providerCount = Math.floor(circuits / 2);
  for (let i = 0; i < circuits; i++) {
    const metro = metros[i % metros.length];
    const key = `c${i}`;
    if (i < providerCount) {
      t.circuits.push({
        key, path: key, location: metro.localAzureRegions[0] ?? 'West Europe', skuTier: 'Standard', skuFamily: 'MeteredData',
        serviceProviderName: metro.providers[i % metro.providers.length], peeringLocation: metro.name, bandwidthMbps: 1000, declaredMetro: true,
      });
    } else {
      const portIndex = Math.floor((i - providerCount) / 10);
      const portKey = `p${portIndex}`;
      if ((i - providerCount) % 10 === 0) {
        t.ports.push({
          key: portKey, path: portKey, metro: metro.name, peeringLocation: metro.name, location: 'West Europe',
          bandwidthGbps: 100, encapsulation: 'Dot1Q', billingType: 'MeteredData',
          links: [{ name: 'link1', adminEnabled: false }, { name: 'link2', adminEnabled: false }],
        });
      }
      t.circuits.push({ key, path: key, location: 'West Europe', skuTier: 'Standard', skuFamily: 'MeteredData', portKey, bandwidthGbps: 10 });
    }
    const a = (i * 8) % 65536;
    const net = `10.${Math.floor(i / 8192) % 256}.${Math.floor(a / 256)}.${a % 256}`;
    t.peerings.push({
      key: `${key}/private`, path: `${key}/private`, circuitKey: key, peeringType: 'AzurePrivatePeering',
      vlanId: 100 + (i % 10) * 2, peerAsn: 65010, primaryPeerAddressPrefix: `${net}/30`,
      secondaryPeerAddressPrefix: `10.${Math.floor(i / 8192) % 256}.${Math.floor(a / 256)}.${(a % 256) + 4}/30`, sharedKey: SecretInput.REFERENCE,
    });
    t.peerings.push({
      key: `${key}/microsoft`, path: `${key}/microsoft`, circuitKey: key, peeringType: 'MicrosoftPeering',
      vlanId: 101 + (i % 10) * 2, peerAsn: 34999, primaryPeerAddressPrefix: '203.0.113.0/30', secondaryPeerAddressPrefix: '203.0.113.4/30',
      advertisedPublicPrefixes: ['198.51.100.0/24'], hasRouteFilter: true,
    });
    const g = Math.floor(i / 4);
    if (i % 4 === 0) t.gateways.push({ key: `g${g}`, path: `g${g}`, kind: GatewayKind.VIRTUAL_NETWORK_GATEWAY, sku: 'ErGw2AZ', virtualNetwork: `v${g}` });
    t.connections.push({ key: `g${g}/${key}`, path: `g${g}/${key}`, gatewayKey: `g${g}`, circuitKey: key });
  }
  return t;
}
