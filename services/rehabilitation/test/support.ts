import { randomBytes, randomUUID } from 'node:crypto';
import {
  AgencyRegisteredV1,
  AgreementActivatedV1,
  AgreementSignedV1,
  AllocationApprovedV1,
} from '@sinergi/contracts';
import { Clock, type CallerIdentity, type RunningService } from '@sinergi/platform';
import {
  callService,
  eventually,
  publishTestEvent,
  startTestService,
  TEST_NIK_KEYS,
  type StartOptions,
} from '@sinergi/testing';
import { DataSource } from 'typeorm';
import { RehabilitationEnv } from '../src/config/rehabilitation-env';
import { rehabilitationService } from '../src/service';

/**
 * Test-only secrets (real deployments pass them in the environment): the ones every test of a run
 * uses, as test files share the run's database and read each other's rows.
 */
export const TEST_NIK_KEY = TEST_NIK_KEYS.NIK_ENCRYPTION_KEY;
export const TEST_NIK_HASH_KEY = TEST_NIK_KEYS.NIK_HASH_KEY;

class TestRehabilitationEnv extends RehabilitationEnv {
  override NIK_ENCRYPTION_KEY = TEST_NIK_KEY;
  override NIK_HASH_KEY = TEST_NIK_HASH_KEY;
}

/** The service with test secrets as environment defaults. */
export const testRehabilitationService = { ...rehabilitationService, envClass: TestRehabilitationEnv };

/** Every test pins "now", so agreement terms, session dates and certificate years are fixed. */
export const TEST_NOW = new Date('2027-03-01T08:00:00Z');

export async function startRehabilitation(
  overrides: Record<string, string> = {},
  options: StartOptions = {},
): Promise<RunningService> {
  const service = await startTestService(testRehabilitationService, overrides, options);
  jest.spyOn(service.app.get(Clock), 'now').mockReturnValue(TEST_NOW);
  return service;
}

export const database = (service: RunningService) => service.app.get(DataSource);

/** A short random suffix so each test file's agencies and agreements are its own. */
export const unique = (prefix: string) => `${prefix}-${randomBytes(3).toString('hex').toUpperCase()}`;

export const admin: CallerIdentity = {
  clientId: 'test-admin',
  agencyCode: 'PLATFORM',
  roles: ['platform-admin'],
};
export const programOfficer = (facilityCode: string): CallerIdentity => ({
  clientId: `officer-${facilityCode}`,
  agencyCode: facilityCode,
  roles: ['program-officer'],
});
export const auditor: CallerIdentity = {
  clientId: 'test-auditor',
  agencyCode: 'INSPEKTORAT',
  roles: ['auditor'],
};

// Response bodies are checked by the tests' assertions, not by a static type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export interface Reply<T = Json> {
  status: number;
  body: T;
}

/** Calls the service as the gateway would on behalf of `caller`. */
export async function call<T = Json>(
  service: RunningService,
  caller: CallerIdentity,
  method: string,
  path: string,
  body?: unknown,
): Promise<Reply<T>> {
  return callService<T>(service, caller, method, path, body);
}

export async function registerAgency(
  service: RunningService,
  code: string,
  kind: string,
  regionCode = '1505',
  timeZone?: string,
) {
  await publishTestEvent(AgencyRegisteredV1, code, {
    code,
    kind,
    regionCode,
    name: `Agency ${code}`,
    ...(timeZone ? { timeZone } : {}),
  });
  await eventually(
    () => database(service).query(`SELECT 1 FROM known_agency WHERE code = $1`, [code]),
    (rows: unknown[]) => rows.length === 1,
  );
}

export interface AgreementTerms {
  scopes: string[];
  startDate?: string;
  endDate?: string;
}

/** The regional corrections office of Jambi province (region `15`), party to the test agreements. */
export const KANWIL_JAMBI = 'KANWIL-PAS-JAMBI';

/**
 * Publishes agreement.signed (and activated) as the agreements service would; waits for the read
 * model. The parties are Pemkab Muaro Jambi and the Kanwil of Jambi province, so the facilities of
 * the province (region 15xx) may plan programs under it.
 */
export async function activeAgreement(
  service: RunningService,
  terms: AgreementTerms,
  partyCodes = ['PEMKAB-MUARO-JAMBI', KANWIL_JAMBI],
): Promise<string> {
  await registerAgency(service, KANWIL_JAMBI, 'KANWIL_PAS', '15');
  const id = randomUUID();
  await publishTestEvent(AgreementSignedV1, id, {
    partyCodes,
    startDate: terms.startDate ?? '2027-01-01',
    endDate: terms.endDate ?? '2029-12-31',
    scopes: terms.scopes,
    kind: 'MOU',
    parentAgreementId: null,
  });
  await publishTestEvent(AgreementActivatedV1, id, {});
  await eventually(
    () => database(service).query(`SELECT status FROM known_agreement WHERE id = $1`, [id]),
    (rows: Array<{ status: string }>) => rows[0]?.status === 'ACTIVE',
  );
  return id;
}

