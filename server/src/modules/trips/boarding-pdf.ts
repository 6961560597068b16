// The boarding list as a PDF for the guide's clipboard: a table per pick-up point (number, names,
// child marks, a box to tick). DejaVu Sans is embedded, as in the shifts certificates, because PDF's
// standard fonts have no ğ, ş, ı or İ.
import { TIME_ZONE } from '@katilim/schema/istanbul-day';
import type { Locale } from '../../i18n/messages.ts';
import type { BoardingList } from './boarding.ts';
import { a4Document } from '../../pdf/document.ts';


const WORDS = {
  tr: {
    title: 'Biniş listesi',
    number: 'No',
    names: 'Ad soyad',
    child: 'Çocuk',
    boarded: 'Bindi',
    childMark: 'çocuk',
    people: (n: number) => `${n} kişi`,
    none: 'Bu noktada onaylı kayıt yok.',
    pickup: 'Biniş',
  },
  en: {
    title: 'Boarding list',
    number: 'No',
    names: 'Name',
    child: 'Child',
    boarded: 'Boarded',
    childMark: 'child',
    people: (n: number) => `${n} people`,
    none: 'No confirmed registrations at this point.',
    pickup: 'Pick-up',
  },
} as const;

const formatters: Record<Locale, Intl.DateTimeFormat> = {
  tr: new Intl.DateTimeFormat('tr-TR', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }),
};

/** The list (one point or all) as an A4 PDF in the reader's language. */
export async function boardingPdf(list: BoardingList, locale: Locale): Promise<Buffer> {
  const words = WORDS[locale];
  const title = locale === 'en' ? list.tripTitleEn : list.tripTitleTr;
  const { doc, done } = a4Document(`${words.title}: ${title}`);

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const columns = { number: left, names: left + 40, child: left + width - 130, box: left + width - 50 };
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  const header = () => {
    doc.font('bold').fontSize(9).fillColor('#333');
    const y = doc.y;
    doc.text(words.number, columns.number, y, { width: 36 });
    doc.text(words.names, columns.names, y, { width: columns.child - columns.names - 8 });
    doc.text(words.child, columns.child, y, { width: 70 });
    doc.text(words.boarded, columns.box - 10, y, { width: 60 });
    doc.moveTo(left, doc.y + 2).lineTo(left + width, doc.y + 2).strokeColor('#999').stroke();
    doc.y += 6;
  };

  const points = list.pickupPointId ? list.pickupPoints.filter((p) => p.id === list.pickupPointId) : list.pickupPoints;
  points.forEach((point, index) => {
    if (index > 0) doc.addPage();
    doc.font('bold').fontSize(10).fillColor('#555').text('İzmir Büyükşehir Belediyesi · Katılım', left, doc.page.margins.top);
    doc.font('bold').fontSize(16).fillColor('#111').text(`${words.title}: ${title}`);
    doc.font('body').fontSize(11).text(formatters[locale].format(list.startsAt));
    const units = list.units.filter((unit) => unit.pickupPoint.id === point.id);
    const people = units.reduce((sum, unit) => sum + unit.participants.length, 0);
    doc.moveDown(0.5);
    doc.font('bold').fontSize(12).text(`${point.name}${point.vehicleName ? ` · ${point.vehicleName}` : ''}`);
    doc.font('body').fontSize(10).text(`${words.pickup}: ${formatters[locale].format(point.pickupAt)}${point.address ? ` · ${point.address}` : ''} · ${words.people(people)}`);
    doc.moveDown();
    if (units.length === 0) {
      doc.font('body').fontSize(11).text(words.none);
      return;
    }
    header();
    for (const unit of units) {
      for (const [position, participant] of unit.participants.entries()) {
        if (doc.y + 22 > bottom()) {
          doc.addPage();
          header();
        }
        const y = doc.y;
        doc.font(position === 0 ? 'bold' : 'body').fontSize(10).fillColor('#111');
        doc.text(position === 0 ? String(unit.entryNumber) : '', columns.number, y, { width: 36 });
        doc.text(`${position === 0 ? '' : '   '}${participant.firstName} ${participant.lastName}`, columns.names, y, { width: columns.child - columns.names - 8 });
        doc.font('body').text(participant.child ? words.childMark : '', columns.child, y, { width: 70 });
        doc.rect(columns.box, y - 1, 12, 12).strokeColor('#111').stroke();
        if (participant.boardedAt) doc.font('bold').text('✓', columns.box + 2, y - 1, { width: 12 });
        doc.y = y + 18;
      }
      doc.moveTo(left, doc.y - 4).lineTo(left + width, doc.y - 4).strokeColor('#ddd').stroke();
    }
  });
  doc.end();
  return done;
}
