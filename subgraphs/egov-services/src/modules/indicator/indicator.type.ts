import { IndicatorContract, Measurement, MeasurementArgs, OwnedIndicator, OWNED_INDICATOR_KEY } from '@par/platform';
import { Directive, ObjectType } from 'type-graphql';

@ObjectType({
  implements: IndicatorContract,
  description: 'A plan target measured by egov-services from one-stop, online-service and survey data (chỉ tiêu hiện đại hóa hành chính, TTHC); `code` is the target code.',
})
@Directive(OWNED_INDICATOR_KEY)
export class EgovIndicator extends OwnedIndicator {}

export { Measurement, MeasurementArgs };
