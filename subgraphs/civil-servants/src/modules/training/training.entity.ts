import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ tableName: 'training_completion' })
export class TrainingCompletionEntity {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  civilServantId!: string;

  @Property({ type: 'uuid' })
  courseId!: string;

  @Property({ type: 'date' })
  completedOn!: string;
}
