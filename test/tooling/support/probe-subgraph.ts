import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import {
  Connection, decodeCursor, pageSize, sqlRows, toConnection, type HubContext, type SubgraphDefinition,
} from '@par/platform';
import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';

/**
 * A subgraph made for the tooling tests: rows are made by PostgreSQL (generate_series), so an
 * export or a metrics test can ask for 100 000 of them through the real platform and gateway
 * without seeding anything. Its only table exists because every subgraph has one.
 */
@Entity({ tableName: 'probe_note' })
export class ProbeNote {
  @PrimaryKey()
  id!: number;

  @Property()
  text!: string;
}

class CreateProbeNote extends Migration {
  async up(): Promise<void> {
    this.addSql('CREATE TABLE probe_note (id serial PRIMARY KEY, text text NOT NULL)');
  }
}

@ObjectType({ description: 'A generated row.' })
export class ProbeRow {
  @Field(() => Int, { description: 'Position, from 1.' })
  n!: number;

  @Field({ description: 'Vietnamese text with a comma, a quote and a line break now and then.' })
  label!: string;

  @Field(() => Float, { nullable: true, description: 'n / 7, null every tenth row.' })
  ratio!: number | null;

  @Field(() => [String], { description: 'Two tags.' })
  tags!: string[];

  @Field({ description: 'A code shaped like a procedure code (1.000100 for n = 100): text a spreadsheet must not make a number.' })
  code!: string;

  @Field({ description: 'Whether n is even.' })
  even!: boolean;
}

const ProbeConnection = Connection(ProbeRow);

@ObjectType({ description: 'Figures of a profile.' })
export class ProbeFigures {
  @Field(() => Int)
  total!: number;

  @Field(() => Float, { nullable: true })
  share!: number | null;
}

@ObjectType({ description: 'An answer shaped like AgencyProfile: one object with figures and a short nested list.' })
export class ProbeProfile {
  @Field()
  name!: string;

  @Field()
  code!: string;

  @Field(() => ProbeFigures)
  figures!: ProbeFigures;

  @Field(() => [ProbeRow], { description: 'Rows 1..total.' })
  rows!: ProbeRow[];
}

@Resolver()
export class ProbeResolver {
  @Query(() => ProbeConnection, { description: 'Rows 1..total, by n.' })
  async probeRows(
    @Arg('total', () => Int) total: number,
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('pad', () => Int, { defaultValue: 0, description: 'Characters of filler added to each label.' }) pad: number,
    @Ctx() ctx: HubContext,
  ) {
    const size = pageSize(first, 1000);
    const from = Number(decodeCursor(after, 1)?.[0] ?? 0);
    const rows = await sqlRows<{ n: number; label: string; ratio: number | null; tags: string[] }>(
      ctx.em,
      `SELECT n, CASE WHEN n % 5 = 0 THEN 'Sở "Nội vụ", tỉnh ' || n || E'\\nHà Nam' ELSE 'Nguyễn Văn ' || n END || repeat('ă', $4::int) AS label,
              CASE WHEN n % 10 = 0 THEN NULL ELSE n / 7.0 END::float8 AS ratio,
              ARRAY['a' || n, 'b' || n] AS tags, '1.' || lpad(n::text, 6, '0') AS code, n % 2 = 0 AS even
         FROM generate_series($1::int + 1, $2::int) AS n ORDER BY n LIMIT $3`,
      [from, total, size + 1, Math.min(Math.max(pad, 0), 10_000)],
    );
    return toConnection(rows, size, total, (r) => [r.n], after !== null);
  }

  @Query(() => [ProbeRow], { description: 'Rows 1..total as a plain list.' })
  async probeList(@Arg('total', () => Int) total: number, @Ctx() ctx: HubContext) {
    return sqlRows<ProbeRow>(ctx.em, `SELECT n, 'dòng ' || n AS label, NULL::float8 AS ratio, ARRAY[]::text[] AS tags, '1.' || lpad(n::text, 6, '0') AS code, n % 2 = 0 AS even FROM generate_series(1, $1::int) AS n`, [Math.min(total, 1000)]);
  }

  @Query(() => ProbeProfile, { description: 'A profile whose rows are 1..total.' })
  async probeProfile(@Arg('total', () => Int) total: number, @Ctx() ctx: HubContext): Promise<ProbeProfile> {
    const rows = await this.probeList(total, ctx);
    return { name: 'Sở Nội vụ', code: '000.00.01.H26', figures: { total: rows.length, share: rows.length ? 0.5 : null }, rows };
  }
}

export const probe: SubgraphDefinition = {
  name: 'institutions',
  resolvers: [ProbeResolver],
  entities: [ProbeNote],
  migrations: [{ name: 'CreateProbeNote', class: CreateProbeNote }],
};
