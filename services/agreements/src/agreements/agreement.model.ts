import type { Person } from '@sinergi/platform';
import type { AgreementStatus } from './agreement-lifecycle';

export interface Clause {
  number: string;
  text: string;
  responsiblePartyCode: string;
  scope: string;
}

/** The negotiable content of an agreement, validated as a whole on create, edit and amendment. */
export interface AgreementTerms {
  kind: string;
  parentAgreementId: string | null;
  number: string;
  title: string;
  scopes: string[];
  partyCodes: string[];
  startDate: string;
  endDate: string;
  clauses: Clause[];
}

export interface Party {
  code: string;
  signedAt: string | null;
  signatoryName: string | null;
  signatoryTitle: string | null;
  /** The signed-in officer who signed for the party (null when a system client signed). */
  signedByUser: Person | null;
}

export interface Agreement {
  id: string;
  kind: string;
  parentAgreementId: string | null;
  number: string;
  title: string;
  scopes: string[];
  parties: Party[];
  status: AgreementStatus;
  version: number;
  startDate: string;
  endDate: string;
  clauses: Clause[];
  terminationReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export const termsOf = (agreement: Agreement): AgreementTerms => ({
  kind: agreement.kind,
  parentAgreementId: agreement.parentAgreementId,
  number: agreement.number,
  title: agreement.title,
  scopes: agreement.scopes,
  partyCodes: agreement.parties.map((p) => p.code),
  startDate: agreement.startDate,
  endDate: agreement.endDate,
  clauses: agreement.clauses,
});
