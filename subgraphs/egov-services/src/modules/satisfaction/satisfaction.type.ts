import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SurveyKind } from './satisfaction.entity';

registerEnumType(SurveyKind, {
  name: 'SurveyKind',
  description: 'What a satisfaction survey asked about (loại khảo sát).',
  valuesConfig: {
    PROCEDURE: { description: 'Handling of administrative procedures (SIPAS, sự hài lòng về phục vụ hành chính).' },
    EDUCATION: { description: 'Public education services (dịch vụ giáo dục công).' },
    HEALTH: { description: 'Public health services (dịch vụ y tế công).' },
  },
});

@ObjectType({ description: "An agency's satisfaction survey for one year, SIPAS-style (khảo sát sự hài lòng). Factor indices are percentages 0–100." })
export class SatisfactionSurvey {
  @Field(() => ID, { description: 'Agency surveyed.' })
  agencyId!: string;

  @Field(() => Int, { description: 'Year (năm).' })
  year!: number;

  @Field(() => SurveyKind, { description: 'Survey kind.' })
  kind!: SurveyKind;

  @Field(() => Int, { description: 'Valid responses (số phiếu hợp lệ).' })
  responses!: number;

  @Field(() => Int, { description: 'Responses satisfied or very satisfied overall (số phiếu hài lòng).' })
  satisfied!: number;

  @Field(() => Float, { nullable: true, description: 'Percent satisfied (tỷ lệ hài lòng).' })
  satisfactionRate!: number | null;

  @Field(() => Float, { description: 'Index of access to the service (tiếp cận dịch vụ), 0–100.' })
  accessIndex!: number;

  @Field(() => Float, { description: 'Index of the procedure itself (thủ tục hành chính), 0–100.' })
  procedureIndex!: number;

  @Field(() => Float, { description: 'Index of the civil servants serving (công chức giải quyết), 0–100.' })
  civilServantIndex!: number;

  @Field(() => Float, { description: 'Index of the result received (kết quả giải quyết), 0–100.' })
  resultIndex!: number;

  @Field(() => Float, { description: 'Index of the handling of feedback and complaints (tiếp nhận, xử lý góp ý, phản ánh), 0–100.' })
  feedbackIndex!: number;
}
