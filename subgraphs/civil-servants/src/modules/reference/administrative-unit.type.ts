import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Stub of institutions' administrative unit: civil-servants adds the workforce of the unit and its sub-units. */
@ObjectType({ description: 'An administrative unit (đơn vị hành chính), owned by the institutions subgraph.' })
@Directive('@key(fields: "code")')
export class AdministrativeUnit {
  @Field(() => ID, { description: 'National administrative unit code (mã đơn vị hành chính).' })
  code!: string;
}
