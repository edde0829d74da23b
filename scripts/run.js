// Runs a TypeScript entry point through swc (decorator metadata on, as type-graphql and MikroORM need).
process.env.SWC_NODE_PROJECT ??= require('node:path').join(__dirname, '..', 'tsconfig.json');
require('@swc-node/register');
const entry = process.argv[2];
process.argv.splice(1, 2, entry);
require(require('node:path').resolve(entry));
