import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@par/platform';
import { DocumentDirection, SectorIndicator } from './reporting.enums';

@InputType({ description: "A sector office's yearly e-transaction figure; recording it again replaces it." })
export class SectorStatisticInput {
  @Field(() => SectorIndicator, { description: 'Which figure.' })
  indicator!: SectorIndicator;

  @Field(() => Int, { description: 'Year (năm).' })
  year!: number;

  @Field(() => ID, { description: 'Reporting agency (cơ quan báo cáo), e.g. the provincial tax department.' })
  reportingAgencyId!: string;

  @Field(() => Int, { description: 'Count done electronically.' })
  numerator!: number;

  @Field(() => Int, { description: 'Count in all, at least the numerator.' })
  denominator!: number;
}

@InputType({ description: "An agency's documents of one month, one direction and confidentiality; recording it again replaces it." })
export class DocumentExchangeInput {
  @Field(() => ID, { description: 'Sending agency.' })
  agencyId!: string;

  @Field(() => DateScalar, { description: 'The month, as its first day (YYYY-MM-01).' })
  month!: string;

  @Field(() => DocumentDirection, { description: 'Where the documents went.' })
  direction!: DocumentDirection;

  @Field({ description: 'Whether these are confidential documents (văn bản mật).' })
  confidential!: boolean;

  @Field(() => Int, { description: 'Documents sent electronically (văn bản điện tử).' })
  electronic!: number;

  @Field(() => Int, { description: 'Documents sent on paper (văn bản giấy).' })
  paper!: number;
}

@InputType({ description: 'A procedure’s online service reaching a level on a date (cập nhật mức độ dịch vụ công trực tuyến).' })
export class OnlineServiceLevelInput {
  @Field(() => ID, { description: 'Procedure code (mã TTHC).' })
  procedureCode!: string;

  @Field(() => Int, { description: 'Level 1–4 per Decree 43/2011/NĐ-CP.' })
  level!: number;

  @Field(() => DateScalar, { description: 'Date from which the level applies; the first one launches the service.' })
  since!: string;

  @Field({ description: 'Whether the service is now fully online (toàn trình).' })
  fullyOnline!: boolean;
}
