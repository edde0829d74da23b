import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, DateScalar } from '@par/platform';
import { AgencyKind } from './agency.entity';

registerEnumType(AgencyKind, {
  name: 'AgencyKind',
  description: 'Kind of state agency (loại cơ quan).',
  valuesConfig: {
    PROVINCIAL_PEOPLES_COMMITTEE: { description: 'Provincial People\'s Committee (UBND tỉnh)' },
    DEPARTMENT: { description: 'Department or body under the Provincial People\'s Committee (sở, ban, ngành)' },
    DISTRICT_PEOPLES_COMMITTEE: { description: 'District-level People\'s Committee (UBND cấp huyện)' },
    DISTRICT_OFFICE: { description: 'Specialised office of a district People\'s Committee (phòng chuyên môn)' },
    COMMUNE_PEOPLES_COMMITTEE: { description: 'Commune-level People\'s Committee (UBND cấp xã)' },
    PUBLIC_SERVICE_UNIT: { description: 'Public service unit (đơn vị sự nghiệp công lập)' },
    CENTRAL_BRANCH: { description: 'Provincial branch of a central agency: tax, customs, social insurance, treasury (cơ quan ngành dọc)' },
  },
});

@ObjectType({ description: 'A state agency (cơ quan, đơn vị): People\'s Committees, departments, offices, public service units.' })
@Directive('@key(fields: "id")')
export class Agency {
  @Field(() => ID, { description: 'Stable agency id (UUID), the key every subgraph uses.' })
  id!: string;

  @Field({ description: 'Agency identifier code (mã định danh).' })
  code!: string;

  /** The latest name; `name(asOf)` and `names` in the resolver give the others. */
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short name, when one is in use.' })
  shortName!: string | null;

  @Field(() => AgencyKind, { description: 'Kind of agency.' })
  kind!: AgencyKind;

  @Field(() => DateScalar, { nullable: true, description: 'Date established (ngày thành lập), when known.' })
  establishedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day in existence (dissolved, merged, or ended with its administrative unit), if no longer in existence.' })
  dissolvedOn!: string | null;

  parentId!: string | null;
  unitCode!: string;
}

export const AgencyConnection = Connection(Agency);

@ObjectType({ description: 'A name an agency had (tên gọi qua các thời kỳ) and the days it was in use.' })
export class AgencyName {
  @Field({ description: 'The name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short name then in use.' })
  shortName!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day in use; null when in use since before the earliest day held.' })
  validFrom!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day in use; null while in use.' })
  validTo!: string | null;

  @Field({ description: 'False when the first day is not taken from the act that gave the name (see `note`).' })
  confirmed!: boolean;

  @Field(() => String, { nullable: true, description: 'What the day rests on, when it is not the act\'s.' })
  note!: string | null;
}
