import type { ImporterDefinition } from '@par/platform';
import { calendarDaysImporter } from './calendar-days.importer';
import { satisfactionSurveysImporter } from './satisfaction-surveys.importer';

/** What departments may bulk-load into e-government services (`npm run import -- egov-services <entity> <file>`). */
export const importers: ImporterDefinition[] = [satisfactionSurveysImporter, calendarDaysImporter];
