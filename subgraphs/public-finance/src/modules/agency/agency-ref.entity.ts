import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The local copy of the institutions catalogue: enough to check ids, kinds and the hierarchy. */
@Entity({ tableName: 'agency_ref' })
export class AgencyRef {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property()
  code!: string;

  @Property()
  kind!: string;

  @Property({ type: 'uuid', nullable: true })
  parentId?: string | null;

  @Property({ length: 10 })
  unitCode!: string;

  @Property({ length: 10, nullable: true })
  districtCode?: string | null;

  @Property({ nullable: true })
  psuSector?: string | null;

  @Property({ persist: false })
  isPublicServiceUnit?: boolean;
}
