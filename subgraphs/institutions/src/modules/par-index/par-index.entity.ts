import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** One agency's assessment for one year; `score` is computed by the database. */
@Entity({ tableName: 'par_assessment' })
export class ParAssessmentEntity {
  @PrimaryKey({ type: 'uuid' })
  agencyId!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'decimal', precision: 5, scale: 2 })
  selfScore!: string;

  @Property({ type: 'decimal', precision: 5, scale: 2 })
  appraisedScore!: string;

  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true })
  surveyScore?: string | null;

  @Property({ type: 'decimal', precision: 5, scale: 2, persist: false, nullable: true })
  score?: string;
}

@Entity({ tableName: 'par_component' })
export class ParComponentEntity {
  @PrimaryKey({ type: 'uuid' })
  agencyId!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @PrimaryKey({ type: 'text' })
  area!: string;

  @Property({ type: 'decimal', precision: 5, scale: 2 })
  maxPoints!: string;

  @Property({ type: 'decimal', precision: 5, scale: 2 })
  selfPoints!: string;

  @Property({ type: 'decimal', precision: 5, scale: 2 })
  appraisedPoints!: string;
}
