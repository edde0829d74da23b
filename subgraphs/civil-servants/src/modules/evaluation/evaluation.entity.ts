import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ tableName: 'evaluation' })
export class EvaluationEntity {
  @PrimaryKey({ type: 'uuid' })
  civilServantId!: string;

  @PrimaryKey()
  year!: number;

  @Property()
  rating!: string;
}
