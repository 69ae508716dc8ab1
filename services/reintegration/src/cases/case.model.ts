import type { Pathway, PathwayStatus } from '@sinergi/contracts';

export const CaseStatuses = ['OPEN', 'CLOSED_SUCCESS', 'CLOSED_REOFFENDED', 'CLOSED_OTHER'] as const;
export type CaseStatus = (typeof CaseStatuses)[number];

/** A row of `reintegration_case`, as the service works with it. */
export interface CaseRecord {
  id: string;
  participantId: string;
  bapasCode: string;
  status: CaseStatus;
  releaseDate: string;
  releaseType: string;
  domicileRegionCode: string | null;
  facilityCode: string;
  openedAt: string;
  closedAt: string | null;
  closeReason: string | null;
}

export const CASE_COLUMNS = `id, participant_id AS "participantId", bapas_code AS "bapasCode", status,
  to_char(release_date, 'YYYY-MM-DD') AS "releaseDate", release_type AS "releaseType",
  domicile_region_code AS "domicileRegionCode", facility_code AS "facilityCode",
  opened_at AS "openedAt", closed_at AS "closedAt", close_reason AS "closeReason"`;

export interface PathwayView {
  pathway: Pathway;
  status: PathwayStatus;
  notes: string | null;
  updatedAt: string;
}

export interface TrainingRecord {
  enrollmentId: string;
  programId: string;
  agreementId: string;
  track: string;
  category: string;
  score: number;
  certificateNumber: string;
  completedAt: string;
}
