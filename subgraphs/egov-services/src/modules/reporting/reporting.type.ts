import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@par/platform';
import { DocumentDirection, SectorIndicator } from './reporting.enums';

@ObjectType({ description: "A sector office's yearly e-transaction figure (số liệu giao dịch điện tử của ngành)." })
export class SectorStatistic {
  @Field(() => SectorIndicator, { description: 'Which figure.' })
  indicator!: SectorIndicator;

  @Field(() => Int, { description: 'Year (năm).' })
  year!: number;

  @Field(() => ID, { description: 'Reporting agency.' })
  reportingAgencyId!: string;

  @Field(() => Int, { description: 'Count done electronically.' })
  numerator!: number;

  @Field(() => Int, { description: 'Count in all.' })
  denominator!: number;

  @Field(() => Float, { nullable: true, description: 'Percent done electronically; null when the count in all is 0.' })
  rate!: number | null;
}

@ObjectType({ description: "An agency's document counts for one month, direction and confidentiality (thống kê văn bản điện tử)." })
export class DocumentExchange {
  @Field(() => ID, { description: 'Sending agency.' })
  agencyId!: string;

  @Field(() => DateScalar, { description: 'The month, as its first day.' })
  month!: string;

  @Field(() => DocumentDirection, { description: 'Where the documents went.' })
  direction!: DocumentDirection;

  @Field({ description: 'Whether these are confidential documents.' })
  confidential!: boolean;

  @Field(() => Int, { description: 'Documents sent electronically.' })
  electronic!: number;

  @Field(() => Int, { description: 'Documents sent on paper.' })
  paper!: number;
}
