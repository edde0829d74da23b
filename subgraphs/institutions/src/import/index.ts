import type { ImporterDefinition } from '@par/platform';
import { proceduresImporter } from './procedures.importer';

/** What departments may bulk-load into institutions (`npm run import -- institutions <entity> <file>`). */
export const importers: ImporterDefinition[] = [proceduresImporter];
