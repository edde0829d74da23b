const t0 = performance.now();
require('reflect-metadata');
const def = require(process.argv[2]).default;
const t1 = performance.now();
const { buildSubgraphSchema } = require('@par/platform');
buildSubgraphSchema(def).then(() => { console.log(JSON.stringify({ import: Math.round(t1 - t0), schema: Math.round(performance.now() - t1) })); });
