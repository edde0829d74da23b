import { indicatorReference, indicatorResolver, measurementEvidenceResolver } from '@par/platform';
import { WorkforceIndicator } from './indicator.type';
import { workforceMeasures } from './indicator.service';

/** The civil-service targets' figures (DESIGN §6): workforce data, so analysts and above. */
export const WorkforceIndicatorResolver = indicatorResolver(WorkforceIndicator, workforceMeasures, { requires: ['analyst'] });
export const WorkforceEvidenceResolver = measurementEvidenceResolver(workforceMeasures, { requires: ['analyst'] });
export const resolveIndicatorReference = indicatorReference;
