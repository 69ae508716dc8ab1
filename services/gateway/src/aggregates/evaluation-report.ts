import type { Indicator } from '@sinergi/contracts';

/** One indicator of an evaluation's frozen snapshot, as the agreements service records it. */
export interface ReportIndicator {
  indicator: string;
  target: number;
  actual: number | null;
  status: string;
}

/** Everything the joint evaluation report shows, read from the agreements service as the caller. */
export interface EvaluationReport {
  agreement: {
    number: string;
    title: string;
    kind: string;
    startDate: string;
    endDate: string;
    /** Each party with its agency's name (null when the agency could not be read). */
    parties: Array<{
      code: string;
      name: string | null;
      signatoryName: string | null;
      signatoryTitle: string | null;
    }>;
  };
  evaluation: {
    period: string;
    fiscalYear: number;
    findings: string;
    recommendations: string;
    indicators: ReportIndicator[];
    recordedAt: string;
  };
  /** The agreement's zone (its first party's): the report's timestamps are shown in it. */
  timeZone: string;
  generatedAt: Date;
}

const INDICATORS: Record<Indicator, { label: string; rate: boolean }> = {
  PARTICIPANTS_ENROLLED: { label: 'Peserta pembinaan', rate: false },
  PARTICIPANTS_COMPLETED: { label: 'Peserta lulus', rate: false },
  COMPLETION_RATE: { label: 'Tingkat kelulusan', rate: true },
  EMPLOYMENT_RATE_6M: { label: 'Bekerja dalam 6 bulan', rate: true },
  RECIDIVISM_RATE_12M: { label: 'Residivisme 12 bulan (makin rendah makin baik)', rate: true },
  BUDGET_ABSORPTION: { label: 'Penyerapan anggaran', rate: true },
};
const indicatorOf = (code: string) =>
  INDICATORS[code as Indicator] ?? { label: code, rate: /RATE|ABSORPTION/.test(code) };

const STATUSES: Record<string, { label: string; colour: string }> = {
  ON_TRACK: { label: 'Sesuai Target', colour: '#2e7d32' },
  AT_RISK: { label: 'Perlu Perhatian', colour: '#b26a00' },
  OFF_TRACK: { label: 'Di Bawah Target', colour: '#c62828' },
};
const statusOf = (status: string) => STATUSES[status] ?? { label: status, colour: '#555555' };

const KINDS: Record<string, string> = {
  MOU: 'Nota Kesepahaman (MoU)',
  PKS: 'Perjanjian Kerja Sama (PKS)',
};

const ZONES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};
const ROMAN = ['I', 'II', 'III', 'IV'];

const numberFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 1 });
const dayFormat = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A calendar day `2026-11-29` in Indonesian: `29 November 2026`. */
export const indonesianDate = (day: string) => dayFormat.format(new Date(`${day.slice(0, 10)}T00:00:00Z`));

