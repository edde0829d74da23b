import fs from 'node:fs';
import path from 'node:path';
import { apiSchemaFromSupergraph } from './api-schema';

/**
 * graphql-codegen custom schema loader (codegen.yml): generates client types from the API schema
 * of the committed supergraph, so fields hidden from clients are never offered to them.
 */
module.exports = (pointer: string) => apiSchemaFromSupergraph(fs.readFileSync(path.resolve(pointer), 'utf8'));
