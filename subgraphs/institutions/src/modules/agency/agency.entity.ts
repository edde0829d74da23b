import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';

export enum AgencyKind {
  PROVINCIAL_PEOPLES_COMMITTEE = 'PROVINCIAL_PEOPLES_COMMITTEE',
  DEPARTMENT = 'DEPARTMENT',
  DISTRICT_PEOPLES_COMMITTEE = 'DISTRICT_PEOPLES_COMMITTEE',
  DISTRICT_OFFICE = 'DISTRICT_OFFICE',
  COMMUNE_PEOPLES_COMMITTEE = 'COMMUNE_PEOPLES_COMMITTEE',
  PUBLIC_SERVICE_UNIT = 'PUBLIC_SERVICE_UNIT',
  CENTRAL_BRANCH = 'CENTRAL_BRANCH',
}

@Entity({ tableName: 'agency' })
export class AgencyEntity {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ unique: true })
  code!: string;

  @Property()
  name!: string;

  @Property({ nullable: true })
  shortName?: string | null;

  @Enum(() => AgencyKind)
  kind!: AgencyKind;

  @Property({ type: 'uuid', nullable: true })
  @Index()
  parentId?: string | null;

  @Property({ length: 10 })
  @Index()
  unitCode!: string;

  @Property({ type: 'date', nullable: true })
  establishedOn?: string | null;

  @Property({ type: 'date', nullable: true })
  dissolvedOn?: string | null;

  /** Accent-folded name, maintained by the database for accent-insensitive search. */
  @Property({ persist: false, nullable: true })
  searchKey?: string;
}
