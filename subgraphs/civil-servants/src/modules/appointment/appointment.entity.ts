import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A recorded appointment decision; written once through the ORM, read through `appointment.queries.ts`. */
@Entity({ tableName: 'appointment' })
export class AppointmentEntity {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  civilServantId!: string;

  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text', nullable: true })
  rankCode?: string | null;

  @Property({ type: 'text', nullable: true })
  post?: string | null;

  @Property({ type: 'date' })
  appointedOn!: string;

  @Property({ type: 'boolean' })
  metStandards!: boolean;
}
