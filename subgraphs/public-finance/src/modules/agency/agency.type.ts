import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Stub of the institutions-owned entity: the gateway fetches name, kind and the rest from there. */
@ObjectType({ description: 'A state agency (cơ quan, đơn vị), owned by the institutions subgraph; extended here with its finances.' })
@Directive('@key(fields: "id")')
export class Agency {
  @Field(() => ID, { description: 'Stable agency id (UUID), the key every subgraph uses.' })
  id!: string;
}
