import { pdfText } from '@sinergi/testing';
import {
  indonesianDate,
  indonesianDateTime,
  periodLabel,
  renderEvaluationReport,
  reportFileName,
  type EvaluationReport,
} from './evaluation-report';

const report: EvaluationReport = {
  agreement: {
    number: '100/PKS/MJ/2027',
    title: 'Pelatihan Kemandirian Warga Binaan Lapas Muaro Jambi',
    kind: 'PKS',
    startDate: '2027-01-01',
    endDate: '2028-12-31',
    parties: [
      {
        code: 'PEMKAB-MUARO-JAMBI',
        name: 'Pemerintah Kabupaten Muaro Jambi',
        signatoryName: 'Bambang Bakri',
        signatoryTitle: 'Bupati',
      },
      { code: 'LAPAS-MUARO-JAMBI', name: null, signatoryName: null, signatoryTitle: null },
    ],
  },
  evaluation: {
    period: '2027-S1',
    fiscalYear: 2027,
    findings: 'Kelas las penuh sejak Maret.',
    recommendations: 'Tambah satu angkatan di semester kedua.',
    indicators: [
      { indicator: 'PARTICIPANTS_ENROLLED', target: 40, actual: 35, status: 'AT_RISK' },
      { indicator: 'COMPLETION_RATE', target: 0.8, actual: 0.5, status: 'OFF_TRACK' },
      { indicator: 'EMPLOYMENT_RATE_6M', target: 0.5, actual: null, status: 'AT_RISK' },
    ],
    recordedAt: '2027-07-15T03:00:00Z',
  },
  timeZone: 'Asia/Makassar',
  generatedAt: new Date('2026-11-29T06:05:00Z'),
};

describe('the joint evaluation report (PDF)', () => {
  it('writes dates the Indonesian way, in the agreement’s zone', () => {
    expect(indonesianDate('2026-11-29')).toBe('29 November 2026');
    expect(indonesianDateTime(new Date('2026-11-29T16:30:00Z'), 'Asia/Jakarta')).toBe(
      '29 November 2026 23.30 WIB',
    );
    expect(indonesianDateTime(new Date('2026-11-29T16:30:00Z'), 'Asia/Jayapura')).toBe(
      '30 November 2026 01.30 WIT',
    );
  });

  it('names a period with its days', () => {
    expect(periodLabel('2027')).toBe('Tahun 2027 (1 Januari 2027 – 31 Desember 2027)');
    expect(periodLabel('2027-S2')).toBe('Semester II 2027 (1 Juli 2027 – 31 Desember 2027)');
    expect(periodLabel('2028-Q1')).toBe('Triwulan I 2028 (1 Januari 2028 – 31 Maret 2028)');
  });

  it('names the file after the agreement number and the period', () => {
    expect(reportFileName(report)).toBe('laporan-evaluasi-100-PKS-MJ-2027-2027-S1.pdf');
  });

  it('shows the agreement, parties, period, indicators, chart, findings and recommendations', async () => {
    const pdf = await renderEvaluationReport(report);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const expected of [
      'Laporan Evaluasi Bersama',
      'Pelatihan Kemandirian Warga Binaan Lapas Muaro Jambi',
      'Nomor: 100/PKS/MJ/2027 · Perjanjian Kerja Sama (PKS)',
      'Masa berlaku: 1 Januari 2027 – 31 Desember 2028',
      'Periode evaluasi: Semester I 2027 (1 Januari 2027 – 30 Juni 2027)',
      'Dicatat: 15 Juli 2027 11.00 WITA',
      '• Pemerintah Kabupaten Muaro Jambi (PEMKAB-MUARO-JAMBI) — Bambang Bakri, Bupati',
      '• LAPAS-MUARO-JAMBI',
      'Indikator Target Realisasi Capaian Status',
      'Peserta pembinaan 40 35 87,5% Perlu Perhatian',
      'Tingkat kelulusan 80% 50% 62,5% Di Bawah Target',
      'Bekerja dalam 6 bulan 50% — — Perlu Perhatian',
      '2. Grafik Capaian terhadap Target 0% 50% 100% 150% Target Peserta pembinaan 87,5%',
      'Bekerja dalam 6 bulan belum ada data',
      '3. Temuan Kelas las penuh sejak Maret.',
      '4. Rekomendasi Tambah satu angkatan di semester kedua.',
      'Dibuat 29 November 2026 14.05 WITA · Sinergi · 100/PKS/MJ/2027 Halaman 1 dari 1',
    ])
      expect(text).toContain(expected);
  });

  it('carries long findings over to further pages, each with its footer', async () => {
    const findings = Array.from({ length: 400 }, (_, i) => `Temuan nomor ${i + 1}.`).join(' ');
    const text = pdfText(
      await renderEvaluationReport({ ...report, evaluation: { ...report.evaluation, findings } }),
    );
    expect(text).toContain('Temuan nomor 400.');
    expect(text).toMatch(/Halaman 1 dari (\d).*Halaman \1 dari \1$/);
  });
});
