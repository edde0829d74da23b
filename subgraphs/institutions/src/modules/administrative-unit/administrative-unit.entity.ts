import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';

export enum UnitLevel {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
}

export enum UnitKind {
  PROVINCE = 'PROVINCE',
  CENTRAL_CITY = 'CENTRAL_CITY',
  PROVINCIAL_CITY = 'PROVINCIAL_CITY',
  DISTRICT_LEVEL_TOWN = 'DISTRICT_LEVEL_TOWN',
  URBAN_DISTRICT = 'URBAN_DISTRICT',
  RURAL_DISTRICT = 'RURAL_DISTRICT',
  WARD = 'WARD',
  COMMUNE = 'COMMUNE',
  COMMUNE_LEVEL_TOWN = 'COMMUNE_LEVEL_TOWN',
}

/**
 * One version of an administrative unit: a unit keeps its national code through renames, so its
 * history is a series of versions with validity dates; a merged unit's last version names its
 * successor.
 */
@Entity({ tableName: 'unit_version' })
@Index({ properties: ['parentCode', 'validFrom'] })
export class UnitVersion {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Property({ length: 10 })
  @Index()
  code!: string;

  @Property()
  name!: string;

  @Property()
  fullName!: string;

  @Property({ nullable: true })
  nameEn?: string | null;

  @Enum({ items: () => UnitKind})
  kind!: UnitKind;

  @Enum({ items: () => UnitLevel})
  level!: UnitLevel;

  @Property({ length: 10, nullable: true })
  parentCode?: string | null;

  /** Null: in force since before the earliest list the hub holds. */
  @Property({ type: 'date', nullable: true })
  validFrom?: string | null;

  @Property({ type: 'date', nullable: true })
  validTo?: string | null;

  @Property({ length: 10, nullable: true })
  successorCode?: string | null;

  @Property({ nullable: true })
  changeNote?: string | null;
}
