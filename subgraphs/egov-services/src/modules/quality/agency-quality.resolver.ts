import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '@par/platform';
import { Agency } from '../reference/agency.type';
import { QualityCertification } from './quality.type';
import { QualityService } from './quality.service';

@Resolver(() => Agency)
export class AgencyQualityResolver {
  @FieldResolver(() => QualityCertification, { nullable: true, description: "The agency's latest ISO 9001 certification; null when it never had one." })
  qualityCertification(@Root() agency: Agency, @Ctx() ctx: HubContext): Promise<QualityCertification | null> {
    return new QualityService(ctx).latest(agency.id);
  }
}
