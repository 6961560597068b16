// Attendance's mail: sign-up paused after no-shows. (The module's mail-templates.ts spreads these.)
import type { Locale } from '../../i18n/messages.ts';
import { signature, type Rendered } from '../notifications/mail.ts';

export const attendanceMailTemplates = {
  shiftSignupPaused: (locale: Locale, p: { firstName: string; noShows: number; profileUrl: string }): Rendered =>
    locale === 'tr'
      ? {
          subject: 'Katılım: vardiya kayıtlarınız durduruldu',
          text: `Merhaba ${p.firstName},\n\nKayıt olduğunuz ${p.noShows} vardiyaya gelmediğiniz kaydedildi. Bu nedenle yeni vardiyalara kaydınız bir koordinatör yeniden açana kadar durduruldu.\n\nBir yanlışlık olduğunu düşünüyorsanız koordinatörünüzle görüşün. Saatlerinizi ve vardiyalarınızı şuradan görebilirsiniz: ${p.profileUrl}${signature.tr}`,
        }
      : {
          subject: 'Katılım: your shift sign-ups are paused',
          text: `Hello ${p.firstName},\n\nYou were recorded as not attending ${p.noShows} shifts you had signed up for. New sign-ups are therefore paused until a coordinator lifts the pause.\n\nIf you think this is a mistake, please talk to your coordinator. Your hours and shifts are here: ${p.profileUrl}${signature.en}`,
        },
};
