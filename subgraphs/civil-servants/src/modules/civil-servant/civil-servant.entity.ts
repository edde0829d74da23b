import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The personnel record for writes; reads go through SQL (civil-servant.service). */
@Entity({ tableName: 'civil_servant' })
export class CivilServantEntity {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property()
  category!: string;

  @Property({ type: 'uuid' })
  agencyId!: string;

  @Property({ length: 10 })
  unitCode!: string;

  @Property({ type: 'uuid', nullable: true })
  jobPositionId?: string | null;

  @Property({ nullable: true })
  rankCode?: string | null;

  @Property()
  qualification!: string;

  @Property()
  specialisationFits: boolean = true;

  @Property({ nullable: true })
  politicalTheoryLevel?: string | null;

  @Property({ nullable: true })
  stateManagementLevel?: string | null;

  @Property({ nullable: true })
  managementPost?: string | null;

  @Property({ type: 'date', nullable: true })
  postAppointedOn?: string | null;

  @Property({ type: 'date' })
  hiredOn!: string;

  @Property({ type: 'date', nullable: true })
  leftOn?: string | null;

  @Property({ nullable: true })
  leaveReason?: string | null;

  @Property({ type: 'date', nullable: true })
  electronicRecordOn?: string | null;

  @Property()
  fullName!: string;

  @Property()
  gender!: string;

  @Property({ type: 'date' })
  dateOfBirth!: string;

  @Property({ length: 12 })
  nationalIdNumber!: string;

  @Property({ nullable: true })
  phone?: string | null;

  @Property({ nullable: true })
  email?: string | null;

  /** Optimistic concurrency: MikroORM updates only where the version is unchanged, and bumps it. */
  @Property({ version: true })
  version!: number;
}
