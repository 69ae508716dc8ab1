// The raw reference for the gateway benchmark: the least a proxy must do — forward over an undici
// keep-alive pool with the same internal token — and nothing else.
import { INTERNAL_TOKEN_HEADER, issueInternalToken, type CallerIdentity } from '@sinergi/platform';
import Fastify from 'fastify';
import { Pool } from 'undici';

const caller: CallerIdentity = { clientId: 'bench', agencyCode: 'PLATFORM', roles: ['platform-admin'] };
const pool = new Pool(process.env.TARGET_URL!, { connections: 32, pipelining: 1 });
const app = Fastify();

app.get('/health/ready', async () => ({ status: 'ready' }));
app.get('/api/v1/*', async (request, reply) => {
  const response = await pool.request({
    method: 'GET',
    path: request.url.slice('/api/v1'.length),
    headers: {
      accept: 'application/json',
      [INTERNAL_TOKEN_HEADER]: issueInternalToken(caller, process.env.INTERNAL_AUTH_SECRET!),
    },
  });
  return reply
    .status(response.statusCode)
    .header('content-type', String(response.headers['content-type']))
    .send(await response.body.text());
});

void app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
