// The Muaro Jambi story walked in the web console by each demo person, in Debian's Chromium,
// against the whole platform (five services, real PostgreSQL and Kafka), at 1366×768 and on a
// phone. Every page is checked with axe-core (WCAG 2.2 A/AA: no serious or critical violation)
// and photographed (SCREENSHOTS_DIR, by default .cache/test-artifacts/console).
import { readFileSync } from 'node:fs';
import { pdfText } from '@sinergi/testing';
import { parse } from 'papaparse';
import type { DemoPerson } from '../../gateway/src/demo/demo-people';
import { demoNik, MOU_NUMBER } from '../../gateway/src/demo/muaro-jambi-journey';
import { startPlatformWithJourney, type RunningPlatform } from '../../gateway/test/platform';
import { ensureBuilt } from '../../../scripts/built';
import {
  axeFindings,
  launchChromium,
  newContext,
  screenshot,
  type Browser,
  type BrowserContext,
  type Page,
  type ViewportName,
} from './browser';

const PKS_NUMBER = 'PKS/002/PEMKAB-MJ/2026';
const FUNDED_PKS = 'PKS/001/PEMKAB-MJ/2026';
const PROGRAM_TITLE = 'Pelatihan Barista dan Tata Boga';
const NEWCOMER = { name: 'Rudi Hartono', birthDate: '1994-05-06', registrationNumber: 'WBP-MJ-2026-101' };

// A step waits for effects that travel through Kafka, on a machine that may be busy.
jest.setTimeout(180_000);