/** An instant in `timeZone` in Indonesian: `29 November 2026 14.05 WIB`. */
export function indonesianDateTime(instant: Date, timeZone: string): string {
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('id-ID', { ...options, timeZone }).format(instant);
  const date = part({ day: 'numeric', month: 'long', year: 'numeric' });
  const time = part({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${date} ${time} ${ZONES[timeZone] ?? timeZone}`;
}

/** `2027-S1` → `Semester I 2027 (1 Januari 2027 – 30 Juni 2027)`; also years and quarters. */
export function periodLabel(period: string): string {
  const match = /^(\d{4})(?:-([QS])([1-4]))?$/.exec(period);
  if (!match) return period;
  const year = Number(match[1]);
  const part = Number(match[3] ?? 1);
  const months = match[2] === 'Q' ? 3 : match[2] === 'S' ? 6 : 12;
  const firstMonth = (part - 1) * months;
  const first = new Date(Date.UTC(year, firstMonth, 1)).toISOString();
  const last = new Date(Date.UTC(year, firstMonth + months, 0)).toISOString();
  const name =
    match[2] === 'Q'
      ? `Triwulan ${ROMAN[part - 1]} `
      : match[2] === 'S'
        ? `Semester ${ROMAN[part - 1]} `
        : 'Tahun ';
  return `${name}${year} (${indonesianDate(first)} – ${indonesianDate(last)})`;
}

/** The indicator's actual as a share of its target; null without data or a zero target. */
export const achievement = (reading: ReportIndicator) =>
  reading.actual === null || reading.target === 0 ? null : reading.actual / reading.target;

const valueText = (reading: ReportIndicator, value: number | null) =>
  value === null
    ? '—'
    : indicatorOf(reading.indicator).rate
      ? percentFormat.format(value)
      : numberFormat.format(value);

/** `laporan-evaluasi-100-PKS-MJ-2027-2027-S1.pdf`: ASCII only, safe in Content-Disposition. */
export function reportFileName(report: Pick<EvaluationReport, 'agreement' | 'evaluation'>): string {
  const slug = (text: string) => text.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `laporan-evaluasi-${slug(report.agreement.number)}-${slug(report.evaluation.period)}.pdf`;
}

const INK = '#1a1a1a';
const MUTED = '#555555';
const ACCENT = '#1f4e79';
const RULE = '#b0b7c3';
const MARGIN = 50;
/** The chart's scale ends at 150 % of the target; longer bars are cut there and say so by their label. */
const CHART_MAX = 1.5;

/**
 * Renders the Laporan Evaluasi Bersama as an A4 PDF: the title block (agreement, parties, period),
 * the indicator table, a bar chart of achievement against target drawn with vector shapes, the
 * findings and recommendations, and on every page when it was generated (in the agreement's zone).
 */
export async function renderEvaluationReport(report: EvaluationReport): Promise<Buffer> {
  // Loaded with the first report: pdfkit and its fonts are some 9 MB of the gateway's memory.
  const { default: PDFDocument } = await import('pdfkit');
  const { agreement, evaluation } = report;
  const generated = indonesianDateTime(report.generatedAt, report.timeZone);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 20, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: {
      Title: `Laporan Evaluasi Bersama ${agreement.number} ${evaluation.period}`,
      Subject: agreement.title,
      Author: 'Sinergi',
      Creator: 'Sinergi',
      CreationDate: report.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - MARGIN * 2;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const ensureSpace = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const heading = (text: string) => {
    ensureSpace(60);
    doc
      .moveDown(0.8)
      .font('Helvetica-Bold')
      .fontSize(12)
      .fillColor(ACCENT)
      .text(text, MARGIN, doc.y, { width });
    doc.moveDown(0.3).fillColor(INK);
  };

  // Title block
  doc.rect(MARGIN, MARGIN, width, 4).fill(ACCENT);
  doc
    .font('Helvetica-Bold')
    .fontSize(18)
    .fillColor(ACCENT)
    .text('Laporan Evaluasi Bersama', MARGIN, MARGIN + 14, { width });
  doc.font('Helvetica-Bold').fontSize(13).fillColor(INK).moveDown(0.3).text(agreement.title, { width });
  doc.moveDown(0.4).font('Helvetica').fontSize(10);
  const field = (label: string, value: string) => {
    doc.font('Helvetica-Bold').text(`${label}: `, { continued: true, width }).font('Helvetica').text(value);
  };
  field('Nomor', `${agreement.number} · ${KINDS[agreement.kind] ?? agreement.kind}`);
  field('Masa berlaku', `${indonesianDate(agreement.startDate)} – ${indonesianDate(agreement.endDate)}`);
  field('Periode evaluasi', periodLabel(evaluation.period));
  field('Tahun anggaran', String(evaluation.fiscalYear));
  field('Dicatat', indonesianDateTime(new Date(evaluation.recordedAt), report.timeZone));
  doc.font('Helvetica-Bold').text('Para pihak:');
  doc.font('Helvetica');
  for (const party of agreement.parties) {
    const signatory = party.signatoryName
      ? ` — ${party.signatoryName}${party.signatoryTitle ? `, ${party.signatoryTitle}` : ''}`
      : '';
    doc.text(
      `• ${party.name ? `${party.name} (${party.code})` : party.code}${signatory}`,
      MARGIN + 10,
      doc.y,
      {
        width: width - 10,
      },
    );
  }
  doc.moveDown(0.5);
  doc
    .moveTo(MARGIN, doc.y)
    .lineTo(MARGIN + width, doc.y)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();

  // 1. Indicator table
  heading('1. Capaian Indikator');
  const columns = [
    { title: 'Indikator', width: width * 0.38, align: 'left' as const },
    { title: 'Target', width: width * 0.14, align: 'right' as const },
    { title: 'Realisasi', width: width * 0.14, align: 'right' as const },
    { title: 'Capaian', width: width * 0.12, align: 'right' as const },
    { title: 'Status', width: width * 0.22, align: 'left' as const },
  ];
  const row = (cells: string[], options: { header?: boolean; colours?: string[] } = {}) => {
    doc.font(options.header ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    const height =
      Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: columns[i].width - 8 }))) + 8;
    ensureSpace(height);
    const top = doc.y;
    if (options.header) doc.rect(MARGIN, top, width, height).fill('#e8eef5');
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc
        .fillColor(options.colours?.[i] ?? INK)
        .text(cell, x + 4, top + 4, { width: columns[i].width - 8, align: columns[i].align });
      x += columns[i].width;
    });
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + width, top + height)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.x = MARGIN;
    doc.y = top + height;
  };
  row(
    columns.map((c) => c.title),
    { header: true },
  );
  if (evaluation.indicators.length === 0) row(['Rencana kerja tanpa indikator', '—', '—', '—', '—']);
  for (const reading of evaluation.indicators) {
    const share = achievement(reading);
    const status = statusOf(reading.status);
    row(
      [
        indicatorOf(reading.indicator).label,
        valueText(reading, reading.target),
        valueText(reading, reading.actual),
        share === null ? '—' : percentFormat.format(share),
        status.label,
      ],
      { colours: [INK, INK, INK, INK, status.colour] },
    );
  }
  doc
    .moveDown(0.4)
    .font('Helvetica')
    .fontSize(8)
    .fillColor(MUTED)
    .text(
      'Capaian = realisasi dibagi target. Angka dibekukan saat evaluasi dicatat; peristiwa sesudahnya tidak mengubahnya.',
      MARGIN,
      doc.y,
      { width },
    );

  // 2. Chart: one horizontal bar per indicator, its achievement on a scale to 150 %, the target at 100 %.
  heading('2. Grafik Capaian terhadap Target');
  const labelWidth = width * 0.34;
  const plotLeft = MARGIN + labelWidth;
  const plotWidth = width - labelWidth - 50;
  const barHeight = 14;
  const gap = 8;
  const readings = evaluation.indicators;
  const chartHeight = Math.max(readings.length, 1) * (barHeight + gap) + 24;
  ensureSpace(chartHeight);
  const chartTop = doc.y;
  const xOf = (share: number) => plotLeft + (Math.min(share, CHART_MAX) / CHART_MAX) * plotWidth;
  doc.font('Helvetica').fontSize(7).fillColor(MUTED);
  for (const tick of [0, 0.5, 1, 1.5]) {
    const x = xOf(tick);
    doc
      .moveTo(x, chartTop)
      .lineTo(x, chartTop + chartHeight - 16)
      .lineWidth(tick === 1 ? 1 : 0.3)
      .strokeColor(tick === 1 ? ACCENT : RULE);
    if (tick === 1) doc.dash(3, { space: 2 }).stroke().undash();
    else doc.stroke();
    doc.fillColor(MUTED).text(percentFormat.format(tick), x - 20, chartTop + chartHeight - 12, {
      width: 40,
      align: 'center',
    });
  }
  doc
    .fillColor(ACCENT)
    .text('Target', xOf(1) + 3, chartTop - 2, { width: 40 })
    .fillColor(INK);
  readings.forEach((reading, i) => {
    const top = chartTop + 6 + i * (barHeight + gap);
    const share = achievement(reading);
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(INK)
      .text(indicatorOf(reading.indicator).label, MARGIN, top + 3, {
        width: labelWidth - 8,
        height: barHeight + gap,
        ellipsis: true,
      });
    if (share !== null && share > 0)
      doc.rect(plotLeft, top, xOf(share) - plotLeft, barHeight).fill(statusOf(reading.status).colour);
    doc
      .fillColor(INK)
      .fontSize(8)
      .text(share === null ? 'belum ada data' : percentFormat.format(share), xOf(share ?? 0) + 4, top + 3, {
        width: 60,
      });
  });
  doc.x = MARGIN;
  doc.y = chartTop + chartHeight + 4;

  // 3–4. Findings and recommendations
  const prose = (title: string, text: string) => {
    heading(title);
    doc.font('Helvetica').fontSize(10).fillColor(INK).text(text, MARGIN, doc.y, { width, align: 'left' });
  };
  prose('3. Temuan', evaluation.findings);
  prose('4. Rekomendasi', evaluation.recommendations);

  // Footer on every page: when the report was generated, and the page number.
  const { start, count } = doc.bufferedPageRange();
  for (let page = start; page < start + count; page++) {
    doc.switchToPage(page);
    const keep = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(MUTED)
      .text(`Dibuat ${generated} · Sinergi · ${agreement.number}`, MARGIN, y, { width: width - 80 })
      .text(`Halaman ${page - start + 1} dari ${count}`, MARGIN + width - 80, y, {
        width: 80,
        align: 'right',
      });
    doc.page.margins.bottom = keep;
  }
  doc.end();
  return done;
}
