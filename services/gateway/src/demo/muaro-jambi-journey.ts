import { localDate } from '@sinergi/platform';
import { ApiSession, waitFor } from './api-session';
import { ensureDemoPeople, type DemoPerson } from './demo-people';

/*
 * The Muaro Jambi story, told through the public API only: agencies, the MoU signed by both
 * parties, a PKS, a 2027 work plan, an APBD budget, two programs funded through the saga, a dozen
 * fictional participants, attendance, completions, releases, cases, placements and one reoffence.
 */

export const AGENCIES = {
  pemkab: {
    code: 'PEMKAB-MUARO-JAMBI',
    name: 'Pemerintah Kabupaten Muaro Jambi',
    kind: 'PEMKAB',
    regionCode: '1505',
  },
  kanwil: {
    code: 'KANWIL-PAS-JAMBI',
    name: 'Kantor Wilayah Ditjenpas Jambi',
    kind: 'KANWIL_PAS',
    regionCode: '15',
  },
  lapas: {
    code: 'LAPAS-MUARO-JAMBI',
    name: 'Lapas Kelas IIB Muaro Jambi',
    kind: 'LAPAS',
    regionCode: '1505',
  },
  bapas: { code: 'BAPAS-JAMBI', name: 'Balai Pemasyarakatan Jambi', kind: 'BAPAS', regionCode: '1571' },
  disnaker: {
    code: 'DISNAKER-MUARO-JAMBI',
    name: 'Dinas Tenaga Kerja Kabupaten Muaro Jambi',
    kind: 'DINAS',
    regionCode: '1505',
  },
} as const;

export const MOU_NUMBER = 'MOU/001/PEMKAB-MJ/2026';
const PKS_NUMBER = 'PKS/001/PEMKAB-MJ/2026';

export interface DemoClient {
  role: string;
  agencyCode: string;
  clientId: string;
  clientSecret: string;
}

/** Demo API clients, one per role (two agreement officers: one per MoU party). */
export const DEMO_CLIENTS: Array<{ role: string; agencyCode: string; name: string }> = [
  {
    role: 'agreement-officer',
    agencyCode: AGENCIES.pemkab.code,
    name: 'Bagian Kerja Sama Pemkab Muaro Jambi',
  },
  {
    role: 'agreement-officer',
    agencyCode: AGENCIES.kanwil.code,
    name: 'Bidang Pembinaan Kanwil Ditjenpas Jambi',
  },
  { role: 'program-officer', agencyCode: AGENCIES.lapas.code, name: 'Seksi Bimbingan Kemasyarakatan Lapas' },
  {
    role: 'probation-officer',
    agencyCode: AGENCIES.bapas.code,
    name: 'Pembimbing Kemasyarakatan Bapas Jambi',
  },
  { role: 'finance-officer', agencyCode: AGENCIES.pemkab.code, name: 'BPKAD Muaro Jambi' },
  { role: 'auditor', agencyCode: AGENCIES.pemkab.code, name: 'Inspektorat Muaro Jambi' },
  { role: 'viewer', agencyCode: AGENCIES.kanwil.code, name: 'Pimpinan Kanwil (dashboard)' },
];

/** A valid-format NIK for regency 1505: province 15, regency 05, district, birth date (+40 for women), serial. */
export function demoNik(district: number, birthDate: string, sex: 'M' | 'F', serial: number): string {
  const [year, month, day] = birthDate.split('-');
  const dd = String(Number(day) + (sex === 'F' ? 40 : 0)).padStart(2, '0');
  return `1505${String(district).padStart(2, '0')}${dd}${month}${year.slice(2)}${String(serial).padStart(4, '0')}`;
}

const PARTICIPANTS = [
  ['Ahmad Fauzi', 'M', '1988-03-14'],
  ['Budi Santoso', 'M', '1992-07-02'],
  ['Citra Lestari', 'F', '1995-11-23'],
  ['Dedi Kurniawan', 'M', '1985-01-30'],
  ['Eko Prasetyo', 'M', '1990-09-09'],
  ['Fitri Handayani', 'F', '1993-04-17'],
  ['Gilang Ramadhan', 'M', '1998-12-05'],
  ['Hendra Wijaya', 'M', '1987-06-21'],
  ['Indra Saputra', 'M', '1991-02-11'],
  ['Joko Susilo', 'M', '1984-08-28'],
  ['Kartini Dewi', 'F', '1996-10-03'],
  ['Lukman Hakim', 'M', '1989-05-19'],
] as const;

export interface JourneyResult {
  clients: DemoClient[];
  people: DemoPerson[];
  mouId: string;
  pksId: string;
  budgetId: string;
  programIds: { welding: string; guidance: string };
  participantIds: string[];
  caseIds: string[];
}

