// An event's report as an A4 PDF for the directorate's folder: its sessions, participation by
// district and by age band as bar charts (participants, and of them those present), and the
// recommendations by theme. DejaVu Sans is embedded, as in the other PDFs, for ğ, ş, ı and İ.
import { TIME_ZONE } from '@katilim/schema/istanbul-day';
import type { Locale } from '../../i18n/messages.ts';
import type { ForumEventReport } from './findings.ts';
import { a4Document } from '../../pdf/document.ts';


const WORDS = {
  tr: {
    title: 'Forum raporu',
    sessions: 'Oturumlar',
    session: 'Oturum',
    kind: { OPEN: 'Açık forum', FOCUS_GROUP: 'Odak grup' },
    participants: 'Katılımcı',
    attended: 'Katıldı',
    findings: 'Bulgu',
    districts: 'İlçelere göre katılım',
    ageBands: 'Yaş gruplarına göre katılım',
    themes: 'Temalara göre öneriler',
    none: 'Henüz kayıt yok.',
    legend: 'Koyu: katılımcı · açık: katılan',
    generated: 'Oluşturulma',
  },
  en: {
    title: 'Forum report',
    sessions: 'Sessions',
    session: 'Session',
    kind: { OPEN: 'Open forum', FOCUS_GROUP: 'Focus group' },
    participants: 'Participants',
    attended: 'Attended',
    findings: 'Findings',
    districts: 'Participation by district',
    ageBands: 'Participation by age band',
    themes: 'Recommendations by theme',
    none: 'Nothing recorded yet.',
    legend: 'Dark: participants · light: attended',
    generated: 'Generated',
  },
} as const;

const formatters: Record<Locale, Intl.DateTimeFormat> = {
  tr: new Intl.DateTimeFormat('tr-TR', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }),
};

const DARK = '#1c5d99';
const LIGHT = '#8fb8de';

/** The report in the reader's language; `now` is printed as the generation time. */
export async function eventReportPdf(report: ForumEventReport, locale: Locale, now = new Date()): Promise<Buffer> {
  const words = WORDS[locale];
  const { doc, done } = a4Document(`${words.title}: ${report.title}`);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const room = (needed: number) => {
    if (doc.y + needed > bottom()) doc.addPage();
  };
  const heading = (text: string) => {
    room(60);
    doc.moveDown(0.8);
    doc.font('bold').fontSize(13).fillColor('#111').text(text, left);
    doc.moveDown(0.3);
  };

  doc.font('bold').fontSize(10).fillColor('#555').text('İzmir Büyükşehir Belediyesi · Katılım', left, doc.page.margins.top);
  doc.font('bold').fontSize(18).fillColor('#111').text(`${words.title}: ${report.title}`);
  doc.font('body').fontSize(9).fillColor('#555').text(`${words.generated}: ${formatters[locale].format(now)}`);

  // ── sessions ──
  heading(words.sessions);
  const cols = { title: left, participants: left + width - 170, attended: left + width - 110, findings: left + width - 50 };
  const y0 = doc.y;
  doc.font('bold').fontSize(9).fillColor('#333');
  doc.text(words.session, cols.title, y0, { width: cols.participants - cols.title - 8 });
  doc.text(words.participants, cols.participants, y0, { width: 58 });
  doc.text(words.attended, cols.attended, y0, { width: 58 });
  doc.text(words.findings, cols.findings, y0, { width: 50 });
  doc.moveTo(left, doc.y + 2).lineTo(left + width, doc.y + 2).strokeColor('#999').stroke();
  doc.y += 6;
  for (const session of report.sessions) {
    room(34);
    const y = doc.y;
    doc.font('bold').fontSize(10).fillColor('#111').text(session.title, cols.title, y, { width: cols.participants - cols.title - 8 });
    doc.font('body').fontSize(8).fillColor('#555').text(`${words.kind[session.kind]} · ${formatters[locale].format(session.startsAt)}`, cols.title, doc.y, { width: cols.participants - cols.title - 8 });
    const end = doc.y;
    doc.font('body').fontSize(10).fillColor('#111');
    doc.text(String(session.participants), cols.participants, y, { width: 58 });
    doc.text(String(session.attended), cols.attended, y, { width: 58 });
    doc.text(String(session.findings), cols.findings, y, { width: 50 });
    doc.y = Math.max(end, y + 14) + 6;
  }

  // ── bar charts: one bar pair per row ──
  const chart = (title: string, rows: { name: string; participants: number; attended: number }[]) => {
    heading(title);
    if (rows.every((row) => row.participants === 0)) {
      doc.font('body').fontSize(10).fillColor('#333').text(words.none, left);
      return;
    }
    doc.font('body').fontSize(8).fillColor('#555').text(words.legend, left);
    doc.moveDown(0.3);
    const labelWidth = 120;
    const barWidth = width - labelWidth - 60;
    const max = Math.max(...rows.map((row) => row.participants), 1);
    for (const row of rows) {
      room(22);
      const y = doc.y;
      doc.font('body').fontSize(9).fillColor('#111').text(row.name, left, y + 1, { width: labelWidth - 8, lineBreak: false, ellipsis: true });
      doc.rect(left + labelWidth, y, (barWidth * row.participants) / max, 8).fill(DARK);
      doc.rect(left + labelWidth, y + 9, (barWidth * row.attended) / max, 6).fill(LIGHT);
      doc.fillColor('#111').fontSize(8).text(`${row.participants} / ${row.attended}`, left + labelWidth + barWidth + 6, y + 2, { width: 54 });
      doc.y = y + 20;
    }
  };
  chart(words.districts, report.districts);
  chart(words.ageBands, report.ageBands.map((band) => ({ name: band.band, participants: band.participants, attended: band.attended })));

  // ── recommendations ──
  heading(words.themes);
  if (report.themes.length === 0) doc.font('body').fontSize(10).fillColor('#333').text(words.none, left);
  for (const theme of report.themes) {
    room(40);
    doc.font('bold').fontSize(11).fillColor('#111').text(`${theme.theme} (${theme.recommendations.length})`, left);
    for (const body of theme.recommendations) {
      room(20);
      doc.font('body').fontSize(10).fillColor('#222').text(`• ${body}`, left + 10, doc.y, { width: width - 10 });
    }
    doc.moveDown(0.4);
  }
  doc.end();
  return done;
}
