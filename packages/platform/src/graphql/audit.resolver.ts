import { Arg, Args, Authorized, Ctx, Field, ID, InputType, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import type { HubContext } from '../context';
import { sqlRows } from '../db/query';
import type { SubgraphName } from '../env';
import { badInput } from '../errors';
import { Connection, decodeCursor, PageArgs, pageSize, toConnection, type ConnectionShape } from './pagination';
import { DateScalar } from './scalars';

export enum AuditAction {
  WRITE = 'WRITE',
  PII_READ = 'PII_READ',
}
registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What an audit entry records (nhật ký kiểm tra).',
  valuesConfig: {
    WRITE: { description: 'A change of data (ghi dữ liệu), with the values before and after.' },
    PII_READ: { description: 'A read of personal data (đọc dữ liệu cá nhân).' },
  },
});

interface AuditRow {
  id: string;
  at: string;
  request_id: string | null;
  subject: string | null;
  roles: string[];
  agency_id: string | null;
  action: AuditAction;
  operation: string;
  object_type: string;
  object_ids: string[];
  before: string | null;
  after: string | null;
  total: string;
}

const pascal = (s: string) => s.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());
const camel = (s: string) => pascal(s).replace(/^./, (c) => c.toLowerCase());
const built = new Map<string, Function>();

/**
 * The admin-only query over a subgraph's append-only audit table, registered with one line in the
 * subgraph's resolvers: `AuditLogResolver('civil-servants')`. Every subgraph has its own table,
 * so each gets its own root field and types (`civilServantsAuditLog`, `CivilServantsAuditEntry`):
 * a shared field name would make the gateway ask just one subgraph.
 */
export function AuditLogResolver(service: SubgraphName): Function {
  const cached = built.get(service);
  if (cached) return cached;
  const Name = `${pascal(service)}Audit`;

  @ObjectType(`${Name}Entry`, { description: `One entry of the ${service} subgraph's audit log (nhật ký kiểm tra): a write or a read of personal data.` })
  class AuditEntry {
    @Field(() => ID, { description: 'Sequence number of the entry; later entries have larger numbers.' })
    id!: string;

    @Field({ description: 'When it happened, ISO 8601 in UTC (thời điểm).' })
    at!: string;

    @Field(() => String, { nullable: true, description: 'Request id that ties the entry to gateway and service logs.' })
    requestId!: string | null;

    @Field(() => String, { nullable: true, description: 'Token subject of the caller (người thực hiện).' })
    subject!: string | null;

    @Field(() => [String], { description: 'Roles the caller held.' })
    roles!: string[];

    @Field(() => ID, { nullable: true, description: 'Agency the caller was limited to, if any (cơ quan).' })
    agencyId!: string | null;

    @Field(() => AuditAction, { description: 'Write or personal-data read.' })
    action!: AuditAction;

    @Field({ description: 'The GraphQL field that did it, e.g. `recordTrainingCompletion`.' })
    operation!: string;

    @Field({ description: 'Kind of the objects concerned, e.g. `CivilServant`.' })
    objectType!: string;

    @Field(() => [ID], { description: 'Ids of the objects concerned.' })
    objectIds!: string[];

    @Field(() => String, { nullable: true, description: 'For writes, the values before, as JSON text; null for creations and reads.' })
    before!: string | null;

    @Field(() => String, { nullable: true, description: 'For writes, the values after, as JSON text; null for reads.' })
    after!: string | null;
  }

  const AuditConnection = Connection(AuditEntry, `${Name}Entry`);

  @InputType(`${Name}Filter`, { description: `Narrows the ${service} audit log; all conditions apply together.` })
  class AuditFilter {
    @Field(() => AuditAction, { nullable: true, description: 'Only this kind of entry.' })
    action?: AuditAction | null;

    @Field(() => String, { nullable: true, description: 'Only entries of this token subject.' })
    subject?: string | null;

    @Field(() => String, { nullable: true, description: 'Only entries about this kind of object, e.g. `CivilServant`.' })
    objectType?: string | null;

    @Field(() => ID, { nullable: true, description: 'Only entries that concern this object id.' })
    objectId?: string | null;

    @Field(() => DateScalar, { nullable: true, description: 'From this day on (UTC), inclusive (từ ngày).' })
    from?: string | null;

    @Field(() => DateScalar, { nullable: true, description: 'Up to this day (UTC), inclusive (đến ngày).' })
    to?: string | null;
  }

  @Resolver()
  class Resolver_ {
    @Authorized('admin')
    @Query(() => AuditConnection, {
      name: `${camel(service)}AuditLog`,
      description: `The ${service} subgraph's audit log, newest first: every write and every read of personal data. Administrators only.`,
    })
    async auditLog(
      @Args() page: PageArgs,
      @Arg('filter', () => AuditFilter, { nullable: true, description: 'Which entries to list.' }) filter: AuditFilter | null,
      @Ctx() ctx: HubContext,
    ): Promise<ConnectionShape<AuditEntry>> {
      return readAuditLog(ctx, page, filter ?? {});
    }
  }
  Object.defineProperty(Resolver_, 'name', { value: `${Name}LogResolver` });
  built.set(service, Resolver_);
  return Resolver_;
}

