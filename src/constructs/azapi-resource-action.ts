import { Construct, TerraformResource, TerraformStack } from '../core/framework';

/**
 * The azapi provider this library writes when a construct opts into it. `sensitive_response_export_values`
 * is in azapi's resource_action schema from the 2.x line (registry docs of azure/azapi 2.4.0,
 * resources/resource_action#sensitive_response_export_values).
 */
export const AZAPI_PROVIDER_SOURCE = 'Azure/azapi';
/** The azapi version constraint written with `required_providers` (2.4 or later within 2.x). */
export const AZAPI_VERSION_CONSTRAINT = '>= 2.4.0, < 3.0.0';

/** Arguments of `azapi_resource_action` (registry.terraform.io/providers/Azure/azapi/latest/docs/resources/resource_action). */
export interface AzapiResourceActionConfig {
  /** `<resource-type>@<api-version>`, e.g. `Microsoft.Network/expressRoutePorts@2022-05-01`. */
  readonly type: string;
  /** The id of the resource the action runs on. */
  readonly resourceId: string;
  /** The action name, appended to the resource id (`generateLoa`). */
  readonly action: string;
  /**
   * HTTP method.
   * @default 'POST' (azapi's default)
   */
  readonly method?: string;
  /**
   * The request body (an HCL object in azapi 2.x).
   * @default - no body
   */
  readonly body?: Record<string, unknown>;
  /**
   * Response paths exported in `output`.
   * @default - none
   */
  readonly responseExportValues?: string[];
  /**
   * Response paths exported in `sensitive_output` (a sensitive attribute).
   * @default - none
   */
  readonly sensitiveResponseExportValues?: string[];
}

/**
 * A typed L1 for azapi's `azapi_resource_action` (no prebuilt cdktf bindings are used): it runs
 * an ARM action on an existing resource at apply. Creating one adds azapi to the stack's
 * `required_providers`; nothing else in the library does.
 */
export class AzapiResourceAction extends TerraformResource {
  /** The Terraform resource type. */
  public static readonly tfResourceType = 'azapi_resource_action';

  private readonly config: AzapiResourceActionConfig;

  constructor(scope: Construct, id: string, config: AzapiResourceActionConfig) {
    // No generator metadata: cdktf would then demand a provider construct, and azapi needs no
    // configuration (Terraform uses an empty provider "azapi" block; add your own to configure it).
    super(scope, id, { terraformResourceType: AzapiResourceAction.tfResourceType });
    this.config = config;
    TerraformStack.of(this).addOverride('terraform.required_providers.azapi', {
      source: AZAPI_PROVIDER_SOURCE, version: AZAPI_VERSION_CONSTRAINT,
    });
  }

  /** One value of `sensitive_output` by its response path (a sensitive reference). */
  public sensitiveOutput(path: string): string {
    return this.getStringAttribute(`sensitive_output.${path}`);
  }

  /** One value of `output` by its response path. */
  public output(path: string): string {
    return this.getStringAttribute(`output.${path}`);
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return {
      type: this.config.type,
      resource_id: this.config.resourceId,
      action: this.config.action,
      method: this.config.method,
      body: this.config.body,
      response_export_values: this.config.responseExportValues,
      sensitive_response_export_values: this.config.sensitiveResponseExportValues,
    };
  }
}
