import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@par/platform';
import { AgencyKind } from './agency.entity';

export enum AgencyOrder {
  NAME = 'NAME',
  CODE = 'CODE',
}
registerEnumType(AgencyOrder, {
  name: 'AgencyOrder',
  description: 'Sort order of an agency list (ascending; ties broken by id, so pages are stable).',
  valuesConfig: { NAME: { description: 'By Vietnamese name.' }, CODE: { description: 'By agency code.' } },
});

@InputType({ description: 'Filter for the agency list; every given condition must hold.' })
export class AgencyFilter {
  @Field(() => AgencyKind, { nullable: true, description: 'Only agencies of this kind.' })
  kind?: AgencyKind | null;

  @Field(() => ID, { nullable: true, description: 'Only agencies serving the administrative unit with this national code.' })
  unitCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only agencies directly under this agency (cơ quan cấp trên).' })
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Accent- and case-insensitive words in the name, short name or code ("so noi vu" finds "Sở Nội vụ").' })
  search?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only agencies in existence on this day (founded by then, not yet dissolved).' })
  asOf?: string | null;
}
