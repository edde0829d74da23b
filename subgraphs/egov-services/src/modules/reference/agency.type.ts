import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Stub of institutions' agency: egov-services adds service delivery, dossiers and ISO 9001 to it. */
@ObjectType({ description: "A state agency (cơ quan, đơn vị): People's Committees, departments, offices, public service units." })
@Directive('@key(fields: "id")')
export class Agency {
  @Field(() => ID, { description: 'Stable agency id (UUID), the key every subgraph uses.' })
  id!: string;
}
