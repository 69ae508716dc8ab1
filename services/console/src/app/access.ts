// What each role may open and do in the console; mirrors the gateway's route roles, which stay
// the authority (a hidden button is convenience, the API still answers 403).
import type { SignedIn } from '../api/client';

export type Role =
  | 'platform-admin'
  | 'agreement-officer'
  | 'program-officer'
  | 'probation-officer'
  | 'finance-officer'
  | 'auditor'
  | 'viewer';

export type PageKey =
  'home' | 'agreements' | 'programs' | 'participants' | 'reintegration' | 'budgets' | 'monitoring';

/** Every role but platform-admin (which may do everything). */
export const ROLES: Role[] = [
  'agreement-officer',
  'program-officer',
  'probation-officer',
  'finance-officer',
  'auditor',
  'viewer',
];

export const PAGES: Array<{ key: PageKey; path: string; roles: Role[] }> = [
  { key: 'home', path: '/', roles: ROLES },
  {
    key: 'agreements',
    path: '/kesepakatan',
    roles: ['agreement-officer', 'program-officer', 'probation-officer', 'finance-officer', 'auditor'],
  },
  {
    key: 'programs',
    path: '/program',
    roles: ['program-officer', 'agreement-officer', 'finance-officer', 'auditor'],
  },
  { key: 'participants', path: '/warga-binaan', roles: ['program-officer', 'probation-officer', 'auditor'] },
  { key: 'reintegration', path: '/reintegrasi', roles: ['probation-officer', 'auditor'] },
  { key: 'budgets', path: '/anggaran', roles: ['finance-officer', 'agreement-officer', 'auditor'] },
  { key: 'monitoring', path: '/monitoring', roles: ROLES },
];

export type Action =
  | 'agreement.draft'
  | 'agreement.submit'
  | 'agreement.sign'
  | 'agreement.terminate'
  | 'agreement.evaluate'
  | 'agreement.amend'
  | 'agreement.plan'
  | 'program.plan'
  | 'participant.register'
  | 'participant.release'
  | 'participant.showNik'
  | 'case.work'
  | 'allocation.decide';

const ACTION_ROLES: Record<Action, Role | Role[]> = {
  'agreement.draft': 'agreement-officer',
  'agreement.submit': 'agreement-officer',
  'agreement.sign': 'agreement-officer',
  'agreement.terminate': 'agreement-officer',
  'agreement.evaluate': 'agreement-officer',
  'agreement.amend': 'agreement-officer',
  'agreement.plan': 'agreement-officer',
  'program.plan': 'program-officer',
  'participant.register': 'program-officer',
  'participant.release': 'program-officer',
  // Within their scope, as the platform decides (a participant it answers unmasked to the caller).
  'participant.showNik': ['program-officer', 'probation-officer'],
  'case.work': 'probation-officer',
  'allocation.decide': 'finance-officer',
};

const has = (user: SignedIn, role: Role) =>
  user.roles.includes('platform-admin') || user.roles.includes(role);

export const mayOpen = (user: SignedIn, page: PageKey) =>
  PAGES.find((p) => p.key === page)!.roles.some((role) => has(user, role));

export const mayDo = (user: SignedIn, action: Action) =>
  ([] as Role[]).concat(ACTION_ROLES[action]).some((role) => has(user, role));

/** Outcome metrics (recidivism, employment) are for these roles; the rest see the aggregates. */
export const mayReadMetrics = (user: SignedIn) =>
  (['viewer', 'auditor', 'agreement-officer', 'probation-officer'] as Role[]).some((role) => has(user, role));
