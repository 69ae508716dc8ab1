// The six services of the platform: one place for their names, default ports and schemas.
// Every start, provisioning and test script reads this list. `managementPort` serves /health/* and
// /metrics (port + 6000, as libs/platform's defaultManagementPort) and is never published.
const SERVICES = [
  { name: 'gateway', port: 3000 },
  { name: 'agreements', port: 3001 },
  { name: 'rehabilitation', port: 3002 },
  { name: 'reintegration', port: 3003 },
  { name: 'budgeting', port: 3004 },
  { name: 'notifications', port: 3005 },
].map((service) => ({ ...service, managementPort: service.port + 6000 }));

/**
 * Database roles of a service (docs/SECURITY.md, "Database roles"): `owner` owns the service's
 * schema and its tables and runs the migrations; `app` is the role the running service uses: it
 * reads and writes rows of that schema only, and cannot change or drop tables or triggers.
 */
const rolesOf = (service) => ({ owner: `sinergi_${service}_owner`, app: `sinergi_${service}_app` });

/** Variables holding the passwords of a service's roles (provisioning, docker-compose, k8s). */
const passwordVariablesOf = (service) => ({
  owner: `${service.toUpperCase()}_MIGRATION_DATABASE_PASSWORD`,
  app: `${service.toUpperCase()}_DATABASE_PASSWORD`,
});

/**
 * Node's flags for every service process: `npm start`, the image (its NODE_OPTIONS says the same)
 * and the benchmarks, raw baselines included. Left to itself V8 sizes the heap for the machine: on
 * a host with 23 GiB it let a service's young generation grow to 128 MB and its old generation to
 * four times what was live, so the gateway held 570 MB after a benchmark with 70 MB in use. A
 * 256 MB old generation is some three times a service's live heap (V8 then grows it by at most
 * 1.3× per collection) and half of the 512 MiB a Pod may use. A 32 MB semi-space (a young
 * generation of up to 64 MB) scavenges a quarter as often under load, so fewer of a request's
 * objects live long enough to be promoted: with 8 MB the gateway's p99 was 5.5–8.4 ms above the raw
 * proxy's in G1, with 32 MB −16.8 to +2.5 ms (docs/BENCHMARKS.md). It costs some 40 MB per busy
 * process under load and nothing at rest. `--expose-gc`
 * lets a service give memory back when it goes quiet after work (reduceMemoryWhenIdle in
 * libs/platform); nothing else calls `gc`.
 */
const SERVICE_NODE_FLAGS = ['--max-old-space-size=256', '--max-semi-space-size=32', '--expose-gc'];

/**
 * Environment of every service process, set by the same launchers (the image's ENV says the same).
 * glibc raises its mmap threshold to the size of the largest block freed, up to 32 MiB: after the
 * first scrypt (16 MiB for a client secret, 128 MiB for a password, in libuv's worker threads) such
 * blocks come from malloc arenas, which keep them once freed — the gateway held some 64 MB that
 * way. A fixed threshold (glibc's default value) turns that off, so they go back to the system.
 */
const SERVICE_PROCESS_ENV = { MALLOC_MMAP_THRESHOLD_: '131072' };

module.exports = { SERVICES, SERVICE_NODE_FLAGS, SERVICE_PROCESS_ENV, rolesOf, passwordVariablesOf };
