// Participation certificates: issued from approved hours only, kept as issued (hours by area at that
// moment), with a random verification code that a public page confirms. The PDF embeds DejaVu Sans
// (an npm package) because PDF's standard fonts have no ğ, ş, ı or İ.
import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import type { Actor } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import type { Locale } from '../../i18n/messages.ts';
import { publicUrl } from '../accounts/service.ts';
import { audit } from '../audit/service.ts';
import { rateLimitKey, takeRateLimit } from '../rate-limits/service.ts';
import { NoApprovedHoursError, TooManyVerificationsError } from './errors-attendance.ts';
import { approvedMinutesByArea, type AreaMinutes } from './hours.ts';
import { formatDay } from './format.ts';
import { a4Document } from '../../pdf/document.ts';


// Crockford's base32: no I, L, O or U, so a code read aloud or typed is not mistaken.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 60 random bits as XXXX-XXXX-XXXX. */
export function newVerificationCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((byte) => ALPHABET[byte & 31]!).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** What a person typed or scanned, in the stored form (case and spacing forgiven). */
export function normaliseCode(code: string): string {
  const plain = code.toUpperCase().replace(/[^0-9A-Z]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return plain.length === 12 ? `${plain.slice(0, 4)}-${plain.slice(4, 8)}-${plain.slice(8, 12)}` : plain;
}

export const verificationUrl = (code: string) => `${publicUrl()}/certificates/verify/${code}`;

/** Issues a certificate of the approved hours of shifts that started on İzmir days `from` … `to`. */
export async function issueParticipationCertificate(userId: string, from: string, to: string, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const byArea = await approvedMinutesByArea(tx, userId, from, to);
    const totalMinutes = byArea.reduce((sum, area) => sum + area.minutes, 0);
    if (totalMinutes === 0) throw new NoApprovedHoursError();
    const certificate = await tx.participationCertificate.create({
      data: { userId, code: newVerificationCode(), byArea, totalMinutes, periodFrom: new Date(`${from}T00:00:00Z`), periodTo: new Date(`${to}T00:00:00Z`) },
      select: { id: true },
    });
    await audit(tx, actor, 'shift.issueCertificate', { type: 'ParticipationCertificate', id: certificate.id }, { from, to, totalMinutes });
    return certificate;
  });
}

/** A certificate as the public page shows it: first name, last-name initial, hours, period, issue date. */
export async function verifyCertificate(code: string, ip: string | null) {
  const limit = await takeRateLimit(rateLimitKey('certificate:verify', ip ?? 'unknown'), { limit: 30, windowMinutes: 10 });
  if (!limit.allowed) throw new TooManyVerificationsError(limit.retryAfterSeconds);
  const certificate = await prisma.participationCertificate.findUnique({
    where: { code: normaliseCode(code) },
    select: { code: true, totalMinutes: true, periodFrom: true, periodTo: true, issuedAt: true, user: { select: { firstName: true, lastName: true, erasedAt: true } } },
  });
  if (!certificate || certificate.user.erasedAt) return null;
  const initial = [...certificate.user.lastName.trim()][0] ?? '';
  return {
    code: certificate.code,
    holderName: `${certificate.user.firstName} ${initial.toLocaleUpperCase('tr-TR')}.`,
    totalMinutes: certificate.totalMinutes,
    periodFrom: certificate.periodFrom.toISOString().slice(0, 10),
    periodTo: certificate.periodTo.toISOString().slice(0, 10),
    issuedAt: certificate.issuedAt,
  };
}

