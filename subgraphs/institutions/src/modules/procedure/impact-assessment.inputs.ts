import { Field, InputType } from 'type-graphql';
import { DateScalar } from '@par/platform';

@InputType({
  description:
    'An impact assessment to record (Decree 63/2010/NĐ-CP). One dated after the procedure was issued is kept but does not count as assessed. Recording again for the same draft document replaces that record.',
})
export class ImpactAssessmentInput {
  @Field({ description: 'Number or title of the draft legal document that introduces the procedure, 1 to 500 characters.' })
  draftDocument!: string;

  @Field(() => DateScalar, { description: 'Date of the assessment report; not in the future.' })
  assessedOn!: string;

  @Field({ description: 'Number and symbol of the assessment report, 1 to 200 characters.' })
  reportRef!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Date the justice department appraised it, if it has; not before assessedOn, not in the future.' })
  appraisedOn?: string | null;
}
