import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Stub of institutions' procedure: egov-services adds its online service and dossier statistics. */
@ObjectType({ description: 'An administrative procedure (thủ tục hành chính, TTHC), owned by the institutions subgraph.' })
@Directive('@key(fields: "code")')
export class AdministrativeProcedure {
  @Field(() => ID, { description: 'Procedure code in the national database (mã TTHC).' })
  code!: string;
}
