import { randomBytes } from 'node:crypto';
import { currentTotp } from '../users/totp';
import { ApiError, ApiSession } from './api-session';

/** A demo person's sign-in: TOTP only for the administrators, who must use it. */
export interface DemoPerson {
  role: string;
  agencyCode: string;
  name: string;
  email: string;
  password: string;
  /** Base32 secret for an authenticator app (administrators only). */
  totpSecret?: string;
}

/** One person per role of the Muaro Jambi story (two agreement officers: one per MoU party). */
export const DEMO_PEOPLE: Array<Pick<DemoPerson, 'role' | 'agencyCode' | 'name' | 'email'>> = [
  {
    role: 'platform-admin',
    agencyCode: 'PLATFORM',
    name: 'Rina Kusumawati',
    email: 'rina.kusumawati@sinergi.example.id',
  },
  {
    role: 'agency-admin',
    agencyCode: 'PEMKAB-MUARO-JAMBI',
    name: 'Hendra Saputra',
    email: 'hendra.saputra@muarojambikab.example.id',
  },
  {
    role: 'agreement-officer',
    agencyCode: 'PEMKAB-MUARO-JAMBI',
    name: 'Siti Aminah',
    email: 'siti.aminah@muarojambikab.example.id',
  },
  {
    role: 'agreement-officer',
    agencyCode: 'KANWIL-PAS-JAMBI',
    name: 'Agus Salim',
    email: 'agus.salim@kanwiljambi.example.id',
  },
  {
    role: 'program-officer',
    agencyCode: 'LAPAS-MUARO-JAMBI',
    name: 'Dewi Lestari',
    email: 'dewi.lestari@lapasmuarojambi.example.id',
  },
  {
    role: 'probation-officer',
    agencyCode: 'BAPAS-JAMBI',
    name: 'Bambang Irawan',
    email: 'bambang.irawan@bapasjambi.example.id',
  },
  {
    role: 'finance-officer',
    agencyCode: 'PEMKAB-MUARO-JAMBI',
    name: 'Yuliana Sari',
    email: 'yuliana.sari@muarojambikab.example.id',
  },
  {
    role: 'auditor',
    agencyCode: 'PEMKAB-MUARO-JAMBI',
    name: 'Rahmat Hidayat',
    email: 'rahmat.hidayat@muarojambikab.example.id',
  },
  {
    role: 'viewer',
    agencyCode: 'KANWIL-PAS-JAMBI',
    name: 'Sri Wahyuni',
    email: 'sri.wahyuni@kanwiljambi.example.id',
  },
];

const ADMIN_ROLES = ['platform-admin', 'agency-admin'];

/** True when the known password still signs in (for administrators: it is asked for a TOTP code). */
async function stillValid(baseUrl: string, person: DemoPerson): Promise<boolean> {
  const attempt = await new ApiSession(baseUrl).send('POST', '/sessions', {
    email: person.email,
    password: person.password,
  });
  return attempt.status === 201 || attempt.body?.code === 'auth.totp-required';
}

/**
 * Creates the demo people through the public API (idempotent): invites each, sets a password with
 * the one-time code, and for administrators enrols TOTP with a first sign-in. A person who exists
 * without a known password is reset.
 */
export async function ensureDemoPeople(admin: ApiSession, known: DemoPerson[] = []): Promise<DemoPerson[]> {
  const people: DemoPerson[] = [];
  for (const wanted of DEMO_PEOPLE) {
    const previous = known.find((p) => p.email === wanted.email);
    if (previous && (await stillValid(admin.baseUrl, previous))) {
      people.push(previous);
      continue;
    }
    const isAdmin = ADMIN_ROLES.includes(wanted.role);
    let code: string;
    try {
      const { role, ...person } = wanted;
      const created = await admin.post('/users', { ...person, roles: [role] }, 201);
      code = created.invitation.code;
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 409)) throw error;
      const page = await admin.get(`/users?agencyCode=${wanted.agencyCode}&limit=500`);
      const existing = page.items.find((u: { email: string }) => u.email === wanted.email);
      const reset = await admin.post(`/users/${existing.id}/reset`, { resetTotp: isAdmin }, 200);
      code = reset.code.code;
    }
    const password = `demo-${randomBytes(12).toString('base64url')}`;
    const set = await admin.post('/users/password', { code, password }, 200);
    const person: DemoPerson = { ...wanted, password };
    if (set.totpEnrolment) {
      person.totpSecret = set.totpEnrolment.secret as string;
      await ApiSession.signIn(admin.baseUrl, wanted.email, password, currentTotp(person.totpSecret));
    }
    people.push(person);
  }
  return people;
}