const WORDS = {
  tr: {
    title: 'Gönüllü Katılım Belgesi',
    programme: 'Eşit İzmir Gönüllüleri',
    body: (name: string, from: string, to: string) => `${name}, ${from} – ${to} döneminde İzmir Büyükşehir Belediyesi Sosyal Hizmetler Dairesi’nin gönüllü çalışmalarına katılmıştır.`,
    total: 'Onaylanmış toplam süre',
    byArea: 'Alanlara göre',
    hours: (minutes: number) => `${formatHours('tr', minutes)} saat`,
    code: 'Doğrulama kodu',
    verify: 'Bu belgenin geçerliliğini şu adresten doğrulayabilirsiniz:',
    issued: 'Düzenlenme tarihi',
  },
  en: {
    title: 'Certificate of Volunteer Participation',
    programme: 'Eşit İzmir Volunteers',
    body: (name: string, from: string, to: string) => `${name} took part in the volunteer work of İzmir Metropolitan Municipality’s Social Services from ${from} to ${to}.`,
    total: 'Approved time in all',
    byArea: 'By area',
    hours: (minutes: number) => `${formatHours('en', minutes)} hours`,
    code: 'Verification code',
    verify: 'Check that this certificate is genuine at:',
    issued: 'Issued on',
  },
} as const;

export function formatHours(locale: Locale, minutes: number): string {
  return new Intl.NumberFormat(locale === 'tr' ? 'tr-TR' : 'en-GB', { maximumFractionDigits: 1 }).format(minutes / 60);
}

/** A stored calendar date (UTC midnight). An instant's İzmir day is `formatDay`. */
const day = (locale: Locale, date: Date) => new Intl.DateTimeFormat(locale === 'tr' ? 'tr-TR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);

/** The certificate as a PDF (A4, one page), in the holder's language. */
export async function certificatePdf(certificateId: string): Promise<{ pdf: Buffer; code: string } | null> {
  const certificate = await prisma.participationCertificate.findUnique({
    where: { id: certificateId },
    select: { code: true, byArea: true, totalMinutes: true, periodFrom: true, periodTo: true, issuedAt: true, user: { select: { firstName: true, lastName: true, locale: true } } },
  });
  if (!certificate) return null;
  const locale: Locale = certificate.user.locale;
  const words = WORDS[locale];
  const url = verificationUrl(certificate.code);
  const qr = await QRCode.toBuffer(url, { type: 'png', margin: 1, width: 240, errorCorrectionLevel: 'M' });
  const areas = certificate.byArea as AreaMinutes[];

  const { doc, done } = a4Document(words.title, 64);

  doc.font('bold').fontSize(11).fillColor('#555').text('İzmir Büyükşehir Belediyesi · Katılım', { align: 'center' });
  doc.moveDown(2);
  doc.font('bold').fontSize(24).fillColor('#111').text(words.title, { align: 'center' });
  doc.font('body').fontSize(13).fillColor('#444').text(words.programme, { align: 'center' });
  doc.moveDown(2);
  const name = `${certificate.user.firstName} ${certificate.user.lastName}`;
  doc.font('bold').fontSize(20).fillColor('#111').text(name, { align: 'center' });
  doc.moveDown();
  doc.font('body').fontSize(12).text(words.body(name, day(locale, certificate.periodFrom), day(locale, certificate.periodTo)), { align: 'center' });
  doc.moveDown(1.5);
  doc.font('bold').fontSize(14).text(`${words.total}: ${words.hours(certificate.totalMinutes)}`, { align: 'center' });
  doc.moveDown();
  doc.font('bold').fontSize(12).text(words.byArea, { underline: false });
  doc.font('body').fontSize(12);
  for (const area of areas) doc.text(`• ${locale === 'en' ? area.nameEn : area.nameTr}: ${words.hours(area.minutes)}`);
  doc.moveDown(2);

  const qrTop = doc.y;
  doc.image(qr, doc.page.margins.left, qrTop, { width: 110 });
  const textLeft = doc.page.margins.left + 130;
  const textWidth = doc.page.width - doc.page.margins.right - textLeft;
  doc.font('bold').fontSize(11).text(`${words.code}: ${certificate.code}`, textLeft, qrTop, { width: textWidth });
  doc.font('body').fontSize(10).text(words.verify, { width: textWidth });
  doc.fillColor('#1c5fb8').text(url, { width: textWidth, link: url });
  doc.fillColor('#111').moveDown().text(`${words.issued}: ${formatDay(locale, certificate.issuedAt)}`, { width: textWidth });
  doc.end();
  return { pdf: await done, code: certificate.code };
}
