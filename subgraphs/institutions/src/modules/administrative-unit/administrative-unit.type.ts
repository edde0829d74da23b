import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@par/platform';
import { UnitKind, UnitLevel } from './administrative-unit.entity';

registerEnumType(UnitLevel, {
  name: 'UnitLevel',
  description: 'Tier of local government (cấp hành chính).',
  valuesConfig: {
    PROVINCE: { description: 'Province or centrally-run city (cấp tỉnh)' },
    DISTRICT: { description: 'District level: city, town, district (cấp huyện)' },
    COMMUNE: { description: 'Commune level: ward, commune, commune-level town (cấp xã)' },
  },
});
registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: 'Kind of administrative unit (loại đơn vị hành chính).',
  valuesConfig: {
    PROVINCE: { description: 'Province (tỉnh)' },
    CENTRAL_CITY: { description: 'Centrally-run city (thành phố trực thuộc trung ương)' },
    PROVINCIAL_CITY: { description: 'Provincial city (thành phố thuộc tỉnh)' },
    DISTRICT_LEVEL_TOWN: { description: 'District-level town (thị xã)' },
    URBAN_DISTRICT: { description: 'Urban district (quận)' },
    RURAL_DISTRICT: { description: 'Rural district (huyện)' },
    WARD: { description: 'Ward (phường)' },
    COMMUNE: { description: 'Commune (xã)' },
    COMMUNE_LEVEL_TOWN: { description: 'Commune-level town (thị trấn)' },
  },
});

@ObjectType({ description: 'An administrative unit (đơn vị hành chính) as in force on a date, identified by its national code.' })
@Directive('@key(fields: "code")')
export class AdministrativeUnit {
  @Field(() => ID, {
    description:
      'This version of the unit: its code and first day (`35@2020-01-01`; `35@origin` for a version in force since before the earliest list held). Versions of one code have different ids, so clients can cache each by id.',
  })
  id!: string;

  @Field(() => ID, { description: 'National administrative unit code (mã đơn vị hành chính).' })
  code!: string;

  @Field({ description: 'Name without the kind, e.g. "Phủ Lý".' })
  name!: string;

  @Field({ description: 'Full name with the kind, e.g. "Thành phố Phủ Lý".' })
  fullName!: string;

  @Field(() => String, { nullable: true, description: 'Name without diacritics, as used in English.' })
  nameEn!: string | null;

  @Field(() => UnitKind, { description: 'Kind of unit.' })
  kind!: UnitKind;

  @Field(() => UnitLevel, { description: 'Tier of local government.' })
  level!: UnitLevel;

  @Field(() => DateScalar, { nullable: true, description: 'First day of this version; null when in force since before the earliest list held.' })
  validFrom!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of this version; null while in force.' })
  validTo!: string | null;

  @Field(() => String, { nullable: true, description: 'What changed with this version (renamed, merged, reclassified), citing the resolution.' })
  changeNote!: string | null;

  @Field({ description: 'False when a change that began or ended this version is not confirmed by the act\'s text (see `changes`).' })
  changeConfirmed!: boolean;

  parentCode!: string | null;
  successorCode!: string | null;
}
