import { constructError } from '../errors';
import { Sources } from '../catalog/sources';
import { IConstruct } from '../core/framework';
import { PORT_BRING_UP_STAGES, PortBringUpStage } from '../model/topology';

/** Context key (cdktf.json `context`) that sets the bring-up stage of every Metro Direct port. */
export const PORT_BRING_UP_STAGE_CONTEXT = 'portBringUpStage';
/** Environment variable that sets it: `PORT_BRING_UP_STAGE=link1-enabled cdktf synth`. */
export const PORT_BRING_UP_STAGE_ENV = 'PORT_BRING_UP_STAGE';

/**
 * The stage from props, else context, else environment; undefined when none is set (the port
 * behaves as it did before stages existed).
 */
export function bringUpStageOf(scope: IConstruct, stage?: PortBringUpStage): PortBringUpStage | undefined {
  const value = stage ?? scope.node.tryGetContext(PORT_BRING_UP_STAGE_CONTEXT) ?? process.env[PORT_BRING_UP_STAGE_ENV];
  if (value === undefined || value === '') return undefined;
  if (!(PORT_BRING_UP_STAGES as readonly string[]).includes(String(value))) {
    throw constructError(scope, {
      ruleId: 'CONSTRUCT012', property: 'bringUpStage', value, message: `"${String(value)}" is not a bring-up stage of a Direct port.`,
      fix: `Use ${PORT_BRING_UP_STAGES.join(', ')} (prop, context key ${PORT_BRING_UP_STAGE_CONTEXT} or ${PORT_BRING_UP_STAGE_ENV}).`,
      source: Sources.DIRECT_HOWTO,
    });
  }
  return value as PortBringUpStage;
}
