import { ForbiddenException, Injectable } from '@nestjs/common';
import {
  AgreementActivatedV1,
  AgreementAmendedV1,
  AgreementDraftedV1,
  AgreementSignedV1,
  AgreementSubmittedV1,
  AgreementTerminatedV1,
  uuidv7,
} from '@sinergi/contracts';
import { EventPublisher, Transactions } from '@sinergi/messaging';
import {
  Clock,
  currentCaller,
  DomainError,
  InvalidInputException,
  type Page,
  personColumns,
  personOf,
  toPage,
} from '@sinergi/platform';
import type { EntityManager } from 'typeorm';
import { actorOf, assertMayWrite, isPlatformAdmin } from '../access/agreement-access';
import { assertAllowed, statusAfterLastSignature } from './agreement-lifecycle';
import { AgreementHistory, type FieldChanges } from './agreement-history';
import { AgreementTermsValidator } from './agreement-terms.validator';
import { termsOf, type Agreement, type AgreementTerms } from './agreement.model';
import { AgreementsRepository } from './agreements.repository';
import type { AmendAgreementDto } from './dto/amend-agreement.dto';
import type { CreateAgreementDto } from './dto/create-agreement.dto';
import type { AgreementListQuery } from './dto/list-agreements.query';
import type { SignAgreementDto } from './dto/sign-agreement.dto';
import type { TerminateAgreementDto } from './dto/terminate-agreement.dto';
import type { UpdateAgreementDto } from './dto/update-agreement.dto';

const AMENDABLE = ['title', 'endDate', 'scopes', 'clauses'] as const;
const EDITABLE = [
  'kind',
  'parentAgreementId',
  'number',
  'title',
  'scopes',
  'partyCodes',
  'startDate',
  'endDate',
  'clauses',
] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changedFields(
  before: AgreementTerms,
  after: AgreementTerms,
  fields: readonly (keyof AgreementTerms)[],
) {
  const changes: FieldChanges = {};
  for (const field of fields) {
    if (!same(before[field], after[field])) changes[field] = { old: before[field], new: after[field] };
  }
  return changes;
}

