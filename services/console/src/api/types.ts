// Shapes of the platform's answers the pages read (docs/api.md); replaced by the generated client's types.

export interface Party {
  code: string;
  signedAt?: string | null;
  signatoryName?: string | null;
  /** The signed-in officer who recorded the signature (none when a system client did). */
  signedByUser?: { userId: string; userName: string } | null;
}

export interface Agreement {
  id: string;
  kind: 'MOU' | 'PKS';
  number: string;
  title: string;
  scopes: string[];
  parties: Party[];
  status: string;
  version: number;
  startDate: string;
  endDate: string;
  parentAgreementId?: string | null;
  clauses: Array<{ number: string; text: string; responsiblePartyCode: string; scope: string }>;
}

export interface Program {
  id: string;
  agreementId: string;
  facilityCode: string;
  track: string;
  category: string;
  title: string;
  capacity: number;
  startDate: string;
  endDate: string;
  status: string;
  enrolledCount: number;
  completedCount: number;
  budgetRequested: number;
  fundingStatus?: string | null;
}

export interface Participant {
  id: string;
  registrationNumber: string;
  nik: string;
  fullName: string;
  sex: 'M' | 'F';
  birthDate: string;
  facilityCode: string;
  status: string;
  personalDataMasked?: boolean;
  releaseDate?: string | null;
  bapasCode?: string | null;
}

export interface ReintegrationCase {
  id: string;
  participantId: string;
  bapasCode: string;
  status: string;
  releaseDate: string;
  releaseType: string;
  pathways: Array<{ pathway: string; status: string; notes?: string }>;
  placements: Array<{ id: string; kind: string; organisationName: string; startDate: string }>;
  followUps: Array<{ id: string; date: string; kind: string }>;
}

export interface Budget {
  id: string;
  agreementId: string;
  fiscalYear: number;
  source: string;
  ownerAgencyCode: string;
  ceiling: number;
  allocated: number;
  disbursed: number;
  available: number;
  absorptionRate: number;
}

export interface Allocation {
  id: string;
  agreementId: string;
  purpose: string;
  programId?: string | null;
  caseId?: string | null;
  amount: number;
  status: string;
  budgetId?: string | null;
  disbursed: number;
  rejectionReason?: string | null;
}

export interface Recidivism {
  cohortSize: number;
  reoffended: number;
  inProgress: number;
  rate: number | null;
}

export interface Enrollment {
  id: string;
  programId: string;
  participantId: string;
  status: string;
  score: number | null;
  certificateNumber: string | null;
  reason: string | null;
}

export interface IndicatorReading {
  indicator: string;
  target: number;
  actual: number | null;
  status: string;
}

export interface Evaluation {
  id: string;
  agreementId: string;
  period: string;
  fiscalYear: number;
  findings: string;
  recommendations: string;
  indicators: IndicatorReading[];
  recordedAt: string;
  recordedBy: string;
}