const short = (field: string, v: string | null | undefined, max: number) => {
  if (v != null && v.length > max) throw badInput(`filter.${field}`, `at most ${max} characters`);
  return v ?? null;
};

interface Filter {
  action?: AuditAction | null;
  subject?: string | null;
  objectType?: string | null;
  objectId?: string | null;
  from?: string | null;
  to?: string | null;
}

async function readAuditLog(ctx: HubContext, page: PageArgs, f: Filter) {
  const first = pageSize(page.first);
  const cursor = decodeCursor(page.after, 1);
  const after = cursor ? String(cursor[0]) : null;
  if (after !== null && !/^\d{1,19}$/.test(after)) throw badInput('after', 'is not a cursor returned by this connection');
  if (f.from && f.to && f.from > f.to) throw badInput('filter.to', 'must not be before filter.from');
  const params = [
    f.action ?? null,
    short('subject', f.subject, 256),
    short('objectType', f.objectType, 100),
    short('objectId', f.objectId, 200),
    f.from ?? null,
    f.to ?? null,
    after,
    first + 1,
  ];
  // One statement: the page and the filter's total (a window over the filtered rows, before LIMIT).
  const rows = await sqlRows<AuditRow>(
    ctx.em,
    `WITH matching AS (
       SELECT * FROM audit_log
        WHERE ($1::text IS NULL OR action = $1)
          AND ($2::text IS NULL OR subject = $2)
          AND ($3::text IS NULL OR object_type = $3)
          AND ($4::text IS NULL OR object_ids @> ARRAY[$4::text])
          AND ($5::date IS NULL OR at >= ($5::date)::timestamp AT TIME ZONE 'UTC')
          AND ($6::date IS NULL OR at < ($6::date + 1)::timestamp AT TIME ZONE 'UTC')
     ), counted AS (SELECT count(*) AS total FROM matching)
     SELECT m.id::text, to_char(m.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at, m.request_id, m.subject,
            m.roles, m.agency_id::text, m.action, m.operation, m.object_type, m.object_ids,
            m.before::text AS before, m.after::text AS after, c.total::text AS total
       FROM counted c LEFT JOIN LATERAL (
         SELECT * FROM matching WHERE ($7::bigint IS NULL OR id < $7::bigint) ORDER BY id DESC LIMIT $8
       ) m ON true`,
    params,
  );
  const total = Number(rows[0]?.total ?? 0);
  const entries = rows.filter((r) => r.id !== null);
  return toConnection(entries, first, total, (r) => [r.id], after !== null, (r) => ({
    id: r.id,
    at: r.at,
    requestId: r.request_id,
    subject: r.subject,
    roles: r.roles,
    agencyId: r.agency_id,
    action: r.action,
    operation: r.operation,
    objectType: r.object_type,
    objectIds: r.object_ids,
    before: r.before,
    after: r.after,
  }));
}
