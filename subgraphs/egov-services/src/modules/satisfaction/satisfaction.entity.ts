import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';

export enum SurveyKind {
  PROCEDURE = 'PROCEDURE',
  EDUCATION = 'EDUCATION',
  HEALTH = 'HEALTH',
}

/** One agency's yearly satisfaction survey (SIPAS-style), with its five factor indices in percent. */
@Entity({ tableName: 'satisfaction_survey' })
export class SatisfactionSurveyEntity {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'uuid' })
  agencyId!: string;

  @Property({ type: 'smallint' })
  year!: number;

  @Enum(() => SurveyKind)
  kind!: SurveyKind;

  @Property({ type: 'integer' })
  responses!: number;

  @Property({ type: 'integer' })
  satisfied!: number;

  @Property({ type: 'double' })
  accessIndex!: number;

  @Property({ type: 'double' })
  procedureIndex!: number;

  @Property({ type: 'double' })
  civilServantIndex!: number;

  @Property({ type: 'double' })
  resultIndex!: number;

  @Property({ type: 'double' })
  feedbackIndex!: number;
}
