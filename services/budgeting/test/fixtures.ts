import { AgreementActivatedV1, AgreementSignedV1, uuidv7 } from '@sinergi/contracts';
import type { CallerIdentity, RunningService } from '@sinergi/platform';
import { callService, eventually, publishTestEvent } from '@sinergi/testing';
import { DataSource } from 'typeorm';

export const OWNER = 'PEMKAB-MUARO-JAMBI';
export const PARTNER = 'KANWIL-PAS-JAMBI';

export const financeOfficer = (agencyCode = OWNER): CallerIdentity => ({
  clientId: `finance-${agencyCode.toLowerCase()}`,
  agencyCode,
  roles: ['finance-officer'],
});
export const auditor: CallerIdentity = { clientId: 'auditor-1', agencyCode: 'BPK', roles: ['auditor'] };

/** A response body, asserted field by field in the tests. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- bodies are whatever the route answers
export type JsonBody = any;

export interface Reply<T = JsonBody> {
  status: number;
  body: T;
}

/** Calls the service as the gateway would on behalf of `caller`. */
export async function call<T = JsonBody>(
  service: RunningService,
  caller: CallerIdentity,
  method: string,
  path: string,
  body?: unknown,
): Promise<Reply<T>> {
  return callService<T>(service, caller, method, path, body);
}

export const db = (service: RunningService) => service.app.get(DataSource);

/**
 * Publishes an agreement signed and activated by `partyCodes`, and waits until budgeting has it.
 * `terms`: its end date and the time zone it was signed in (none given: as events before zones).
 */
export async function activeAgreement(
  service: RunningService,
  partyCodes: string[] = [OWNER, PARTNER],
  terms: { endDate?: string; timeZone?: string } = {},
): Promise<string> {
  const id = uuidv7();
  await publishTestEvent(AgreementSignedV1, id, {
    partyCodes,
    startDate: '2026-01-01',
    endDate: terms.endDate ?? '2099-12-31',
    scopes: ['SKILLS_TRAINING'],
    kind: 'MOU',
    parentAgreementId: null,
    ...(terms.timeZone ? { timeZone: terms.timeZone } : {}),
  });
  await publishTestEvent(AgreementActivatedV1, id, {});
  await eventually(
    () => db(service).query(`SELECT status FROM agreements WHERE id = $1`, [id]),
    (rows: Array<{ status: string }>) => rows[0]?.status === 'ACTIVE',
  );
  return id;
}

export async function openBudget(
  service: RunningService,
  agreementId: string,
  fields: {
    ceiling: number;
    autoApproveLimit?: number;
    fiscalYear?: number;
    source?: string;
    owner?: string;
  },
) {
  const owner = fields.owner ?? OWNER;
  const reply = await call(service, financeOfficer(owner), 'POST', '/budgets', {
    agreementId,
    fiscalYear: fields.fiscalYear ?? 2027,
    source: fields.source ?? 'APBD',
    ownerAgencyCode: owner,
    ceiling: fields.ceiling,
    ...(fields.autoApproveLimit === undefined ? {} : { autoApproveLimit: fields.autoApproveLimit }),
  });
  if (reply.status !== 201)
    throw new Error(`budget not opened: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body as { id: string; ceiling: number; available: number };
}
