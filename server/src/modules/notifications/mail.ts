// What a module's mail-templates.ts is made of: each template renders a subject and a plain-text body
// in the recipient's language, and ends with the same signature.
import type { Locale } from '../../i18n/messages.ts';

export type Rendered = { subject: string; text: string };
export type MailTemplate = (locale: Locale, params: never) => Rendered;

export const signature: Record<Locale, string> = {
  tr: '\n\nİzmir Büyükşehir Belediyesi — Katılım\nBu e-posta otomatik gönderilmiştir.',
  en: '\n\nİzmir Metropolitan Municipality — Katılım\nThis email was sent automatically.',
};
