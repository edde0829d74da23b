import { indicatorResolver, measurementEvidenceResolver } from '@par/platform';
import { InstitutionsIndicator } from './indicator.type';
import { institutionsMeasures } from './institutions-indicator.service';

/** Targets institutions measures itself; the target's terms come from its parent target, not from a key. */
export const InstitutionsIndicatorResolver = indicatorResolver(InstitutionsIndicator, institutionsMeasures);
export const InstitutionsEvidenceResolver = measurementEvidenceResolver(institutionsMeasures);
