// The raw reference for the agreement overview (A1): the least a fan-out must do — the same five
// internal reads the gateway makes, in parallel over undici keep-alive pools, each with an internal
// token signed for its call as the gateway signs it — then sum what came back, and nothing else.
import {
  AGGREGATE_ROUTES,
  INTERNAL_TOKEN_HEADER,
  InternalTokenSigner,
  routeKey,
  type CallerIdentity,
  type ServiceName,
} from '@sinergi/platform';
import Fastify from 'fastify';
import { Pool } from 'undici';

const caller: CallerIdentity = JSON.parse(process.env.CALLER!);
const via = routeKey(AGGREGATE_ROUTES.overview);
const pools: Partial<Record<ServiceName, Pool>> = {};
const pool = (service: ServiceName) =>
  (pools[service] ??= new Pool(process.env[`${service.toUpperCase()}_URL`]!, {
    connections: 32,
    pipelining: 1,
  }));
const signer = InternalTokenSigner.fromKey(process.env.INTERNAL_SIGNING_KEY!);

interface Json {
  [field: string]: unknown;
}
type Items = Array<Record<string, unknown>>;

/**
 * One read: its JSON, or null when the service answers 404 (the gateway shows that part as absent);
 * any other answer fails the request, since a refused read would make the reference cheaper.
 */
async function read(service: ServiceName, path: string): Promise<Json | null> {
  const token = await (await signer).sign(caller, { service, method: 'GET', path: path.split('?')[0], via });
  const response = await pool(service).request({
    method: 'GET',
    path,
    headers: { accept: 'application/json', [INTERNAL_TOKEN_HEADER]: token },
  });
  const text = await response.body.text();
  if (response.statusCode === 404) return null;
  if (response.statusCode !== 200) throw new Error(`${service} ${path} answered ${response.statusCode}`);
  return JSON.parse(text) as Json;
}

const total = (list: Json | null, field: string) =>
  ((list?.items ?? []) as Items).reduce((sum, item) => sum + Number(item[field]), 0);

const app = Fastify();
app.get('/health/ready', async () => ({ status: 'ready' }));
app.get<{ Params: { id: string }; Querystring: { fiscalYear: string } }>(
  '/api/v1/agreements/:id/overview',
  async (request) => {
    const { id } = request.params;
    const year = request.query.fiscalYear;
    const [agreement, workPlan, programs, budgets, reintegration] = await Promise.all([
      read('agreements', `/agreements/${id}`),
      read('agreements', `/agreements/${id}/work-plans/${year}`),
      read('rehabilitation', `/summaries/agreements?agreementId=${id}`),
      read('budgeting', `/budgets?agreementId=${id}&fiscalYear=${year}&limit=500`),
      read('reintegration', `/reintegration/metrics/agreement-summary?agreementId=${id}&cohortYear=${year}`),
    ]);
    return {
      agreement,
      workPlan,
      programs: ((programs?.items ?? []) as Items)[0] ?? null,
      budget: { ceiling: total(budgets, 'ceiling'), disbursed: total(budgets, 'disbursed') },
      reintegration,
    };
  },
);

void app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
