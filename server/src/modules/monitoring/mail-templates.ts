// The monitoring's mail, Turkish and English: the monthly report is ready, with its links.
import type { Locale } from '../../i18n/messages.ts';
import { signature, type Rendered } from '../notifications/mail.ts';

type MonthlyReport = { recipientFirstName: string; month: string; pdfLink: string; csvLink: string; pageLink: string };

export const mailTemplates = {
  monitoringMonthlyReport: (locale: Locale, p: MonthlyReport): Rendered =>
    locale === 'tr'
      ? {
          subject: `Katılım: ${p.month} aylık izleme raporu hazır`,
          text: `Merhaba ${p.recipientFirstName},\n\n${p.month} ayının izleme raporu oluşturuldu.\n\nPDF: ${p.pdfLink}\nCSV tablosu: ${p.csvLink}\n\nTüm aylık raporlar ve abonelik ayarınız:\n${p.pageLink}${signature.tr}`,
        }
      : {
          subject: `Katılım: the monthly monitoring report for ${p.month} is ready`,
          text: `Hello ${p.recipientFirstName},\n\nThe monitoring report for ${p.month} has been generated.\n\nPDF: ${p.pdfLink}\nCSV tables: ${p.csvLink}\n\nEvery monthly report, and your subscription:\n${p.pageLink}${signature.en}`,
        },
};
