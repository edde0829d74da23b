import type { ImporterDefinition } from '@par/platform';
import { budgetLinesImporter } from './budget-lines.importer';

/** What departments may bulk-load into public finance (`npm run import -- public-finance <entity> <file>`). */
export const importers: ImporterDefinition[] = [budgetLinesImporter];
