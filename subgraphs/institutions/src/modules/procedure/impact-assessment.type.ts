import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '@par/platform';

@ObjectType({
  description:
    'An impact assessment of a procedure (đánh giá tác động thủ tục hành chính, Decree 63/2010/NĐ-CP): made by the drafting agency on the draft legal document that introduces the procedure, appraised by the justice department.',
})
export class ProcedureImpactAssessment {
  @Field(() => String, { nullable: true, description: 'Number or title of the draft legal document assessed (dự thảo văn bản); null when carried over.' })
  draftDocument!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date of the assessment report (ngày đánh giá); null when carried over.' })
  assessedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Number and symbol of the assessment report (báo cáo đánh giá tác động); null when carried over.' })
  reportRef!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date the justice department appraised it (ngày thẩm định), if known.' })
  appraisedOn!: string | null;

  @Field({
    description:
      'Whether this is only the old catalogue flag "assessed", carried over without draft, date or report: it does not count until the assessment itself is recorded.',
  })
  carriedOver!: boolean;

  @Field({ description: 'Whether it is dated on or before the day the procedure was issued, so the procedure counts as assessed.' })
  beforeIssue!: boolean;

  id!: number;
  procedureCode!: string;
}
