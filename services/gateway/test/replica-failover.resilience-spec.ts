import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import * as path from 'node:path';
import { Client } from 'pg';
import type { RunningService } from '@sinergi/platform';
import {
  serviceTestEnv,
  startTestService,
  testInfrastructure,
  TEST_GATEWAY_SECRETS,
  TEST_NIK_KEYS,
} from '@sinergi/testing';
import { agreementsService } from '../../agreements/src/service';
import { rehabilitationService } from '../../rehabilitation/src/service';
import { reintegrationService } from '../../reintegration/src/service';
import { ApiSession } from '../src/demo/api-session';
import { runMuaroJambiJourney, type JourneyResult } from '../src/demo/muaro-jambi-journey';
import { gatewayService } from '../src/service';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const PROGRAMS = 500;
const KILL_AFTER_APPROVALS = 150;
const CONCURRENCY = 8;

interface Instance {
  url: string;
  process: ChildProcess;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** One budgeting instance in a process of its own (so that it can be killed), from its real main.ts. */
async function startBudgetingProcess(): Promise<Instance> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      '-r',
      path.join(REPO_ROOT, 'libs/testing/register-ts.js'),
      path.join(REPO_ROOT, 'services/budgeting/src/main.ts'),
    ],
    { env: { ...process.env, ...serviceTestEnv('budgeting', { PORT: String(port) }) }, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`budgeting instance exited with ${child.exitCode}`);
    const ready = await fetch(`${url}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { url, process: child };
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error('budgeting instance not ready within 120 s');
}

async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 180_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not reached within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('three budgeting instances, one killed with SIGKILL while funding requests and approvals flow', () => {
  const inProcess: RunningService[] = [];
  let budgeting: Instance[] = [];
  let gateway: RunningService;
  let journey: JourneyResult;
  let sessions: Record<string, ApiSession>;

  beforeAll(async () => {
    const agreements = await startTestService(agreementsService);
    const rehabilitation = await startTestService(rehabilitationService, TEST_NIK_KEYS);
    const reintegration = await startTestService(reintegrationService);
    inProcess.push(agreements, rehabilitation, reintegration);
    budgeting = [];
    for (let i = 0; i < 3; i++) budgeting.push(await startBudgetingProcess());
    gateway = await startTestService(gatewayService, {
      AGREEMENTS_URL: agreements.url,
      REHABILITATION_URL: rehabilitation.url,
      REINTEGRATION_URL: reintegration.url,
      BUDGETING_URL: budgeting.map((b) => b.url).join(','),
      RATE_LIMIT_PER_MINUTE: '1000000',
    });
    inProcess.unshift(gateway);
    const admin = await ApiSession.login(
      gateway.url,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID,
      TEST_GATEWAY_SECRETS.ADMIN_CLIENT_SECRET,
    );
    journey = (await runMuaroJambiJourney({ baseUrl: gateway.url, admin }))!;
    sessions = {};
    for (const c of journey.clients)
      sessions[`${c.role}@${c.agencyCode}`] = await ApiSession.login(gateway.url, c.clientId, c.clientSecret);
  }, 600_000);

  afterAll(async () => {
    for (const service of inProcess) await service.stop();
    for (const instance of budgeting)
      if (instance.process.exitCode === null) instance.process.kill('SIGTERM');
  });

  it('answers every request, decides every allocation exactly once and loses no event', async () => {
    const programOfficer = sessions['program-officer@LAPAS-MUARO-JAMBI'];
    const financeOfficer = sessions['finance-officer@PEMKAB-MUARO-JAMBI'];
    const answers: Array<{ request: string; status: number }> = [];
    const programIds = new Set<string>();
    const approved = new Set<string>();
    let killedAfter: number | undefined;
    let planningDone = false;

    const planning = inParallel(
      Array.from({ length: PROGRAMS }, (_, i) => i),
      CONCURRENCY,
      async (i) => {
        const planned = await programOfficer.send('POST', '/programs', {
          agreementId: journey.pksId,
          facilityCode: 'LAPAS-MUARO-JAMBI',
          track: 'KEMANDIRIAN',
          category: 'WELDING',
          title: `Pelatihan Las Angkatan ${i + 1}`,
          providerAgencyCode: 'DISNAKER-MUARO-JAMBI',
          capacity: 10,
          startDate: '2026-09-01',
          endDate: '2026-12-20',
          plannedSessions: 4,
          budgetRequested: 100_000,
        });
        answers.push({ request: 'POST /programs', status: planned.status });
        if (planned.status !== 201) return;
        programIds.add(planned.body.id);
        const requested = await programOfficer.send('POST', `/programs/${planned.body.id}/request-funding`);
        answers.push({ request: 'POST /programs/{id}/request-funding', status: requested.status });
      },
    ).finally(() => (planningDone = true));

    const approving = (async () => {
      const deadline = Date.now() + 720_000;
      while (approved.size < PROGRAMS && Date.now() < deadline) {
        const page = await financeOfficer.get(
          `/allocations?agreementId=${journey.pksId}&status=PENDING&limit=100`,
        );
        const ours = (page.items as Array<{ id: string; programId?: string }>).filter(
          (a) => a.programId !== undefined && programIds.has(a.programId) && !approved.has(a.id),
        );
        await inParallel(ours, CONCURRENCY, async (allocation) => {
          const decided = await financeOfficer.send('POST', `/allocations/${allocation.id}/approve`, {
            budgetId: journey.budgetId,
          });
          answers.push({ request: 'POST /allocations/{id}/approve', status: decided.status });
          if (decided.status === 200) approved.add(allocation.id);
          if (killedAfter === undefined && approved.size >= KILL_AFTER_APPROVALS) {
            killedAfter = approved.size;
            budgeting[1].process.kill('SIGKILL');
          }
        });
        if (ours.length === 0) await new Promise((r) => setTimeout(r, planningDone ? 250 : 100));
      }
    })();
    await Promise.all([planning, approving]);

    const failed = answers.filter((a) => a.status >= 300);
    console.log(
      `replica drill: ${answers.length} requests answered (${failed.length} not 2xx); budgeting instance 2 of 3 ` +
        `killed with SIGKILL after ${killedAfter} of ${PROGRAMS} approvals`,
    );
    expect(failed).toEqual([]);
    expect(killedAfter).toBe(KILL_AFTER_APPROVALS);
    expect(budgeting[1].process.signalCode).toBe('SIGKILL');
    expect(answers).toHaveLength(PROGRAMS * 3);
    expect(approved.size).toBe(PROGRAMS);

    const infra = testInfrastructure();
    const ids = [...programIds];
    const budgetingDb = new Client({ connectionString: infra.databaseUrlOf('budgeting') });
    const rehabilitationDb = new Client({ connectionString: infra.databaseUrlOf('rehabilitation') });
    await budgetingDb.connect();
    await rehabilitationDb.connect();
    try {
      const allocations = await budgetingDb.query(
        `SELECT status, count(*)::int AS n, count(DISTINCT program_id)::int AS programs
           FROM allocations WHERE program_id = ANY($1::uuid[]) GROUP BY status`,
        [ids],
      );
      expect(allocations.rows).toEqual([{ status: 'APPROVED', n: PROGRAMS, programs: PROGRAMS }]);
      const commitments = await budgetingDb.query(
        `SELECT count(*)::int AS entries, count(DISTINCT l.allocation_id)::int AS allocations
           FROM ledger_entries l JOIN allocations a ON a.id = l.allocation_id
          WHERE a.program_id = ANY($1::uuid[]) AND l.kind = 'ALLOCATED'`,
        [ids],
      );
      expect(commitments.rows[0]).toEqual({ entries: PROGRAMS, allocations: PROGRAMS });

      // Every approval reaches rehabilitation through the outbox and Kafka, the killed instance's included.
      const funded = await eventually('every program funded', async () => {
        const { rows } = await rehabilitationDb.query(
          `SELECT funding_status, count(*)::int AS n FROM program WHERE id = ANY($1::uuid[]) GROUP BY funding_status`,
          [ids],
        );
        return rows.length === 1 && rows[0].funding_status === 'APPROVED' ? rows : undefined;
      });
      expect(funded).toEqual([{ funding_status: 'APPROVED', n: PROGRAMS }]);
      const unpublished = await budgetingDb.query(`SELECT count(*)::int AS n FROM outbox_pending`);
      expect(unpublished.rows[0].n).toBe(0);
    } finally {
      await budgetingDb.end();
      await rehabilitationDb.end();
    }
  });
});
