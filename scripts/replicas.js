// Replica counts for `npm start -- --replicas budgeting=3,rehabilitation=2` (or SINERGI_REPLICAS with
// the same value): which instances of each service to start, on which ports, and the URL lists the
// gateway spreads its calls over.
const MAX_REPLICAS = 9;
/** Instance i (from 0) of a service listens on its port + i × PORT_STEP. */
const PORT_STEP = 100;

function parseReplicas(spec, serviceNames) {
  const counts = {};
  if (!spec) return counts;
  for (const part of spec.split(',').filter((p) => p.trim() !== '')) {
    const match = /^\s*([a-z]+)\s*=\s*(\d+)\s*$/.exec(part);
    if (!match) throw new Error(`--replicas: "${part}" is not <service>=<count>`);
    const [, name, count] = match;
    if (name === 'gateway') {
      throw new Error(
        '--replicas: the gateway runs once here; run several behind a load balancer (docs/OPERATIONS.md)',
      );
    }
    if (!serviceNames.includes(name)) {
      throw new Error(
        `--replicas: unknown service "${name}" (one of ${serviceNames.filter((n) => n !== 'gateway').join(', ')})`,
      );
    }
    const n = Number(count);
    if (n < 1 || n > MAX_REPLICAS)
      throw new Error(`--replicas: ${name}=${count} must be between 1 and ${MAX_REPLICAS}`);
    counts[name] = n;
  }
  return counts;
}

/** The replica spec from `--replicas X` / `--replicas=X` in argv, else SINERGI_REPLICAS. */
function replicaSpec(argv, env) {
  const index = argv.findIndex((a) => a === '--replicas' || a.startsWith('--replicas='));
  if (index === -1) return env.SINERGI_REPLICAS;
  const arg = argv[index];
  if (arg.includes('=')) return arg.slice('--replicas='.length);
  if (argv[index + 1] === undefined)
    throw new Error('--replicas needs a value such as budgeting=3,rehabilitation=2');
  return argv[index + 1];
}

/** Every instance to start: `{ service, name, port }`, the first instance of each keeping the service's name. */
function instancesOf(services, counts, portOf) {
  return services.flatMap((service) =>
    Array.from({ length: counts[service.name] ?? 1 }, (_, i) => ({
      service: service.name,
      name: i === 0 ? service.name : `${service.name}-${i + 1}`,
      port: portOf(service) + i * PORT_STEP,
    })),
  );
}

/** The gateway's `<SERVICE>_URL` variables: each service's instances, comma-separated. */
function gatewayUrls(instances) {
  const env = {};
  for (const name of new Set(instances.map((i) => i.service).filter((s) => s !== 'gateway'))) {
    env[`${name.toUpperCase()}_URL`] = instances
      .filter((instance) => instance.service === name)
      .map((instance) => `http://127.0.0.1:${instance.port}`)
      .join(',');
  }
  return env;
}

module.exports = { parseReplicas, replicaSpec, instancesOf, gatewayUrls, PORT_STEP };