export interface JourneyOptions {
  baseUrl: string;
  admin: ApiSession;
  log?: (message: string) => void;
  /** Existing clients to reuse (the seed keeps them between runs). */
  knownClients?: DemoClient[];
  /** The demo people, when already ensured (else they are created here). */
  people?: DemoPerson[];
}

async function ensureAgency(admin: ApiSession, agency: (typeof AGENCIES)[keyof typeof AGENCIES]) {
  const existing = await admin.send('GET', `/agencies/${agency.code}`);
  if (existing.status === 200) return;
  await admin.post('/agencies', agency, 201);
}

/** Registers the story's agencies that are not registered yet. */
export async function ensureAgencies(admin: ApiSession) {
  for (const agency of Object.values(AGENCIES)) await ensureAgency(admin, agency);
}

/** A draft MoU of the regency and the regional office under `number` (both agencies registered first); its id. */
export async function draftMou(admin: ApiSession, number: string): Promise<string> {
  for (const agency of [AGENCIES.pemkab, AGENCIES.kanwil]) await ensureAgency(admin, agency);
  const agreement = await admin.post(
    '/agreements',
    {
      kind: 'MOU',
      number,
      title: `Nota Kesepahaman ${number}`,
      scopes: ['SKILLS_TRAINING', 'SOCIAL_REINTEGRATION'],
      partyCodes: [AGENCIES.pemkab.code, AGENCIES.kanwil.code],
      startDate: '2026-06-01',
      endDate: '2031-05-31',
    },
    201,
  );
  return agreement.id as string;
}

async function ensureClients(options: JourneyOptions): Promise<DemoClient[]> {
  const clients: DemoClient[] = [];
  for (const wanted of DEMO_CLIENTS) {
    const known = options.knownClients?.find(
      (c) => c.role === wanted.role && c.agencyCode === wanted.agencyCode,
    );
    if (
      known &&
      (await ApiSession.login(options.baseUrl, known.clientId, known.clientSecret).then(
        () => true,
        () => false,
      ))
    ) {
      clients.push(known);
      continue;
    }
    const created = await options.admin.post(
      '/clients',
      { name: wanted.name, agencyCode: wanted.agencyCode, roles: [wanted.role] },
      201,
    );
    clients.push({
      role: wanted.role,
      agencyCode: wanted.agencyCode,
      clientId: created.clientId,
      clientSecret: created.clientSecret,
    });
  }
  return clients;
}

