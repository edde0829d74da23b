import { Measurement, MeasurementArgs, OwnedIndicator } from '@par/platform';
import { Directive, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How a civil-service target of the reform plan is measured from civil-servants data (chỉ tiêu xây dựng đội ngũ CBCCVC); `code` is the target code.' })
@Directive('@key(fields: "code")')
export class WorkforceIndicator extends OwnedIndicator {}

export { Measurement, MeasurementArgs };
