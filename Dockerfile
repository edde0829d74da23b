# One image for every service of the hub; docker-compose picks the entry point per service.
FROM node:20.20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0
COPY package.json package-lock.json ./
COPY packages/platform/package.json packages/platform/
COPY packages/sample-data/package.json packages/sample-data/
COPY packages/operations/package.json packages/operations/
COPY gateway/package.json gateway/
COPY subgraphs/institutions/package.json subgraphs/institutions/
COPY subgraphs/civil-servants/package.json subgraphs/civil-servants/
COPY subgraphs/public-finance/package.json subgraphs/public-finance/
COPY subgraphs/egov-services/package.json subgraphs/egov-services/
COPY test/package.json test/
RUN npm ci --no-audit --no-fund && npm cache clean --force
COPY tsconfig.json .swcrc supergraph.graphql ./
COPY scripts scripts
COPY packages packages
COPY gateway gateway
COPY subgraphs subgraphs
USER node
# SERVICE is gateway or a subgraph name; the entry point is that service's src/main.ts.
ENV SERVICE=gateway
CMD ["sh", "-c", "if [ \"$SERVICE\" = gateway ]; then exec node scripts/run.js gateway/src/main.ts; else exec node scripts/run.js subgraphs/$SERVICE/src/main.ts; fi"]
