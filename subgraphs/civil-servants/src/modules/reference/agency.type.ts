import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Stub of institutions' agency: civil-servants adds its workforce, staff and job positions. */
@ObjectType({ description: 'A state agency (cơ quan, đơn vị), owned by the institutions subgraph.' })
@Directive('@key(fields: "id")')
export class Agency {
  @Field(() => ID, { description: 'Stable agency id (UUID), the key every subgraph uses.' })
  id!: string;
}
