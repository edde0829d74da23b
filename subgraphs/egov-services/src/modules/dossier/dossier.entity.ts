import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { ApplicantKind, DossierChannel, DossierOutcome, DossierStatus } from './dossier.enums';

/** A one-stop dossier (hồ sơ TTHC). Local dates and years are generated columns, read only through SQL. */
@Entity({ tableName: 'dossier' })
export class DossierEntity {
  [OptionalProps]?: 'version' | 'pausedDays';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property()
  procedureCode!: string;

  @Property({ type: 'uuid' })
  agencyId!: string;

  @Property({ length: 10 })
  unitCode!: string;

  @Enum(() => DossierChannel)
  channel!: DossierChannel;

  @Enum(() => ApplicantKind)
  applicantKind!: ApplicantKind;

  @Property({ nullable: true })
  applicantName?: string | null;

  @Property({ nullable: true })
  applicantIdNumber?: string | null;

  @Property({ type: 'datetime' })
  receivedAt!: Date;

  @Property({ type: 'date' })
  dueOn!: string;

  @Property({ type: 'integer' })
  pausedDays: number = 0;

  @Enum(() => DossierStatus)
  status!: DossierStatus;

  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  @Enum({ items: () => DossierOutcome, nullable: true })
  outcome?: DossierOutcome | null;

  @Property({ nullable: true })
  closeReason?: string | null;

  /** Bumped on every change, so a lost update cannot pass unnoticed. */
  @Property({ version: true })
  version!: number;
}

@Entity({ tableName: 'supplement_request' })
export class SupplementRequestEntity {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'uuid' })
  dossierId!: string;

  @Property()
  reason!: string;

  @Property({ type: 'datetime' })
  openedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  @Property({ type: 'integer', nullable: true })
  pausedDays?: number | null;
}
