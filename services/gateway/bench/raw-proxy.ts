// The raw reference for the gateway benchmark: the least a proxy must do — forward over an undici
// keep-alive pool with an internal token signed for each call, as the gateway does — and nothing else.
import { INTERNAL_TOKEN_HEADER, InternalTokenSigner, type CallerIdentity } from '@sinergi/platform';
import Fastify from 'fastify';
import { Pool } from 'undici';

const caller: CallerIdentity = { clientId: 'bench', agencyCode: 'PLATFORM', roles: ['platform-admin'] };
const pool = new Pool(process.env.TARGET_URL!, { connections: 32, pipelining: 1 });
const app = Fastify();
const signer = InternalTokenSigner.fromKey(process.env.INTERNAL_SIGNING_KEY!);

app.get('/health/ready', async () => ({ status: 'ready' }));
app.get('/api/v1/*', async (request, reply) => {
  const path = request.url.slice('/api/v1'.length);
  const token = await (
    await signer
  ).sign(caller, { service: 'agreements', method: 'GET', path: path.split('?')[0] });
  const response = await pool.request({
    method: 'GET',
    path,
    headers: { accept: 'application/json', [INTERNAL_TOKEN_HEADER]: token },
  });
  return reply
    .status(response.statusCode)
    .header('content-type', String(response.headers['content-type']))
    .send(await response.body.text());
});

void app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
// A clean exit on SIGTERM, as the services make, so that a CPU profile (BENCH_PROFILE) is written.
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
