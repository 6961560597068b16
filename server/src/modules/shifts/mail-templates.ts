// The shifts module's mail templates, collected by name (generated mail-templates map). Each part
// keeps its own in mail-templates-<part>.ts.
import { planningMailTemplates } from './mail-templates-planning.ts';

export const mailTemplates = { ...planningMailTemplates };
