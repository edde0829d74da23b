import type { ImporterDefinition } from '@par/platform';
import { trainingCompletionsImporter } from './training-completions.importer';

/** What departments may bulk-load into civil servants (`npm run import -- civil-servants <entity> <file>`). */
export const importers: ImporterDefinition[] = [trainingCompletionsImporter];
