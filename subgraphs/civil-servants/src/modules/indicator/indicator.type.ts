import { IndicatorContract, Measurement, MeasurementArgs, OwnedIndicator, OWNED_INDICATOR_KEY } from '@par/platform';
import { Directive, ObjectType } from 'type-graphql';

@ObjectType({
  implements: IndicatorContract,
  description: 'How a civil-service target of the reform plan is measured from civil-servants data (chỉ tiêu xây dựng đội ngũ CBCCVC); `code` is the target code.',
})
@Directive(OWNED_INDICATOR_KEY)
export class WorkforceIndicator extends OwnedIndicator {}

export { Measurement, MeasurementArgs };
