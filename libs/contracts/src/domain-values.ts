/** Enumerations of DOMAIN.md that events carry; shared by every service. */
export const AgencyKinds = ['PEMKAB', 'KANWIL_PAS', 'LAPAS', 'RUTAN', 'BAPAS', 'DINAS', 'PARTNER'] as const;
export type AgencyKind = (typeof AgencyKinds)[number];

/** An agency's time zone: WIB (the default), WITA or WIT. Its local dates follow it (docs/domain.md). */
export const TimeZones = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type TimeZone = (typeof TimeZones)[number];
export const DEFAULT_AGENCY_TIME_ZONE: TimeZone = 'Asia/Jakarta';

export const AgreementKinds = ['MOU', 'PKS'] as const;
export type AgreementKind = (typeof AgreementKinds)[number];

export const Scopes = [
  'PERSONALITY_DEVELOPMENT',
  'SKILLS_TRAINING',
  'ENTREPRENEURSHIP',
  'SOCIAL_REINTEGRATION',
  'LEGAL_SERVICES',
  'DATA_SHARING',
] as const;
export type Scope = (typeof Scopes)[number];

export const Indicators = [
  'PARTICIPANTS_ENROLLED',
  'PARTICIPANTS_COMPLETED',
  'COMPLETION_RATE',
  'EMPLOYMENT_RATE_6M',
  'RECIDIVISM_RATE_12M',
  'BUDGET_ABSORPTION',
] as const;
export type Indicator = (typeof Indicators)[number];

export const Tracks = ['KEPRIBADIAN', 'KEMANDIRIAN'] as const;
export type Track = (typeof Tracks)[number];

export const AttendanceStatuses = ['PRESENT', 'EXCUSED', 'ABSENT'] as const;
export type AttendanceStatus = (typeof AttendanceStatuses)[number];

export const ReleaseTypes = ['FREE', 'PAROLE', 'CONDITIONAL_LEAVE', 'PRE_RELEASE_LEAVE'] as const;
export type ReleaseType = (typeof ReleaseTypes)[number];

export const Pathways = [
  'EMPLOYMENT',
  'ENTREPRENEURSHIP',
  'IDENTITY_DOCUMENTS',
  'HOUSING',
  'FAMILY_COMMUNITY',
  'HEALTH',
  'FINANCE',
] as const;
export type Pathway = (typeof Pathways)[number];

export const PathwayStatuses = [
  'NOT_STARTED',
  'IN_PROGRESS',
  'SUPPORT_REQUIRED',
  'DONE',
  'DECLINED',
] as const;
export type PathwayStatus = (typeof PathwayStatuses)[number];

export const PlacementKinds = ['EMPLOYMENT', 'BUSINESS'] as const;
export type PlacementKind = (typeof PlacementKinds)[number];

export const EmploymentTypes = ['FULL_TIME', 'PART_TIME', 'INFORMAL'] as const;

export const ReoffenceKinds = ['NEW_CONVICTION', 'PAROLE_REVOKED'] as const;
export type ReoffenceKind = (typeof ReoffenceKinds)[number];

export const CaseOutcomes = ['CLOSED_SUCCESS', 'CLOSED_REOFFENDED', 'CLOSED_OTHER'] as const;
export type CaseOutcome = (typeof CaseOutcomes)[number];

export const BudgetSources = ['APBD', 'APBN', 'HIBAH', 'CSR'] as const;
export type BudgetSource = (typeof BudgetSources)[number];

export const AllocationPurposes = ['PROGRAM', 'REINTEGRATION_GRANT'] as const;
export type AllocationPurpose = (typeof AllocationPurposes)[number];

/** Money is whole Rupiah: an integer from 0 to 10^15 (exact in a JSON number). */
export const MAX_RUPIAH = 1_000_000_000_000_000;
