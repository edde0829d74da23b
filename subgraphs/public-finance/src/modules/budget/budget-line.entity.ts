import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

export enum BudgetCategory {
  RECURRENT = 'RECURRENT',
  INVESTMENT = 'INVESTMENT',
  PAR = 'PAR',
  REVENUE = 'REVENUE',
}

export enum BudgetStage {
  ESTIMATE = 'ESTIMATE',
  SETTLEMENT = 'SETTLEMENT',
}

/** One approved figure: an agency's estimate or settlement for a fiscal year and category. */
@Entity({ tableName: 'budget_line' })
export class BudgetLineEntity {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  agencyId!: string;

  @Property({ type: 'smallint' })
  fiscalYear!: number;

  @Property({ type: 'text' })
  category!: BudgetCategory;

  @Property({ type: 'text' })
  stage!: BudgetStage;

  @Property({ type: new BigIntType('bigint') })
  amount!: bigint;

  @Property({ type: 'date', nullable: true })
  approvedOn?: string | null;

  @Property({ type: 'text', nullable: true })
  approvingBody?: string | null;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'datetime' })
  recordedAt!: Date;
}
