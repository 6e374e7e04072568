/**
 * The one place the library imports the CDK for Terraform core. A CDK Terrain (`cdktn`) build
 * changes the module name here and nowhere else.
 */
export {
  Annotations, App, Aspects, Fn, Lazy, Op, TerraformOutput, TerraformResource, TerraformStack, TerraformVariable,
  Testing, Token,
} from 'cdktf';
export type { IAspect, IResolvable, TerraformResourceLifecycle } from 'cdktf';
export { Construct } from 'constructs';
export type { IConstruct } from 'constructs';
