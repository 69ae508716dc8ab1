# One image definition for the five Sinergi services (and the init jobs).
#
#   docker build --build-arg SERVICE=budgeting -t sinergi/budgeting .
#
# SERVICE (gateway | agreements | rehabilitation | reintegration | budgeting) only sets the
# default entry point: every image holds all five services, and `-e SERVICE=<name>` at run time
# starts another one. The same image runs the init jobs with another command:
#   node infra/postgres/provision.js   (roles, schemas, database)
#   node scripts/migrate.js            (migrate-only: $SERVICE with DATABASE_URL, or the services
#                                       named, each with <SERVICE>_DATABASE_URL)
#   node scripts/topics.js             (Kafka topics)
#
# Plain Dockerfile syntax only (no RUN --mount, no COPY --parents), so both BuildKit and the
# classic builder used by docker-compose v1 can build it.

ARG NODE_IMAGE=node:24-bookworm-slim

# ---------------------------------------------------------------------------------------------
# manifests: the lockfile and every workspace's package.json, laid out as in the repo, so that
# `npm ci` layers are only rebuilt when dependencies change.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs/contracts/package.json libs/contracts/
COPY libs/messaging/package.json libs/messaging/
COPY libs/platform/package.json libs/platform/
COPY libs/testing/package.json libs/testing/
COPY services/gateway/package.json services/gateway/
COPY services/agreements/package.json services/agreements/
COPY services/rehabilitation/package.json services/rehabilitation/
COPY services/reintegration/package.json services/reintegration/
COPY services/budgeting/package.json services/budgeting/
COPY services/console/package.json services/console/

# ---------------------------------------------------------------------------------------------
# build: all dependencies, then `npm run build` (Nx + swc) writes <package>/dist.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NX_TUI=false \
    NX_SKIP_NX_CACHE=true
COPY --from=manifests /app/ ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# ---------------------------------------------------------------------------------------------
# runtime: production dependencies, compiled output, and the provisioning / topic scripts.
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0
COPY --from=manifests /app/ ./
RUN npm ci --omit=dev --no-audit --no-fund \
    && npm cache clean --force
COPY --from=build /app/libs/contracts/dist libs/contracts/dist
COPY --from=build /app/libs/messaging/dist libs/messaging/dist
COPY --from=build /app/libs/platform/dist libs/platform/dist
COPY --from=build /app/services/gateway/dist services/gateway/dist
COPY --from=build /app/services/agreements/dist services/agreements/dist
COPY --from=build /app/services/rehabilitation/dist services/rehabilitation/dist
COPY --from=build /app/services/reintegration/dist services/reintegration/dist
COPY --from=build /app/services/budgeting/dist services/budgeting/dist
# The web console, built by Vite; the gateway serves it at /.
COPY --from=build /app/services/console/dist services/console/dist
# Init jobs: infra/postgres/provision.js (needs pg and infra/services.js), scripts/migrate.js and
# scripts/topics.js.
COPY infra/services.js infra/
COPY infra/postgres infra/postgres
COPY infra/docker infra/docker
COPY scripts scripts
# The OpenAPI document the gateway serves at /docs-json (npm run docs:openapi).
COPY docs/openapi.json docs/

# Last, so that the five service images share every layer above.
ARG SERVICE=gateway
ENV SERVICE=${SERVICE}

# Default ports: gateway 3000, agreements 3001, rehabilitation 3002, reintegration 3003,
# budgeting 3004 (infra/services.js); PORT overrides.
EXPOSE 3000 3001 3002 3003 3004

# The node image's unprivileged user (uid 1000); the files above stay root-owned, read-only to it.
USER node

HEALTHCHECK --interval=10s --timeout=5s --start-period=40s --retries=3 \
    CMD ["node", "/app/infra/docker/healthcheck.js"]

# Heap sizes of every service process (infra/services.js, SERVICE_NODE_FLAGS, says the same), and
# a fixed glibc mmap threshold so scrypt's large blocks go back to the system once freed
# (SERVICE_PROCESS_ENV there).
ENV NODE_OPTIONS="--max-old-space-size=256 --max-semi-space-size=32 --expose-gc"
ENV MALLOC_MMAP_THRESHOLD_=131072

# `exec` replaces the shell, so node itself gets SIGTERM and shuts down gracefully.
CMD ["sh", "-c", "exec node \"services/${SERVICE}/dist/main.js\""]
