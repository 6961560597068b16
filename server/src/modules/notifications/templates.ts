// Every module's mail templates (modules/<m>/mail-templates.ts), collected by the generated map:
// a module adds its templates in its own folder and sends them with enqueueEmail (outbox.ts).
import { mailTemplates } from '../../generated/mail-templates-map.ts';

export const templates = mailTemplates;

export type TemplateName = keyof typeof templates;
export type TemplateParams<T extends TemplateName> = Parameters<(typeof templates)[T]>[1];
