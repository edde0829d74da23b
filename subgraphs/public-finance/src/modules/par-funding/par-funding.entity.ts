import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

export enum FundingSource {
  STATE_BUDGET = 'STATE_BUDGET',
  NON_BUDGET = 'NON_BUDGET',
}

/** Funding of one PAR task for a year and source (kinh phí thực hiện nhiệm vụ CCHC). */
@Entity({ tableName: 'par_funding' })
export class ParFundingEntity {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  agencyId!: string;

  @Property({ type: 'smallint' })
  fiscalYear!: number;

  @Property({ type: 'smallint' })
  planArea!: number;

  @Property({ type: 'text' })
  task!: string;

  @Property({ type: 'text' })
  source!: FundingSource;

  @Property({ type: new BigIntType('bigint') })
  planned!: bigint;

  @Property({ type: new BigIntType('bigint') })
  allocated!: bigint;

  @Property({ type: new BigIntType('bigint') })
  spent!: bigint;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'datetime' })
  recordedAt!: Date;
}
