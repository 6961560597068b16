// The shifts module's mail templates, collected by the generated map. Each part of the module keeps
// its own in mail-templates-<part>.ts.
import type { MailTemplate } from '../notifications/mail.ts';
import { attendanceMailTemplates } from './mail-templates-attendance.ts';

export const mailTemplates = {
  ...attendanceMailTemplates,
} satisfies Record<string, MailTemplate>;
