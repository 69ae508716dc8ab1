import { Clock, type CallerIdentity, type RunningService } from '@sinergi/platform';
import { callService, PLATFORM_ADMIN, startTestService } from '@sinergi/testing';
import { DataSource } from 'typeorm';
import { agreementsService } from '../src/service';

export const ADMIN = PLATFORM_ADMIN;
export const officerOf = (agencyCode: string): CallerIdentity => ({
  clientId: `officer-${agencyCode.toLowerCase()}`,
  agencyCode,
  roles: ['agreement-officer'],
});
export const AUDITOR: CallerIdentity = { clientId: 'auditor', agencyCode: 'BPKP', roles: ['auditor'] };

export const PEMKAB = 'PEMKAB-MUARO-JAMBI';
export const KANWIL = 'KANWIL-PAS-JAMBI';
export const LAPAS = 'LAPAS-JAMBI';
export const BAPAS = 'BAPAS-JAMBI';

/** The day every test file's clock shows unless a test moves it. */
export const TODAY = '2027-03-01';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are asserted field by field
export interface Response<T = any> {
  status: number;
  body: T;
}

export interface TestApi {
  service: RunningService;
  clock: Clock;
  db: DataSource;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  call<T = any>(method: string, path: string, body?: unknown, caller?: CallerIdentity): Promise<Response<T>>;
  /** Moves the service's clock to `date` (midday UTC). */
  setToday(date: string): void;
  stop(): Promise<void>;
}

/** Boots the real service with its clock fixed at TODAY and the test agencies registered. */
export async function startAgreements(): Promise<TestApi> {
  const service = await startTestService(agreementsService);
  const clock = service.app.get(Clock);
  const now = jest.spyOn(clock, 'now');
  const api: TestApi = {
    service,
    clock,
    db: service.app.get(DataSource),
    async call(method, path, body, caller = ADMIN) {
      return callService(service, caller, method, path, body);
    },
    setToday(date) {
      now.mockReturnValue(new Date(`${date}T12:00:00Z`));
    },
    stop: () => service.stop(),
  };
  api.setToday(TODAY);
  for (const [code, kind] of [
    [PEMKAB, 'PEMKAB'],
    [KANWIL, 'KANWIL_PAS'],
    [LAPAS, 'LAPAS'],
    [BAPAS, 'BAPAS'],
  ]) {
    const registered = await api.call('POST', '/agencies', { code, name: code, kind, regionCode: '1505' });
    // 409: another test file of this run (same database) registered it already.
    if (registered.status !== 201 && registered.status !== 409)
      throw new Error(`could not register ${code}: ${JSON.stringify(registered.body)}`);
  }
  return api;
}

export const mouBody = (overrides: Record<string, unknown> = {}) => ({
  kind: 'MOU',
  number: `NK/${Math.random().toString(36).slice(2, 8)}/2027`,
  title: 'Pembinaan dan reintegrasi warga binaan',
  scopes: ['SKILLS_TRAINING', 'SOCIAL_REINTEGRATION'],
  partyCodes: [PEMKAB, KANWIL],
  startDate: '2027-01-01',
  endDate: '2031-12-31',
  clauses: [
    {
      number: '1',
      text: 'Pemkab funds vocational training',
      responsiblePartyCode: PEMKAB,
      scope: 'SKILLS_TRAINING',
    },
  ],
  ...overrides,
});

/** Creates an agreement and signs it by every party (admin); returns it as the last signature left it. */
export async function signedAgreement(api: TestApi, body: Record<string, unknown> = mouBody()) {
  const created = await api.call('POST', '/agreements', body);
  if (created.status !== 201) throw new Error(`create failed: ${JSON.stringify(created.body)}`);
  const id = created.body.id as string;
  await api.call('POST', `/agreements/${id}/submit`);
  let last: Response = created;
  for (const partyCode of body.partyCodes as string[]) {
    last = await api.call('POST', `/agreements/${id}/signatures`, {
      partyCode,
      signatoryName: `Head of ${partyCode}`,
      signatoryTitle: 'Kepala',
    });
    if (last.status !== 201) throw new Error(`signing failed: ${JSON.stringify(last.body)}`);
  }
  return last.body as { id: string; status: string; version: number };
}

export const count = async (api: TestApi, sql: string, params: unknown[] = []) =>
  Number((await api.db.query(sql, params))[0].count);
