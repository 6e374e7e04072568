import { UserAssignedIdentity } from '@cdktf/provider-azurerm/lib/user-assigned-identity';
import { App, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import {
  CircuitSkuTier, ExpressRouteMetroDirectPort, MacsecCipher, MetroLocation, PortEncapsulation,
} from '../../src';
import { PortBringUpStage } from '../../src/model/topology';
import { azurerm, hubNetwork } from '../shared';

/**
 * A 100G Metro Direct port pair at Amsterdam Metro with MACsec keys from Key Vault, and two
 * circuits on it (one Premium), each with a private peering.
 *
 * Bring-up: the port is at stage `link1-enabled` (link1 on, link2 off), overridable with
 * `PORT_BRING_UP_STAGE=<stage>`. The LOA is generated
 * through azapi (`terraform output -raw Port_loa | base64 -d > loa.pdf`); the Meet-Me-Room
 * details are `terraform output Port_link1_meet_me_room` / `Port_link2_meet_me_room`;
 * `port-runbook.md` and `handoff.md` are written next to cdk.tf.json.
 */
export class MetroDirectPortStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    azurerm(this);
    const location = 'West Europe';
    const { rg } = hubNetwork(this, 'er-direct-ams', location, '10.20.0.0/16', '10.20.255.0/27');

    // The port reads the MACsec CKN and CAK from Key Vault with this identity ("get" on secrets).
    const identity = new UserAssignedIdentity(this, 'MacsecIdentity', {
      name: 'id-erdirect-macsec', resourceGroupName: rg.name, location,
    });
    const ckn = new TerraformVariable(this, 'macsec_ckn_secret_id', {
      type: 'string', description: 'Key Vault secret id of the MACsec CKN.',
    });
    const cak = new TerraformVariable(this, 'macsec_cak_secret_id', {
      type: 'string', description: 'Key Vault secret id of the MACsec CAK.',
    });

    const port = new ExpressRouteMetroDirectPort(this, 'Port', {
      resourceGroupName: rg.name, location,
      metro: MetroLocation.AMSTERDAM, bandwidthGbps: 100, encapsulation: PortEncapsulation.DOT1Q,
      userAssignedIdentityId: identity.id,
      macsec: { cknSecretId: ckn.stringValue, cakSecretId: cak.stringValue, cipher: MacsecCipher.GCM_AES_XPN_256 },
      loa: { customerName: 'Contoso Ltd' },
      bringUpStage: (process.env.PORT_BRING_UP_STAGE as PortBringUpStage | undefined) ?? PortBringUpStage.LINK1_ENABLED,
    });

    const production = port.addCircuit('Production', { bandwidthGbps: 40, skuTier: CircuitSkuTier.PREMIUM });
    production.addPrivatePeering('PrivatePeering', {
      vlanId: 110, peerAsn: 65020,
      primaryPeerAddressPrefix: '192.168.110.0/30', secondaryPeerAddressPrefix: '192.168.110.4/30',
    });

    const nonProduction = port.addCircuit('NonProduction', { bandwidthGbps: 10 });
    nonProduction.addPrivatePeering('PrivatePeering', {
      vlanId: 120, peerAsn: 65020,
      primaryPeerAddressPrefix: '192.168.120.0/30', secondaryPeerAddressPrefix: '192.168.120.4/30',
    });

    new TerraformOutput(this, 'port_id', { value: port.portId });
    new TerraformOutput(this, 'link_peering_locations', { value: port.linkPeeringLocations });
  }
}

if (require.main === module) {
  const app = new App();
  new MetroDirectPortStack(app, 'metro-direct-port');
  app.synth();
}
