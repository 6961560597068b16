// Trips' mail, Turkish and English; each part keeps its templates in mail-templates-<part>.ts.
import type { MailTemplate } from '../notifications/mail.ts';
import { boardingMailTemplates } from './mail-templates-boarding.ts';
import { lotteryMailTemplates } from './mail-templates-lottery.ts';
import { registrationMailTemplates } from './mail-templates-registration.ts';
import { waitlistMailTemplates } from './mail-templates-waitlist.ts';

export const mailTemplates = {
  ...registrationMailTemplates,
  ...lotteryMailTemplates,
  ...boardingMailTemplates,
  ...waitlistMailTemplates,
} satisfies Record<string, MailTemplate>;
