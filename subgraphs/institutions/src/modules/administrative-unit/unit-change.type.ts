import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@par/platform';

export enum SuccessionShare {
  WHOLE = 'WHOLE',
  PART = 'PART',
  REST = 'REST',
}
registerEnumType(SuccessionShare, {
  name: 'SuccessionShare',
  description: 'How much of a unit went into its successor (toàn bộ / một phần / phần còn lại).',
  valuesConfig: {
    WHOLE: { description: 'The whole unit (toàn bộ diện tích và dân số)' },
    PART: { description: 'Part of the unit (một phần)' },
    REST: { description: 'What remained of the unit after the other parts went elsewhere (phần còn lại)' },
  },
});

@ObjectType({ description: 'A change to administrative units (sắp xếp đơn vị hành chính) as the act and the sources give it.' })
export class UnitChange {
  @Field(() => ID, { description: 'Identifier of the change in the hub\'s unit history.' })
  id!: string;

  @Field(() => DateScalar, { description: 'First day the change applies.' })
  effectiveOn!: string;

  @Field({ description: 'The act that made the change (nghị quyết).' })
  act!: string;

  @Field({ description: 'What changed, in the source\'s words (merge, reclassify, boundary, …).' })
  kind!: string;

  @Field({ description: 'False when the act\'s text does not confirm the change as held; the reason is in `unconfirmedReason`. An unconfirmed change is shown as such, never as fact.' })
  confirmed!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the change is not confirmed (chưa xác nhận), in the source\'s words.' })
  unconfirmedReason!: string | null;

  @Field(() => String, { nullable: true, description: 'What the sources say of the change.' })
  note!: string | null;

  @Field(() => [String], { description: 'The sources the change rests on.' })
  sources!: string[];

  @Field(() => [ID], { description: 'National codes of the units the change names, before and after.' })
  unitCodes!: string[];
}

@ObjectType({ description: 'A link from a unit that ended to a unit that took it on (or the reverse, for `predecessors`).' })
export class UnitSuccession {
  @Field(() => SuccessionShare, { description: 'How much of the predecessor went into the successor.' })
  share!: SuccessionShare;

  @Field(() => DateScalar, { description: 'First day of the successor.' })
  effectiveOn!: string;

  @Field({ description: 'False when the act\'s text does not confirm this link (see `change.unconfirmedReason`).' })
  confirmed!: boolean;

  /** The unit on the other side of the link, and the day it is seen on. */
  unitCode!: string;
  unitAsOf!: string;
  changeId!: string;
}