describe('the web console in Chromium: the Muaro Jambi story by role, on a laptop and a phone', () => {
  let platform: RunningPlatform | undefined;
  let browser: Browser;
  let baseUrl: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ensureBuilt('console');
    platform = await startPlatformWithJourney();
    baseUrl = platform.services.gateway.url;
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await platform?.stop();
  });

  // The last page of each test, whatever the outcome, for the artifacts.
  let finished = 0;
  afterEach(async () => {
    const page = contexts.at(-1)?.pages().at(-1);
    finished += 1;
    if (page) await screenshot(page, `zz-end-of-test-${finished}`).catch(() => undefined);
  });

  const person = (role: string, agencyCode?: string): DemoPerson =>
    platform!.journey.people.find((p) => p.role === role && (!agencyCode || p.agencyCode === agencyCode))!;

  /** A fresh browser (own cookies) signed in as the person, on the home page. */
  async function signIn(who: DemoPerson, viewport: ViewportName): Promise<Page> {
    const context = await newContext(browser, baseUrl, viewport);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByLabel('Email').fill(who.email);
    await page.getByLabel('Kata sandi').fill(who.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor();
    await settled(page);
    return page;
  }

  /** Waits until no loader is shown (the page's data has arrived). */
  async function settled(page: Page) {
    await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached', timeout: 20_000 });
  }

  /** Opens a page from the menu (behind the burger on a phone). */
  async function openFromMenu(page: Page, label: string, viewport: ViewportName) {
    if (viewport === 'phone') await page.getByRole('button', { name: 'Buka atau tutup menu' }).click();
    await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: label }).waitFor();
    await settled(page);
  }

  /** axe (0 serious or critical violations) and a screenshot of the page as it is. */
  async function check(page: Page, name: string) {
    await settled(page);
    await screenshot(page, name);
    expect(await axeFindings(page, name)).toEqual([]);
  }

  it('refuses a wrong password, and asks an administrator for the TOTP code after the password', async () => {
    const context = await newContext(browser, baseUrl, 'laptop');
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/');
    await check(page, 'masuk');
    const regency = person('agreement-officer', 'PEMKAB-MUARO-JAMBI');
    await page.getByLabel('Email').fill(regency.email);
    await page.getByLabel('Kata sandi').fill('not-the-password-at-all');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expectText(page.getByRole('alert'), 'wrong email, password or code');
    const admin = person('agency-admin');
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Kata sandi').fill(admin.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByLabel('Kode autentikator (TOTP)').waitFor();
    await check(page, 'masuk-totp');
  });

  it('regency officer: drafts a PKS under the MoU, submits and signs it; the list exports as CSV', async () => {
    const viewport = 'laptop';
    const page = await signIn(person('agreement-officer', 'PEMKAB-MUARO-JAMBI'), viewport);
    await check(page, 'beranda-pemkab');
    await openFromMenu(page, 'Kesepakatan', viewport);
    await check(page, 'kesepakatan');

    // The CSV is the platform's (Accept: text/csv): the same agreements, in the same order.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh CSV' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    expect(csv.startsWith('\ufeff')).toBe(true);
    const [header, ...records] = parse<string[]>(csv.slice(1).trimEnd()).data;
    expect(header).toContain('number');
    const listed = await page
      .locator('section[aria-label="Daftar kesepakatan"] tbody tr td:first-child')
      .allInnerTexts();
    expect(records.map((r) => r[header.indexOf('number')])).toEqual(listed);
    expect(listed).toContain(MOU_NUMBER);

    await page.getByRole('button', { name: 'Buat Draf' }).click();
    const dialog = page.getByRole('dialog');
    await chooseOption(page, dialog, 'Nota Kesepahaman induk', new RegExp(MOU_NUMBER));
    await dialog.getByLabel('Nomor').fill(PKS_NUMBER);
    await dialog.getByLabel('Judul').fill('PKS Pendampingan Reintegrasi Sosial Klien Bapas Jambi');
    await chooseOption(page, dialog, 'Ruang lingkup', 'Reintegrasi sosial');
    await page.keyboard.press('Escape');
    await chooseOption(page, dialog, 'Para pihak', 'Pemerintah Kabupaten Muaro Jambi');
    await chooseOption(page, dialog, 'Para pihak', 'Kantor Wilayah Ditjenpas Jambi');
    await page.keyboard.press('Escape');
    await dialog.getByLabel('Mulai').fill('2026-11-01');
    await dialog.getByLabel('Berakhir').fill('2027-10-31');
    await check(page, 'kesepakatan-draf');
    await dialog.getByRole('button', { name: 'Simpan' }).click();

    await page.getByRole('heading', { level: 1, name: /Pendampingan Reintegrasi/ }).waitFor();
    await page.getByText('Draf', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Ajukan' }).click();
    await page.getByText('Menunggu Tanda Tangan', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Tandatangani' }).click();
    await page.getByRole('dialog').getByLabel('Nama penandatangan').fill('Bupati Muaro Jambi');
    await page.getByRole('dialog').getByLabel('Jabatan penandatangan').fill('Bupati');
    await check(page, 'kesepakatan-tandatangan');
    await page.getByRole('dialog').getByRole('button', { name: 'Tandatangani' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expectText(page.getByRole('row', { name: /PEMKAB-MUARO-JAMBI/ }).first(), 'Bupati Muaro Jambi');
    await check(page, 'kesepakatan-detail');
  });

  it('Kanwil agreement officer, on a phone: signs the PKS for the Kanwil, which makes it active', async () => {
    const viewport = 'phone';
    const page = await signIn(person('agreement-officer', 'KANWIL-PAS-JAMBI'), viewport);
    await expectText(page.getByText('Menunggu tanda tangan instansi Anda').locator('..'), '1');
    await check(page, 'beranda-kanwil-ponsel');
    await openFromMenu(page, 'Kesepakatan', viewport);
    await page.getByRole('link', { name: PKS_NUMBER }).click();
    await page.getByRole('button', { name: 'Tandatangani' }).click();
    await page.getByRole('dialog').getByLabel('Nama penandatangan').fill('Kepala Kanwil');
    await page.getByRole('dialog').getByLabel('Jabatan penandatangan').fill('Kepala Kantor Wilayah');
    await page.getByRole('dialog').getByRole('button', { name: 'Tandatangani' }).click();
    await page.getByText('Aktif', { exact: true }).first().waitFor();
    // The history names the officers who acted, not a machine client.
    await page.getByRole('cell', { name: 'Siti Aminah (PEMKAB-MUARO-JAMBI)' }).first().waitFor();
    await page.getByRole('cell', { name: 'Agus Salim (KANWIL-PAS-JAMBI)' }).first().waitFor();
    await check(page, 'kesepakatan-detail-ponsel');
  });

  it('program officer: plans a program under the funded PKS and requests its funding', async () => {
    const viewport = 'laptop';
    const page = await signIn(person('program-officer'), viewport);
    await check(page, 'beranda-lapas');
    await openFromMenu(page, 'Program', viewport);
    await page.getByRole('button', { name: 'Rencanakan Program' }).click();
    const dialog = page.getByRole('dialog');
    await chooseOption(page, dialog, 'Kesepakatan (PKS)', /Pelatihan Las Listrik/);
    await dialog.getByLabel('Program').fill(PROGRAM_TITLE);
    await dialog.getByLabel('Kategori').fill('CULINARY');
    await dialog.getByLabel('Kapasitas').fill('15');
    await dialog.getByLabel('Rencana jumlah sesi').fill('2');
    await dialog.getByLabel('Anggaran diajukan').fill('25000000');
    await dialog.getByLabel('Mulai').fill('2026-11-02');
    await dialog.getByLabel('Berakhir').fill('2026-12-20');
    await check(page, 'program-rencana');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('heading', { level: 1, name: PROGRAM_TITLE }).waitFor();
    await page.getByRole('button', { name: 'Ajukan Pendanaan' }).click();
    await page.getByText('Menunggu Pendanaan', { exact: true }).waitFor();
  });

  it('finance officer, on a phone: approves the allocation of Rp 25.000.000 in the queue', async () => {
    const viewport = 'phone';
    const page = await signIn(person('finance-officer'), viewport);
    await openFromMenu(page, 'Anggaran', viewport);
    const queue = page.getByRole('region', { name: 'Antrean alokasi' }).first();
    const row = queue.getByRole('row', { name: /Rp.25\.000\.000/ });
    await eventually(page, () => row.waitFor({ timeout: 2_000 }));
    await check(page, 'anggaran-antrean-ponsel');
    await row.getByRole('button', { name: 'Setujui' }).click();
    await row.waitFor({ state: 'detached' });

    // The approved allocation is disbursed in part; the budget's ledger shows the disbursement.
    const approved = page.getByRole('region', { name: 'Alokasi disetujui dan pencairannya' }).first();
    const funded = approved.getByRole('row', { name: /Rp.25\.000\.000/ });
    await funded.getByRole('button', { name: /Catat pencairan alokasi Rp.25\.000\.000/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Jumlah').fill('10000000');
    await dialog.getByLabel('Tanggal pencairan').fill('2026-11-30');
    await dialog.getByLabel('Uraian').fill('Termin pertama pelatihan barista');
    await dialog.getByLabel('Nomor bukti (SP2D)').fill('SP2D-MJ-2026-0107');
    await check(page, 'anggaran-pencairan-ponsel');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await funded.getByRole('cell', { name: /^Rp.10\.000\.000$/ }).waitFor();
    await funded.getByRole('link', { name: 'Lihat buku besar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anggaran 2026 (APBD)' }).waitFor();
    await settled(page);
    const disbursed = page.getByRole('row', { name: /Dicairkan/ });
    expect(await disbursed.count()).toBe(1);
    expect(await disbursed.innerText()).toMatch(/\+Rp.10\.000\.000/);
    await check(page, 'anggaran-buku-besar-ponsel');
  });

  it('program officer: registers an inmate (NIK checked as typed), enrols, takes attendance, certifies, releases', async () => {
    const viewport = 'laptop';
    const page = await signIn(person('program-officer'), viewport);
    await openFromMenu(page, 'Warga Binaan', viewport);
    await page.getByRole('button', { name: 'Daftarkan Warga Binaan' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nomor registrasi').fill(NEWCOMER.registrationNumber);
    await dialog.getByLabel('Nama').fill(NEWCOMER.name);
    await dialog.getByLabel('Tanggal lahir').fill(NEWCOMER.birthDate);
    const nik = demoNik(3, NEWCOMER.birthDate, 'M', 101);
    await dialog.getByLabel('NIK').fill(`${nik.slice(0, 6)}0000${nik.slice(10)}`);
    await expectText(dialog.getByText(/NIK tidak valid/), 'NIK tidak valid');
    await check(page, 'warga-binaan-nik-salah');
    await dialog.getByLabel('NIK').fill(nik);
    expect(await dialog.getByText(/NIK tidak valid/).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });
    const registered = page.getByRole('row', { name: new RegExp(NEWCOMER.registrationNumber) });
    await registered.waitFor();

    // The NIK is masked by default; the officer sees it in full only after giving a reason.
    await expectText(registered, `${nik.slice(0, 4)}********${nik.slice(-4)}`);
    expect(await registered.innerText()).not.toContain(nik);
    await registered.getByRole('button', { name: `Tampilkan NIK ${NEWCOMER.name}` }).click();
    const disclosure = page.getByRole('dialog');
    await disclosure.getByLabel('Alasan').fill('Pencocokan data dengan berkas pembinaan');
    await disclosure.getByRole('button', { name: 'Tampilkan NIK' }).click();
    await disclosure.getByText(nik, { exact: true }).waitFor();
    await check(page, 'warga-binaan-nik-ditampilkan');
    await disclosure.getByRole('button', { name: 'Tutup' }).click();
    await disclosure.waitFor({ state: 'detached' });
    expect(await registered.innerText()).not.toContain(nik);

    await openFromMenu(page, 'Program', viewport);
    await page.getByRole('link', { name: PROGRAM_TITLE }).click();
    await page.getByRole('heading', { level: 1, name: PROGRAM_TITLE }).waitFor();
    await eventually(page, () => page.getByText('Didanai', { exact: true }).waitFor({ timeout: 2_000 }));
    await chooseOption(page, page, 'Warga binaan yang didaftarkan', new RegExp(NEWCOMER.name));
    await page.getByRole('button', { name: 'Daftarkan', exact: true }).click();
    await page.getByRole('row', { name: new RegExp(NEWCOMER.name) }).waitFor();
    await page.getByRole('button', { name: 'Mulai Program' }).click();
    await page.getByRole('button', { name: 'Catat Sesi & Kehadiran' }).click();
    const session = page.getByRole('dialog');
    await session.getByLabel('Tanggal sesi').fill('2026-11-23');
    await session.getByLabel('Materi').fill('Dasar penyeduhan kopi');
    await expectText(session.getByRole('row', { name: new RegExp(NEWCOMER.name) }), 'Hadir');
    await check(page, 'program-kehadiran');
    await session.getByRole('button', { name: 'Simpan' }).click();
    await session.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Nyatakan Lulus' }).click();
    await page.getByRole('dialog').getByLabel('Nilai').fill('88');
    await page.getByRole('dialog').getByRole('button', { name: 'Nyatakan Lulus' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const row = page.getByRole('row', { name: new RegExp(NEWCOMER.name) });
    // The status badge (not the button "Nyatakan Lulus", gone once the list has reloaded).
    await row.getByText('Lulus', { exact: true }).waitFor();
    expect(await row.innerText()).toMatch(/\d{2,}/); // the certificate number
    await check(page, 'program-detail');

    await openFromMenu(page, 'Warga Binaan', viewport);
    await page.getByRole('button', { name: `Catat pembebasan ${NEWCOMER.name}` }).click();
    const release = page.getByRole('dialog');
    await release.getByLabel('Tanggal bebas').fill('2026-11-27');
    await chooseOption(page, release, 'Bapas', 'Balai Pemasyarakatan Jambi');
    await release.getByRole('button', { name: 'Catat Pembebasan' }).click();
    await release.waitFor({ state: 'detached' });
    await expectText(page.getByRole('row', { name: new RegExp(NEWCOMER.registrationNumber) }), 'Bebas');
  });

  it('probation officer, on a phone: sees the case open at the BAPAS and records a placement', async () => {
    const viewport = 'phone';
    const page = await signIn(person('probation-officer'), viewport);
    await openFromMenu(page, 'Reintegrasi', viewport);
    const link = page.getByRole('link', { name: 'Bebas 27 November 2026' });
    await eventually(page, () => link.waitFor({ timeout: 2_000 }));
    await check(page, 'reintegrasi-ponsel');
    await link.click();
    await page.getByRole('heading', { level: 1, name: NEWCOMER.name }).waitFor();
    await page.getByRole('button', { name: 'Catat Penempatan' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tempat kerja / usaha').fill('Kedai Kopi Sengeti');
    await dialog.getByLabel('Jabatan').fill('Barista');
    await dialog.getByLabel('Mulai').fill('2026-11-28');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('row', { name: /Kedai Kopi Sengeti/ }).waitFor();
    await check(page, 'kasus-ponsel');

    await page.getByRole('button', { name: 'Catat Pendampingan' }).click();
    const followUp = page.getByRole('dialog');
    await followUp.getByLabel('Tanggal pendampingan').fill('2026-11-29');
    await followUp.getByLabel('Status pekerjaan').fill('Bekerja penuh waktu');
    await followUp.getByLabel('Catatan').fill('Sudah bekerja tiga hari di kedai kopi.');
    await check(page, 'kasus-pendampingan-ponsel');
    await followUp.getByRole('button', { name: 'Simpan' }).click();
    await followUp.waitFor({ state: 'detached' });
    const recorded = page.getByRole('row', { name: /Bekerja penuh waktu/ });
    expect(await recorded.count()).toBe(1);
    await expectText(recorded, '29 November 2026');
    await expectText(recorded, 'Kunjungan rumah');
  });

  it('regency officer: records the joint evaluation, opens its report and downloads its PDF', async () => {
    const viewport = 'laptop';
    const page = await signIn(person('agreement-officer', 'PEMKAB-MUARO-JAMBI'), viewport);
    await openFromMenu(page, 'Kesepakatan', viewport);
    await page.getByRole('link', { name: FUNDED_PKS }).click();

    // The work plan: 2027's (approved in the story) and a new one for 2026, drafted and approved.
    const plan = page.getByRole('heading', { name: 'Rencana kerja dan target indikator' }).locator('../..');
    await plan.getByText('Belum ada rencana kerja tahun 2026.').waitFor();
    await plan.getByRole('button', { name: 'Susun Rencana Kerja' }).click();
    const planDialog = page.getByRole('dialog');
    await planDialog.getByLabel('Peserta pembinaan', { exact: true }).fill('20');
    await planDialog.getByLabel('Peserta lulus', { exact: true }).fill('15');
    await check(page, 'kesepakatan-rencana-kerja');
    await planDialog.getByRole('button', { name: 'Simpan' }).click();
    await planDialog.waitFor({ state: 'detached' });
    await expectText(plan.getByRole('row', { name: /Peserta lulus/ }), '15');
    await plan.getByText('Draf', { exact: true }).waitFor();
    await plan.getByRole('button', { name: 'Setujui' }).click();
    await plan.getByText('Disetujui', { exact: true }).waitFor();
    expect(await plan.getByRole('row').count()).toBe(3); // the header and the two indicators planned
    await chooseOption(page, plan, 'Tahun anggaran', '2027');
    await plan.getByRole('cell', { name: '30', exact: true }).waitFor(); // 2027's plan has arrived
    await expectText(plan.getByRole('row', { name: /Peserta lulus/ }), '30');
    await check(page, 'kesepakatan-rencana-kerja-2027');

    await page.getByRole('button', { name: 'Catat Evaluasi Bersama' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Periode').fill('2027-S1');
    await dialog.getByLabel('Temuan').fill('Kelulusan pelatihan las sesuai target.');
    await dialog.getByLabel('Rekomendasi').fill('Perluas pelatihan ke Rutan.');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Laporan Evaluasi Bersama periode 2027-S1' }).click();
    await page.getByText('LAPORAN EVALUASI BERSAMA').waitFor();
    await expectText(page.locator('header.report-title'), FUNDED_PKS);
    await expectText(page.getByRole('row', { name: /Peserta lulus/ }), '30');
    await check(page, 'laporan-evaluasi');
    // The download button fetches the report the gateway renders, with the browser's session.
    const download = page.getByRole('link', { name: 'Unduh PDF' });
    const pdf = await page.request.get(new URL((await download.getAttribute('href'))!, page.url()).href);
    expect([pdf.status(), pdf.headers()['content-type']]).toEqual([200, 'application/pdf']);
    expect(pdf.headers()['content-disposition']).toBe(
      'attachment; filename="laporan-evaluasi-PKS-001-PEMKAB-MJ-2026-2027-S1.pdf"',
    );
    const body = await pdf.body();
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(body);
    expect(text).toContain(`Nomor: ${FUNDED_PKS}`);
    expect(text).toContain('Periode evaluasi: Semester I 2027');
    expect(text).toContain('Peserta lulus');
  });

  it('auditor: opens every page with data in it; each passes axe', async () => {
    const viewport = 'laptop';
    const page = await signIn(person('auditor'), viewport);
    for (const [label, name] of [
      ['Kesepakatan', 'auditor-kesepakatan'],
      ['Program', 'program'],
      ['Warga Binaan', 'warga-binaan'],
      ['Reintegrasi', 'reintegrasi'],
      ['Anggaran', 'anggaran'],
      ['Monitoring & Evaluasi', 'monitoring'],
    ]) {
      await openFromMenu(page, label, viewport);
      await check(page, name);
    }
    await openFromMenu(page, 'Anggaran', viewport);
    await page.getByRole('link', { name: 'Lihat buku besar' }).first().click();
    await page.getByRole('heading', { level: 1, name: /^Anggaran 2026/ }).waitFor();
    await check(page, 'anggaran-buku-besar');
  });

  it('Kanwil leadership, on a phone: reads the recidivism chart as a table, in English too', async () => {
    const viewport = 'phone';
    const page = await signIn(person('viewer'), viewport);
    await openFromMenu(page, 'Monitoring & Evaluasi', viewport);
    await chooseOption(page, page, 'Tahun anggaran', '2026');
    await settled(page);
    const recidivism = page.getByRole('region', { name: /Residivisme/ });
    await recidivism.getByText('Tabel').click();
    await check(page, 'monitoring-ponsel');
    await expectText(recidivism.getByRole('row', { name: /2026/ }), '2026');
    await page.getByLabel('Bahasa').first().click();
    await page.getByRole('option', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Monitoring & Evaluation' }).waitFor();
    await check(page, 'monitoring-en-ponsel');
  });
});

/** Picks an option of a Mantine Select or MultiSelect (a combobox named by its label). */
async function chooseOption(
  page: Page,
  scope: Pick<Page, 'getByRole'>,
  label: string,
  option: string | RegExp,
) {
  const box = scope.getByRole('combobox', { name: label });
  // Options the platform gives keep the field disabled until they have come (a forced click does
  // not wait for that); a failure to load them is said on the field.
  await box.waitFor();
  for (const deadline = Date.now() + 30_000; !(await box.isEnabled()); await page.waitForTimeout(100)) {
    if (Date.now() > deadline)
      throw new Error(`"${label}" still disabled after 30 s: ${await box.getAttribute('placeholder')}`);
  }
  // A MultiSelect's input sits under its pills field, which takes the click.
  await box.click({ force: true });
  await page.getByRole('option', { name: option }).first().click();
}

/** Retries `step`, reloading the page between tries, while an effect travels through events. */
async function eventually(page: Page, step: () => Promise<unknown>, tries = 30) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      if (attempt >= tries) throw error;
      await page.reload();
      await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached', timeout: 20_000 });
    }
  }
}

/** The rendered text (badges are upper-cased by CSS) contains `text`, in any case. */
async function expectText(locator: ReturnType<Page['getByText']>, text: string) {
  await locator.first().waitFor();
  expect((await locator.first().innerText()).toLowerCase()).toContain(text.toLowerCase());
}