export async function runMuaroJambiJourney(options: JourneyOptions): Promise<JourneyResult | undefined> {
  const log = options.log ?? (() => undefined);
  const { admin, baseUrl } = options;

  await ensureAgencies(admin);
  log('agencies registered');
  const clients = await ensureClients(options);
  const people = options.people ?? (await ensureDemoPeople(admin));
  log('demo people ready');
  // Every step of the story is taken by a signed-in officer, as the web console would.
  const session = async (role: string, agencyCode?: string) => {
    const p = people.find((x) => x.role === role && (!agencyCode || x.agencyCode === agencyCode))!;
    return ApiSession.signIn(baseUrl, p.email, p.password);
  };
  const pemkabOfficer = await session('agreement-officer', AGENCIES.pemkab.code);
  const kanwilOfficer = await session('agreement-officer', AGENCIES.kanwil.code);
  const programOfficer = await session('program-officer');
  const probationOfficer = await session('probation-officer');
  const financeOfficer = await session('finance-officer');

  const existing = await pemkabOfficer.get(`/agreements?partyCode=${AGENCIES.pemkab.code}&limit=500`);
  if (existing.items.some((a: { number: string }) => a.number === MOU_NUMBER)) {
    log('demo story already present: nothing to add');
    return undefined;
  }

  // The MoU, signed by both parties.
  const mou = await pemkabOfficer.post('/agreements', {
    kind: 'MOU',
    number: MOU_NUMBER,
    title: 'Nota Kesepahaman Pembinaan dan Reintegrasi Sosial Warga Binaan Pemasyarakatan',
    scopes: [
      'PERSONALITY_DEVELOPMENT',
      'SKILLS_TRAINING',
      'ENTREPRENEURSHIP',
      'SOCIAL_REINTEGRATION',
      'DATA_SHARING',
    ],
    partyCodes: [AGENCIES.pemkab.code, AGENCIES.kanwil.code],
    startDate: '2026-06-01',
    endDate: '2031-05-31',
    clauses: [
      {
        number: '1',
        text: 'Pemkab mendukung anggaran pembinaan kemandirian.',
        responsiblePartyCode: AGENCIES.pemkab.code,
        scope: 'SKILLS_TRAINING',
      },
      {
        number: '2',
        text: 'Kanwil menyelenggarakan pembinaan kepribadian.',
        responsiblePartyCode: AGENCIES.kanwil.code,
        scope: 'PERSONALITY_DEVELOPMENT',
      },
    ],
  });
  await pemkabOfficer.post(`/agreements/${mou.id}/submit`);
  await pemkabOfficer.post(
    `/agreements/${mou.id}/signatures`,
    { partyCode: AGENCIES.pemkab.code, signatoryName: 'Bupati Muaro Jambi', signatoryTitle: 'Bupati' },
    201,
  );
  const signedMou = await kanwilOfficer.post(
    `/agreements/${mou.id}/signatures`,
    {
      partyCode: AGENCIES.kanwil.code,
      signatoryName: 'Kepala Kanwil',
      signatoryTitle: 'Kepala Kantor Wilayah',
    },
    201,
  );
  log(`MoU ${MOU_NUMBER} signed by both parties (${signedMou.status ?? 'signed'})`);

  // The implementing agreement (PKS) under it.
  const pks = await pemkabOfficer.post('/agreements', {
    kind: 'PKS',
    parentAgreementId: mou.id,
    number: PKS_NUMBER,
    title: 'PKS Pelatihan Kemandirian dan Pembinaan Kepribadian di Lapas Muaro Jambi',
    scopes: ['PERSONALITY_DEVELOPMENT', 'SKILLS_TRAINING', 'SOCIAL_REINTEGRATION'],
    partyCodes: [AGENCIES.pemkab.code, AGENCIES.kanwil.code],
    startDate: '2026-07-01',
    endDate: '2027-12-31',
  });
  await pemkabOfficer.post(`/agreements/${pks.id}/submit`);
  await pemkabOfficer.post(
    `/agreements/${pks.id}/signatures`,
    { partyCode: AGENCIES.pemkab.code, signatoryName: 'Sekretaris Daerah', signatoryTitle: 'Sekda' },
    201,
  );
  await kanwilOfficer.post(
    `/agreements/${pks.id}/signatures`,
    {
      partyCode: AGENCIES.kanwil.code,
      signatoryName: 'Kepala Divisi Pemasyarakatan',
      signatoryTitle: 'Kadiv PAS',
    },
    201,
  );
  log(`PKS ${PKS_NUMBER} signed`);

  await pemkabOfficer.post(
    `/agreements/${pks.id}/work-plans`,
    {
      fiscalYear: 2027,
      activities: [
        { name: 'Pelatihan las', description: 'Sertifikasi juru las' },
        { name: 'Bimbingan rohani' },
      ],
      targets: [
        { indicator: 'PARTICIPANTS_ENROLLED', target: 40 },
        { indicator: 'PARTICIPANTS_COMPLETED', target: 30 },
        { indicator: 'COMPLETION_RATE', target: 0.75 },
        { indicator: 'EMPLOYMENT_RATE_6M', target: 0.5 },
        { indicator: 'RECIDIVISM_RATE_12M', target: 0.1 },
        { indicator: 'BUDGET_ABSORPTION', target: 0.9 },
      ],
    },
    201,
  );
  await pemkabOfficer.post(`/agreements/${pks.id}/work-plans/2027/approve`);
  log('2027 work plan approved');

  // Budgeting learns of the signed PKS from its event: until then a budget is refused (409).
  const budget = await waitFor('budget opened', async () => {
    const response = await financeOfficer.send('POST', '/budgets', {
      agreementId: pks.id,
      fiscalYear: 2026,
      source: 'APBD',
      ownerAgencyCode: AGENCIES.pemkab.code,
      ceiling: 750_000_000,
    });
    if (response.status === 201) return response.body;
    if (response.status === 409 && response.body?.code === 'budget.unknown-agreement') return undefined;
    throw new Error(`POST /budgets answered ${response.status}: ${JSON.stringify(response.body)}`);
  });
  log('APBD budget opened: Rp 750.000.000');

  // Programs wait until the rehabilitation service has learned that the PKS is active.
  const program = (
    track: string,
    category: string,
    title: string,
    capacity: number,
    budgetRequested: number,
  ) =>
    waitFor(`program ${title}`, async () => {
      const response = await programOfficer.send('POST', '/programs', {
        agreementId: pks.id,
        facilityCode: AGENCIES.lapas.code,
        track,
        category,
        title,
        providerAgencyCode: AGENCIES.disnaker.code,
        capacity,
        startDate: '2026-09-01',
        endDate: '2026-12-20',
        plannedSessions: 4,
        budgetRequested,
      });
      if (response.status === 201) return response.body;
      if (response.status === 409) return undefined;
      throw new Error(`POST /programs answered ${response.status}: ${JSON.stringify(response.body)}`);
    });
  const welding = await program('KEMANDIRIAN', 'WELDING', 'Pelatihan Las Listrik', 10, 150_000_000);
  const guidance = await program('KEPRIBADIAN', 'RELIGIOUS_GUIDANCE', 'Bimbingan Kerohanian', 12, 40_000_000);

  for (const p of [welding, guidance]) await programOfficer.post(`/programs/${p.id}/request-funding`);
  for (const p of [welding, guidance]) {
    const allocation = await waitFor(`allocation for ${p.title}`, async () => {
      const page = await financeOfficer.get(`/allocations?agreementId=${pks.id}&status=PENDING`);
      return page.items.find((a: { programId?: string }) => a.programId === p.id);
    });
    await financeOfficer.post(`/allocations/${allocation.id}/approve`, { budgetId: budget.id });
    await waitFor(`${p.title} funded`, async () => {
      const current = await programOfficer.get(`/programs/${p.id}`);
      return current.status === 'FUNDED' ? current : undefined;
    });
  }
  log('both programs funded through the budget saga');

  const participantIds: string[] = [];
  for (const [i, [fullName, sex, birthDate]] of PARTICIPANTS.entries()) {
    const participant = await programOfficer.post(
      '/participants',
      {
        registrationNumber: `WBP-MJ-2026-${String(i + 1).padStart(3, '0')}`,
        nik: demoNik(1 + (i % 9), birthDate, sex, i + 1),
        fullName,
        sex,
        birthDate,
        facilityCode: AGENCIES.lapas.code,
        expectedReleaseDate: '2026-11-20',
      },
      201,
    );
    participantIds.push(participant.id);
  }
  log(`${participantIds.length} participants registered`);

  const weldingEnrolments = [];
  for (const id of participantIds.slice(0, 8))
    weldingEnrolments.push(
      await programOfficer.post(`/programs/${welding.id}/enrollments`, { participantId: id }, 201),
    );
  for (const id of participantIds.slice(4, 12))
    await programOfficer.post(`/programs/${guidance.id}/enrollments`, { participantId: id }, 201);
  for (const p of [welding, guidance]) await programOfficer.post(`/programs/${p.id}/start`);

  for (const [n, date] of ['2026-09-07', '2026-09-14', '2026-09-21', '2026-09-28'].entries()) {
    const session = await programOfficer.post(
      `/programs/${welding.id}/sessions`,
      { date, topic: `Las listrik, modul ${n + 1}` },
      201,
    );
    await programOfficer.post(`/programs/${welding.id}/sessions/${session.id}/attendance`, {
      records: participantIds
        .slice(0, 8)
        .map((participantId, i) => ({ participantId, status: i === 7 && n > 0 ? 'ABSENT' : 'PRESENT' })),
    });
  }
  for (const enrolment of weldingEnrolments.slice(0, 6))
    await programOfficer.post(`/enrollments/${enrolment.id}/complete`, { score: 85 });
  await programOfficer.post(`/enrollments/${weldingEnrolments[7].id}/drop`, { reason: 'Jarang hadir' });
  log('welding: 4 sessions, 6 completions with certificates, 1 drop');

  // Released today (local date): after their completions, which are dated today too, so each counts
  // in the agreement's cohort (docs/domain.md: released after completing a program under it).
  const releasedOn = localDate(new Date());
  const released = participantIds.slice(0, 4);
  for (const id of released) {
    await programOfficer.post(`/participants/${id}/release`, {
      releaseDate: releasedOn,
      releaseType: 'PAROLE',
      bapasCode: AGENCIES.bapas.code,
      domicileRegionCode: '1505',
    });
  }
  const caseIds = [];
  for (const id of released) {
    const found = await waitFor(`case for participant ${id}`, async () => {
      const page = await probationOfficer.get(`/reintegration/cases?participantId=${id}`);
      return page.items[0];
    });
    caseIds.push(found.id);
  }
  log(`${released.length} releases; ${caseIds.length} reintegration cases opened at ${AGENCIES.bapas.code}`);

  await probationOfficer.post(
    `/reintegration/cases/${caseIds[0]}/placements`,
    {
      kind: 'EMPLOYMENT',
      organisationName: 'Bengkel Las Sumber Rezeki',
      position: 'Juru las',
      employmentType: 'FULL_TIME',
      startDate: releasedOn,
    },
    201,
  );
  await probationOfficer.post(
    `/reintegration/cases/${caseIds[1]}/placements`,
    {
      kind: 'BUSINESS',
      organisationName: 'Las Keliling Budi',
      sector: 'Jasa pengelasan',
      startDate: releasedOn,
    },
    201,
  );
  await probationOfficer.post(
    `/reintegration/cases/${caseIds[3]}/reoffences`,
    { date: releasedOn, kind: 'PAROLE_REVOKED', notes: 'Pelanggaran syarat' },
    201,
  );
  log('2 placements, 1 reoffence recorded');

  return {
    clients,
    people,
    mouId: mou.id,
    pksId: pks.id,
    budgetId: budget.id,
    programIds: { welding: welding.id, guidance: guidance.id },
    participantIds,
    caseIds,
  };
}
