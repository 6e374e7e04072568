/**
 * The one place the library imports the CDK for Terraform core. The cdktn-expressroute-metro
 * build (`flavours/cdktn/build.js`) compiles the same source with the module names in `src/core`
 * swapped for CDK Terrain's (`cdktn`, `@cdktn/provider-azurerm`); nothing else changes.
 */
export {
  AnnotationMetadataEntryType, Annotations, App, Aspects, Fn, Lazy, Op, TerraformOutput, TerraformResource, TerraformStack, TerraformVariable,
  Testing, Token,
} from 'cdktf';
export type { IAspect, IResolvable, TerraformResourceLifecycle } from 'cdktf';
export { Construct } from 'constructs';
export type { IConstruct } from 'constructs';

/**
 * cdktf calls `onSynthesize(session)` on a construct that carries this symbol, before it writes
 * the stack (the hook behind `cdktf`'s own custom synthesis; a `cdktn` build names its own).
 */
export const CUSTOM_SYNTHESIS_SYMBOL = Symbol.for('cdktf/customSynthesis');
