// Container HEALTHCHECK: exits 0 when the service in this container answers GET /health/ready with
// 2xx on its management port. Slim images have no curl, so this uses node's own fetch. The port is
// MANAGEMENT_PORT, else the service's default.
const { SERVICES } = require('../services');

const service = SERVICES.find(({ name }) => name === process.env.SERVICE);
const port = process.env.MANAGEMENT_PORT || (service ? service.managementPort : 9000);

fetch(`http://127.0.0.1:${port}/health/ready`, { signal: AbortSignal.timeout(4_000) }).then(
  (response) => process.exit(response.ok ? 0 : 1),
  () => process.exit(1),
);
