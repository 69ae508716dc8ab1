import { pdfText } from '@sinergi/testing';
import { ApiSession } from '../src/demo/api-session';
import { indonesianDateTime } from '../src/aggregates/evaluation-report';
import { startPlatform, type StartedPlatform } from './platform';

/*
 * The joint evaluation report (GET /agreements/{id}/evaluations/{evaluationId}/report.pdf) through
 * the real gateway and services on PostgreSQL and Kafka: the PDF names the agreement, its parties,
 * the period and the indicators; the roles and the agreement's scope decide who gets it.
 */
const LEAD = 'PEMKAB-LAPORAN';
const FACILITY = 'LAPAS-LAPORAN';
const OUTSIDER = 'PEMKAB-LAPORAN-LUAR';
const UNKNOWN = '0193a3c2-7f00-7000-8000-0000000000ff';

describe('the joint evaluation report as a PDF', () => {
  let platform: StartedPlatform;
  let officer: ApiSession;
  let facilityOfficer: ApiSession;
  let viewer: ApiSession;
  let outsider: ApiSession;
  let agreementId: string;
  let evaluation: { id: string; recordedAt: string };

  const client = async (agencyCode: string, role: string) => {
    const { clientId, clientSecret } = await platform.admin.post(
      '/clients',
      { name: `${role} ${agencyCode}`, agencyCode, roles: [role] },
      201,
    );
    return ApiSession.login(platform.services.gateway.url, clientId, clientSecret);
  };
  const reportPath = (id = agreementId, evaluationId = evaluation.id) =>
    `/agreements/${id}/evaluations/${evaluationId}/report.pdf`;

  beforeAll(async () => {
    platform = await startPlatform();
    const { admin } = platform;
    await admin.post(
      '/agencies',
      {
        code: LEAD,
        name: 'Pemerintah Kabupaten Laporan',
        kind: 'PEMKAB',
        regionCode: '7371',
        timeZone: 'Asia/Makassar',
      },
      201,
    );
    await admin.post(
      '/agencies',
      { code: FACILITY, name: 'Lapas Kelas IIA Laporan', kind: 'LAPAS', regionCode: '7371' },
      201,
    );
    await admin.post(
      '/agencies',
      { code: OUTSIDER, name: 'Pemerintah Kabupaten Lain', kind: 'PEMKAB', regionCode: '1505' },
      201,
    );
    officer = await client(LEAD, 'agreement-officer');
    facilityOfficer = await client(FACILITY, 'program-officer');
    viewer = await client(LEAD, 'viewer');
    outsider = await client(OUTSIDER, 'agreement-officer');

    agreementId = (
      await admin.post(
        '/agreements',
        {
          kind: 'MOU',
          number: '045/MOU/LAP/2026',
          title: 'Pelatihan Kemandirian Warga Binaan Lapas Laporan',
          scopes: ['SKILLS_TRAINING'],
          partyCodes: [LEAD, FACILITY],
          startDate: '2026-01-01',
          endDate: '2027-12-31',
        },
        201,
      )
    ).id;
    await admin.post(`/agreements/${agreementId}/submit`, undefined, 200);
    for (const [partyCode, signatoryName] of [
      [LEAD, 'Andi Saputra'],
      [FACILITY, 'Rina Marlina'],
    ])
      await admin.post(
        `/agreements/${agreementId}/signatures`,
        { partyCode, signatoryName, signatoryTitle: 'Kepala' },
        201,
      );
    await admin.post(
      `/agreements/${agreementId}/work-plans`,
      {
        fiscalYear: 2026,
        targets: [
          { indicator: 'PARTICIPANTS_ENROLLED', target: 25 },
          { indicator: 'COMPLETION_RATE', target: 0.8 },
        ],
      },
      201,
    );
    await admin.post(`/agreements/${agreementId}/work-plans/2026/approve`, undefined, 200);
    evaluation = await officer.post(
      `/agreements/${agreementId}/evaluations`,
      {
        period: '2026-S1',
        findings: 'Kelas las belum terisi penuh.',
        recommendations: 'Sosialisasi program ke blok hunian.',
      },
      201,
    );
  }, 180_000);

  afterAll(() => platform?.stop());

  it('answers a party’s officer with a PDF naming the agreement, parties, period and indicators', async () => {
    const before = new Date();
    const answer = await officer.send<Buffer>('GET', reportPath());
    const after = new Date();
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect(answer.headers.get('content-disposition')).toBe(
      'attachment; filename="laporan-evaluasi-045-MOU-LAP-2026-2026-S1.pdf"',
    );
    expect(answer.headers.get('cache-control')).toBe('private, no-store');
    expect(answer.headers.get('etag')).toBeNull();
    expect(Buffer.isBuffer(answer.body)).toBe(true);
    expect(answer.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Number(answer.headers.get('content-length'))).toBe(answer.body.length);

    const text = pdfText(answer.body);
    for (const expected of [
      'Laporan Evaluasi Bersama Pelatihan Kemandirian Warga Binaan Lapas Laporan',
      'Nomor: 045/MOU/LAP/2026 · Nota Kesepahaman (MoU)',
      'Masa berlaku: 1 Januari 2026 – 31 Desember 2027',
      'Periode evaluasi: Semester I 2026 (1 Januari 2026 – 30 Juni 2026)',
      'Tahun anggaran: 2026',
      `Dicatat: ${indonesianDateTime(new Date(evaluation.recordedAt), 'Asia/Makassar')}`,
      '• Pemerintah Kabupaten Laporan (PEMKAB-LAPORAN) — Andi Saputra, Kepala',
      '• Lapas Kelas IIA Laporan (LAPAS-LAPORAN) — Rina Marlina, Kepala',
      'Indikator Target Realisasi Capaian Status',
      'Peserta pembinaan 25 0 0% Di Bawah Target',
      'Tingkat kelulusan 80% — — Perlu Perhatian',
      '2. Grafik Capaian terhadap Target',
      '3. Temuan Kelas las belum terisi penuh.',
      '4. Rekomendasi Sosialisasi program ke blok hunian.',
      'Halaman 1 dari 1',
    ])
      expect(text).toContain(expected);
    // Generated now, in the lead party's zone (WITA).
    const generated = [before, after].map(
      (t) => `Dibuat ${indonesianDateTime(t, 'Asia/Makassar')} · Sinergi`,
    );
    expect(generated.some((g) => text.includes(g))).toBe(true);
  });

  it('answers every role that reads evaluations, within the agreement’s scope', async () => {
    const answer = await facilityOfficer.send<Buffer>('GET', reportPath());
    expect([answer.status, answer.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    expect(pdfText(answer.body)).toContain('Nomor: 045/MOU/LAP/2026');
  });

  it('refuses a caller without a reading role with 403 and another agency’s officer with 404', async () => {
    const refused = await viewer.send('GET', reportPath());
    expect([refused.status, refused.body.code]).toEqual([403, 'auth.forbidden']);
    const hidden = await outsider.send('GET', reportPath());
    expect([hidden.status, hidden.headers.get('content-type'), hidden.body.code]).toEqual([
      404,
      'application/problem+json; charset=utf-8',
      'resource.not-found',
    ]);
    const anonymous = await new ApiSession(platform.services.gateway.url).send('GET', reportPath());
    expect(anonymous.status).toBe(401);
  });

  it('answers unknown agreements and evaluations with a 404 problem, malformed ids with 400', async () => {
    for (const path of [reportPath(UNKNOWN), reportPath(agreementId, UNKNOWN)]) {
      const answer = await officer.send('GET', path);
      expect([path, answer.status, answer.headers.get('content-type'), answer.body.code]).toEqual([
        path,
        404,
        'application/problem+json; charset=utf-8',
        'resource.not-found',
      ]);
    }
    const malformed = await officer.send('GET', reportPath(agreementId, 'not-a-uuid'));
    expect([malformed.status, malformed.body.code]).toEqual([400, 'request.malformed']);
  });
});
