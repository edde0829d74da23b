import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Stub of institutions' procedure: egov-services adds its online service and dossier statistics. */
@ObjectType({ description: 'Administrative procedure (thủ tục hành chính, TTHC) of the provincial catalogue.' })
@Directive('@key(fields: "code")')
export class AdministrativeProcedure {
  @Field(() => ID, { description: 'Procedure code in the national database (mã TTHC).' })
  code!: string;
}