@Injectable()
export class AgreementsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    private readonly repository: AgreementsRepository,
    private readonly termsValidator: AgreementTermsValidator,
    private readonly history: AgreementHistory,
  ) {}

  create(dto: CreateAgreementDto): Promise<Agreement> {
    const caller = currentCaller();
    assertMayWrite(caller);
    if (!isPlatformAdmin(caller) && !dto.partyCodes.includes(caller.agencyCode)) {
      throw new ForbiddenException(
        `an agreement-officer drafts only agreements ${caller.agencyCode} is a party to`,
      );
    }
    const terms: AgreementTerms = {
      kind: dto.kind,
      parentAgreementId: dto.parentAgreementId ?? null,
      number: dto.number,
      title: dto.title,
      scopes: dto.scopes,
      partyCodes: dto.partyCodes,
      startDate: dto.startDate,
      endDate: dto.endDate,
      clauses: dto.clauses ?? [],
    };
    return this.transactions.run(async (manager) => {
      await this.termsValidator.assertValid(manager, terms, { requireActiveParent: true });
      const id = uuidv7();
      const now = this.clock.now();
      await manager.query(
        `INSERT INTO agreements (id, kind, parent_agreement_id, number, title, scopes, clauses, start_date, end_date,
                                 status, version, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'DRAFT', 1, $10, $10)`,
        [
          id,
          terms.kind,
          terms.parentAgreementId,
          terms.number,
          terms.title,
          terms.scopes,
          JSON.stringify(terms.clauses),
          terms.startDate,
          terms.endDate,
          now,
        ],
      );
      await this.repository.replaceParties(manager, id, terms.partyCodes);
      await this.repository.saveVersion(manager, id, 1, terms, now);
      await this.history.record(manager, {
        agreementId: id,
        version: 1,
        action: 'DRAFTED',
        actor: actorOf(caller),
        at: now,
      });
      await this.events.publish(AgreementDraftedV1, id, {
        kind: terms.kind,
        number: terms.number,
        partyCodes: terms.partyCodes,
      });
      return (await this.repository.find(manager, id))!;
    });
  }

  async list(query: AgreementListQuery): Promise<Page<Agreement>> {
    const rows = await this.repository.list(this.transactions.manager, currentCaller(), query);
    return toPage(rows, query.limit);
  }

  get(id: string): Promise<Agreement> {
    return this.repository.findVisible(this.transactions.manager, id, currentCaller());
  }

  update(id: string, dto: UpdateAgreementDto): Promise<Agreement> {
    return this.command(id, async (manager, agreement) => {
      assertAllowed(agreement.status, 'update');
      const before = termsOf(agreement);
      const after: AgreementTerms = { ...before };
      for (const field of EDITABLE) {
        if (dto[field] !== undefined) Object.assign(after, { [field]: dto[field] });
      }
      // Turning a PKS draft into an MOU drops its parent rather than failing on it.
      if (after.kind === 'MOU' && dto.parentAgreementId === undefined) after.parentAgreementId = null;
      const changes = changedFields(before, after, EDITABLE);
      if (Object.keys(changes).length === 0) return agreement;
      await this.termsValidator.assertValid(manager, after, { requireActiveParent: true });
      const now = this.clock.now();
      await manager.query(
        `UPDATE agreements SET kind = $2, parent_agreement_id = $3, number = $4, title = $5, scopes = $6,
                clauses = $7, start_date = $8, end_date = $9, updated_at = $10
          WHERE id = $1`,
        [
          id,
          after.kind,
          after.parentAgreementId,
          after.number,
          after.title,
          after.scopes,
          JSON.stringify(after.clauses),
          after.startDate,
          after.endDate,
          now,
        ],
      );
      if (changes.partyCodes) await this.repository.replaceParties(manager, id, after.partyCodes);
      await this.repository.saveVersion(manager, id, 1, after, now);
      await this.history.record(manager, {
        agreementId: id,
        version: 1,
        action: 'UPDATED',
        actor: actorOf(currentCaller()),
        at: now,
        changes,
      });
      return (await this.repository.find(manager, id))!;
    });
  }

  submit(id: string): Promise<Agreement> {
    return this.command(id, async (manager, agreement) => {
      assertAllowed(agreement.status, 'submit');
      await this.termsValidator.assertValid(manager, termsOf(agreement), { requireActiveParent: true });
      const now = this.clock.now();
      await this.setStatus(manager, agreement, 'PENDING_SIGNATURE', now);
      await this.history.record(manager, {
        agreementId: id,
        version: agreement.version,
        action: 'SUBMITTED',
        actor: actorOf(currentCaller()),
        at: now,
      });
      await this.events.publish(AgreementSubmittedV1, id, {});
      return (await this.repository.find(manager, id))!;
    });
  }

  sign(id: string, dto: SignAgreementDto): Promise<Agreement> {
    return this.command(id, async (manager, agreement) => {
      const caller = currentCaller();
      assertAllowed(agreement.status, 'sign');
      const party = agreement.parties.find((p) => p.code === dto.partyCode);
      if (!party) {
        throw new InvalidInputException([
          { field: 'partyCode', message: `${dto.partyCode} is not a party of this agreement` },
        ]);
      }
      if (!isPlatformAdmin(caller) && caller.agencyCode !== dto.partyCode) {
        throw new ForbiddenException(`a client of ${caller.agencyCode} may not sign for ${dto.partyCode}`);
      }
      if (party.signedAt)
        throw new DomainError(
          'agreement.already-signed',
          `${dto.partyCode} has already signed this agreement`,
        );
      await this.termsValidator.assertParentStillActive(manager, agreement.parentAgreementId);

      const now = this.clock.now();
      await manager.query(
        `UPDATE agreement_parties SET signed_at = $3, signatory_name = $4, signatory_title = $5, signed_by_client = $6,
                signed_by_user_id = $7, signed_by_user_name = $8
          WHERE agreement_id = $1 AND agency_code = $2`,
        [
          id,
          dto.partyCode,
          now,
          dto.signatoryName,
          dto.signatoryTitle,
          caller.clientId,
          ...personColumns(personOf(caller)),
        ],
      );
      await this.history.record(manager, {
        agreementId: id,
        version: agreement.version,
        action: 'SIGNED',
        actor: actorOf(caller),
        at: now,
        changes: {
          partyCode: dto.partyCode,
          signatoryName: dto.signatoryName,
          signatoryTitle: dto.signatoryTitle,
        },
      });
      const unsigned = agreement.parties.filter((p) => !p.signedAt && p.code !== dto.partyCode);
      if (unsigned.length === 0) await this.completeSignatures(manager, agreement, now);
      return (await this.repository.find(manager, id))!;
    });
  }

  terminate(id: string, dto: TerminateAgreementDto): Promise<Agreement> {
    return this.command(id, async (manager, agreement) => {
      assertAllowed(agreement.status, 'terminate');
      const now = this.clock.now();
      await manager.query(
        `UPDATE agreements SET status = 'TERMINATED', termination_reason = $2, updated_at = $3 WHERE id = $1`,
        [id, dto.reason, now],
      );
      await this.history.record(manager, {
        agreementId: id,
        version: agreement.version,
        action: 'TERMINATED',
        actor: actorOf(currentCaller()),
        at: now,
        reason: dto.reason,
      });
      await this.events.publish(AgreementTerminatedV1, id, { reason: dto.reason });
      return (await this.repository.find(manager, id))!;
    });
  }

  amend(id: string, dto: AmendAgreementDto): Promise<Agreement> {
    return this.command(id, async (manager, agreement) => {
      assertAllowed(agreement.status, 'amend');
      const before = termsOf(agreement);
      const after: AgreementTerms = { ...before };
      for (const field of AMENDABLE) {
        if (dto.changes[field] !== undefined) Object.assign(after, { [field]: dto.changes[field] });
      }
      const changes = changedFields(before, after, AMENDABLE);
      if (Object.keys(changes).length === 0) {
        throw new InvalidInputException([
          { field: 'changes', message: `changes must alter at least one of ${AMENDABLE.join(', ')}` },
        ]);
      }
      await this.termsValidator.assertValid(manager, after, { requireActiveParent: false });
      if (after.kind === 'MOU' && changes.endDate) {
        await this.termsValidator.assertCoversChildren(manager, id, after.endDate);
      }
      const now = this.clock.now();
      const version = agreement.version + 1;
      await manager.query(
        `UPDATE agreements SET title = $2, end_date = $3, scopes = $4, clauses = $5, version = $6, updated_at = $7,
                expiring_announced = expiring_announced AND end_date = $3::date
          WHERE id = $1`,
        [id, after.title, after.endDate, after.scopes, JSON.stringify(after.clauses), version, now],
      );
      await this.repository.saveVersion(manager, id, version, after, now);
      await this.history.record(manager, {
        agreementId: id,
        version,
        action: 'AMENDED',
        actor: actorOf(currentCaller()),
        at: now,
        reason: dto.reason,
        changes,
      });
      await this.events.publish(AgreementAmendedV1, id, {
        version,
        changes: Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, change.new])),
      });
      return (await this.repository.find(manager, id))!;
    });
  }

  historyOf(id: string) {
    return this.transactions.run(async (manager) => {
      const agreement = await this.repository.findVisible(manager, id, currentCaller());
      return { agreementId: id, version: agreement.version, ...(await this.history.read(manager, id)) };
    });
  }

  /** A write on a visible agreement, holding its row for the transaction. */
  private command(id: string, work: (manager: EntityManager, agreement: Agreement) => Promise<Agreement>) {
    const caller = currentCaller();
    return this.transactions.run(async (manager) => {
      const agreement = await this.repository.findVisible(manager, id, caller, { lock: true });
      assertMayWrite(caller);
      return work(manager, agreement);
    });
  }

  /**
   * The last signature fixes the agreement's time zone, its first party's (docs/domain.md), so
   * whether it starts ACTIVE, and the scheduler's activation and expiry, follow that party's date.
   */
  private async completeSignatures(manager: EntityManager, agreement: Agreement, now: Date) {
    const [[{ timeZone }]]: [Array<{ timeZone: string }>, number] = await manager.query(
      `UPDATE agreements a SET time_zone = g.time_zone
         FROM agencies g WHERE a.id = $1 AND g.code = $2
       RETURNING a.time_zone AS "timeZone"`,
      [agreement.id, agreement.parties[0].code],
    );
    const status = statusAfterLastSignature(agreement.startDate, this.clock.today(timeZone));
    await this.setStatus(manager, agreement, status, now);
    await this.events.publish(AgreementSignedV1, agreement.id, {
      timeZone,
      partyCodes: agreement.parties.map((p) => p.code),
      startDate: agreement.startDate,
      endDate: agreement.endDate,
      scopes: agreement.scopes,
      kind: agreement.kind,
      parentAgreementId: agreement.parentAgreementId,
    });
    if (status === 'ACTIVE') {
      await this.history.record(manager, {
        agreementId: agreement.id,
        version: agreement.version,
        action: 'ACTIVATED',
        actor: actorOf(currentCaller()),
        at: now,
      });
      await this.events.publish(AgreementActivatedV1, agreement.id, {});
    }
  }

  private async setStatus(manager: EntityManager, agreement: Agreement, status: string, now: Date) {
    await manager.query(`UPDATE agreements SET status = $2, updated_at = $3 WHERE id = $1`, [
      agreement.id,
      status,
      now,
    ]);
  }
}
