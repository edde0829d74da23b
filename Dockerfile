# One image for every service of the hub; docker-compose picks the service with SERVICE.
# Build stage: every dependency, the TypeScript compiled to JavaScript by `npm run build` (swc, the
# options the tests and `npm start` use), and the GraphiQL page bundled ahead of time.
FROM node:20.20-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
COPY packages/platform/package.json packages/platform/
COPY packages/sample-data/package.json packages/sample-data/
COPY packages/operations/package.json packages/operations/
COPY packages/tooling/package.json packages/tooling/
COPY gateway/package.json gateway/
COPY subgraphs/institutions/package.json subgraphs/institutions/
COPY subgraphs/civil-servants/package.json subgraphs/civil-servants/
COPY subgraphs/public-finance/package.json subgraphs/public-finance/
COPY subgraphs/egov-services/package.json subgraphs/egov-services/
COPY dashboard/package.json dashboard/
COPY test/package.json test/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build -- --out /app

# Run stage: the compiled JavaScript and production dependencies only (no compiler, no jest, no
# bundler); services start with plain `node`.
FROM node:20.20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0
COPY --from=build /app ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
USER node
# SERVICE is gateway or a subgraph name; the entry point is that service's src/main.js.
ENV SERVICE=gateway
CMD ["sh", "-c", "if [ \"$SERVICE\" = gateway ]; then exec node gateway/src/main.js; else exec node subgraphs/$SERVICE/src/main.js; fi"]
