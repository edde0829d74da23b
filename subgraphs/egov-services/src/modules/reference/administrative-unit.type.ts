import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Stub of institutions' administrative unit: egov-services adds service delivery of the unit and its sub-units. */
@ObjectType({ description: 'An administrative unit (đơn vị hành chính) as in force on a date, identified by its national code.' })
@Directive('@key(fields: "code")')
export class AdministrativeUnit {
  @Field(() => ID, { description: 'National administrative unit code (mã đơn vị hành chính).' })
  code!: string;
}
