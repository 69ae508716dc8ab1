import { Injectable } from '@nestjs/common';
import { DomainError, type FieldError, InvalidInputException } from '@sinergi/platform';
import type { EntityManager } from 'typeorm';
import type { AgreementTerms } from './agreement.model';

interface ParentRow {
  id: string;
  kind: string;
  status: string;
  startDate: string;
  endDate: string;
}

/**
 * The rules of DOMAIN.md "Agreements" that span several fields: start < end, parties are known
 * agencies, clauses name a party and one of the agreement's scopes, and a PKS lies inside the
 * term of a parent MOU (which must be ACTIVE when the PKS is drafted, submitted or signed).
 */
@Injectable()
export class AgreementTermsValidator {
  /** Throws a 400 listing every invalid field, then a 409 if the parent MOU is not ACTIVE. */
  async assertValid(
    manager: EntityManager,
    terms: AgreementTerms,
    options: { requireActiveParent: boolean },
  ): Promise<void> {
    const errors: FieldError[] = [];
    if (terms.startDate >= terms.endDate) {
      errors.push({ field: 'endDate', message: 'endDate must be after startDate' });
    }
    errors.push(...(await this.unknownParties(manager, terms.partyCodes)));
    errors.push(...clauseErrors(terms));
    const parent = await this.parentErrors(manager, terms, errors);
    if (errors.length > 0) throw new InvalidInputException(errors);
    if (parent && options.requireActiveParent) assertParentActive(parent);
  }

  /** An MOU's amended end date must still cover the term of every PKS under it that has not ended. */
  async assertCoversChildren(manager: EntityManager, mouId: string, endDate: string) {
    const [latest]: Array<{ endDate: string | null }> = await manager.query(
      `SELECT max(end_date)::text AS "endDate" FROM agreements
        WHERE parent_agreement_id = $1 AND status NOT IN ('EXPIRED', 'TERMINATED')`,
      [mouId],
    );
    if (latest.endDate && endDate < latest.endDate) {
      throw new InvalidInputException([
        {
          field: 'changes.endDate',
          message: `endDate must not end before its PKS agreements (${latest.endDate})`,
        },
      ]);
    }
  }

  /** For a PKS about to be signed: its parent MOU must still be ACTIVE. */
  async assertParentStillActive(manager: EntityManager, parentAgreementId: string | null) {
    if (!parentAgreementId) return;
    const parent = await this.parent(manager, parentAgreementId);
    if (parent) assertParentActive(parent);
  }

  private async unknownParties(manager: EntityManager, partyCodes: string[]): Promise<FieldError[]> {
    const known: Array<{ code: string }> = await manager.query(
      `SELECT code FROM agencies WHERE code = ANY($1::text[])`,
      [partyCodes],
    );
    const unknown = partyCodes.filter((code) => !known.some((k) => k.code === code));
    return unknown.length > 0
      ? [{ field: 'partyCodes', message: `unknown agencies: ${unknown.join(', ')}` }]
      : [];
  }

  private async parentErrors(
    manager: EntityManager,
    terms: AgreementTerms,
    errors: FieldError[],
  ): Promise<ParentRow | undefined> {
    if (terms.kind === 'MOU') {
      if (terms.parentAgreementId) {
        errors.push({ field: 'parentAgreementId', message: 'an MOU has no parent agreement' });
      }
      return undefined;
    }
    if (!terms.parentAgreementId) {
      errors.push({ field: 'parentAgreementId', message: 'a PKS must name its parent MOU' });
      return undefined;
    }
    const parent = await this.parent(manager, terms.parentAgreementId);
    if (!parent) {
      errors.push({ field: 'parentAgreementId', message: `agreement ${terms.parentAgreementId} not found` });
      return undefined;
    }
    if (parent.kind !== 'MOU') {
      errors.push({ field: 'parentAgreementId', message: 'the parent of a PKS must be an MOU' });
      return undefined;
    }
    const term = `the parent MOU's term (${parent.startDate} to ${parent.endDate})`;
    if (terms.startDate < parent.startDate) {
      errors.push({ field: 'startDate', message: `startDate must lie inside ${term}` });
    }
    if (terms.endDate > parent.endDate) {
      errors.push({ field: 'endDate', message: `endDate must lie inside ${term}` });
    }
    return parent;
  }

  private async parent(manager: EntityManager, id: string): Promise<ParentRow | undefined> {
    const rows: ParentRow[] = await manager.query(
      `SELECT id, kind, status, start_date::text AS "startDate", end_date::text AS "endDate"
         FROM agreements WHERE id = $1`,
      [id],
    );
    return rows[0];
  }
}

function assertParentActive(parent: ParentRow) {
  if (parent.status !== 'ACTIVE') {
    throw new DomainError(
      'agreement.parent-not-active',
      `the parent MOU ${parent.id} is ${parent.status}; a PKS needs an ACTIVE MOU`,
    );
  }
}

function clauseErrors(terms: AgreementTerms): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  terms.clauses.forEach((clause, i) => {
    if (!terms.partyCodes.includes(clause.responsiblePartyCode)) {
      errors.push({
        field: `clauses.${i}.responsiblePartyCode`,
        message: `${clause.responsiblePartyCode} is not a party of this agreement`,
      });
    }
    if (!terms.scopes.includes(clause.scope)) {
      errors.push({
        field: `clauses.${i}.scope`,
        message: `${clause.scope} is not one of the agreement's scopes`,
      });
    }
    if (seen.has(clause.number)) {
      errors.push({ field: `clauses.${i}.number`, message: `clause number ${clause.number} is repeated` });
    }
    seen.add(clause.number);
  });
  return errors;
}
