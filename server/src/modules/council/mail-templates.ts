// The council's mail, Turkish and English; each part keeps its templates in mail-templates-<part>.ts.
import type { MailTemplate } from '../notifications/mail.ts';
import { meetingsMailTemplates } from './mail-templates-meetings.ts';
import { membersMailTemplates } from './mail-templates-members.ts';
import { proposalsMailTemplates } from './mail-templates-proposals.ts';

export const mailTemplates = {
  ...membersMailTemplates,
  ...meetingsMailTemplates,
  ...proposalsMailTemplates,
} satisfies Record<string, MailTemplate>;
