import { Measurement, MeasurementArgs, OwnedIndicator } from '@par/platform';
import { Directive, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A plan target measured by egov-services from one-stop, online-service and survey data (chỉ tiêu hiện đại hóa hành chính, TTHC); `code` is the target code.' })
@Directive('@key(fields: "code")')
export class EgovIndicator extends OwnedIndicator {}

export { Measurement, MeasurementArgs };
