import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A catalogue row; written through the ORM so that `version` guards concurrent edits. */
@Entity({ tableName: 'administrative_procedure' })
export class ProcedureEntity {
  @PrimaryKey({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  sectorCode!: string;

  @Property({ type: 'text' })
  level!: string;

  @Property({ type: 'uuid', nullable: true })
  implementingAgencyId?: string | null;

  @Property({ type: 'integer' })
  processingDays!: number;

  @Property({ type: 'bigint', nullable: true })
  fee?: string | null;

  @Property({ type: 'date', nullable: true })
  disclosedOn?: string | null;

  @Property({ type: 'boolean' })
  interconnected: boolean = false;

  @Property({ type: 'date' })
  issuedOn!: string;

  @Property({ type: 'date', nullable: true })
  abolishedOn?: string | null;

  @Property({ version: true })
  version!: number;
}