export const programInput = (agreementId: string, facilityCode: string, overrides: object = {}) => ({
  agreementId,
  facilityCode,
  track: 'KEMANDIRIAN',
  category: 'WELDING',
  title: 'Pelatihan las',
  capacity: 20,
  startDate: '2027-02-01',
  endDate: '2027-11-30',
  plannedSessions: 12,
  budgetRequested: 150_000_000,
  ...overrides,
});

/** A program taken through funding (budgeting's approval simulated on Kafka) into `FUNDED`. */
export async function fundedProgram(
  service: RunningService,
  agreementId: string,
  facilityCode: string,
  overrides: object = {},
): Promise<string> {
  const created = await call(
    service,
    admin,
    'POST',
    '/programs',
    programInput(agreementId, facilityCode, overrides),
  );
  expect(created.status).toBe(201);
  const programId: string = created.body.id;
  expect((await call(service, admin, 'POST', `/programs/${programId}/request-funding`)).status).toBe(200);
  await publishTestEvent(AllocationApprovedV1, randomUUID(), allocationAnswer(agreementId, programId));
  await eventually(
    () => call(service, admin, 'GET', `/programs/${programId}`),
    (reply) => reply.body.status === 'FUNDED',
  );
  return programId;
}

export const allocationAnswer = (agreementId: string, programId: string) => ({
  agreementId,
  fiscalYear: 2027,
  purpose: 'PROGRAM',
  programId,
  caseId: null,
  grantId: null,
  budgetId: randomUUID(),
  amount: 150_000_000,
});

const twoDigits = () => String(1 + Math.floor(Math.random() * 99)).padStart(2, '0');
/** Jambi province, a random regency and district per test file, so files sharing the run's database never collide. */
const FILE_REGION = `15${twoDigits()}${twoDigits()}`;

/** A NIK `PPRRSSDDMMYYXXXX` agreeing with the birth date and sex. */
export function nikFor(birthDate: string, sex: 'M' | 'F', serial: number, region = FILE_REGION): string {
  const [year, month, day] = birthDate.split('-');
  const encodedDay = String(Number(day) + (sex === 'F' ? 40 : 0)).padStart(2, '0');
  return `${region}${encodedDay}${month}${year.slice(2)}${String(serial).padStart(4, '0')}`;
}

/** Personal data this test file handed to the service, to look for where it must never appear. */
export const personalDataGiven: string[] = [];

let serial = Math.floor(Math.random() * 5000) + 1;

export async function registerParticipant(
  service: RunningService,
  facilityCode: string,
  caller: CallerIdentity = admin,
): Promise<{ id: string; nik: string }> {
  serial += 1;
  const sex = serial % 2 === 0 ? 'F' : 'M';
  const birthDate = `19${80 + (serial % 15)}-0${1 + (serial % 9)}-${String(10 + (serial % 18))}`;
  const nik = nikFor(birthDate, sex, serial);
  const fullName = `Warga Binaan ${randomBytes(4).toString('hex')}`;
  personalDataGiven.push(nik, fullName, birthDate);
  const reply = await call(service, caller, 'POST', '/participants', {
    registrationNumber: `REG-${randomUUID()}`,
    nik,
    fullName,
    sex,
    birthDate,
    facilityCode,
  });
  expect(reply.status).toBe(201);
  return { id: reply.body.id, nik };
}

/** Every outbox row of the run (this and earlier test files): none carries the given personal data. */
export async function expectOutboxFreeOfPersonalData(service: RunningService) {
  const rows: Array<{ text: string }> = await database(service).query(
    `SELECT envelope::text || headers::text AS text FROM outbox`,
  );
  const leaks = rows.filter((row) => personalDataGiven.some((secret) => row.text.includes(secret)));
  console.log(
    `personal data scan: ${rows.length} outbox events checked against ${personalDataGiven.length} values; ${leaks.length} leak(s)`,
  );
  expect(rows.length).toBeGreaterThan(0);
  expect(leaks).toEqual([]);
}

/** Runs `tasks` with at most `limit` in flight. */
export async function inBatches<T>(
  count: number,
  limit: number,
  task: (i: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += limit) {
    const batch = Array.from({ length: Math.min(limit, count - start) }, (_, i) => task(start + i));
    results.push(...(await Promise.all(batch)));
  }
  return results;
}
