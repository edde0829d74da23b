import { indicatorReference, indicatorResolver, measurementEvidenceResolver } from '@par/platform';
import { EgovIndicator } from './indicator.type';
import { egovMeasures } from './indicator.service';

/** The e-government targets' figures (DESIGN §6). Public: the plan's scorecard is published, and measurements are aggregates. */
export const EgovIndicatorResolver = indicatorResolver(EgovIndicator, egovMeasures);
export const EgovEvidenceResolver = measurementEvidenceResolver(egovMeasures);
export const resolveIndicatorReference = indicatorReference;
