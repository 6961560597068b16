// What a module promises about the personal data it holds (KVKK articles 7 and 11): which Prisma
// models refer to a person, how their rows are exported, and how they are erased. Each module
// declares this in its own `personal-data.ts`; `pnpm generate` collects the files into
// server/src/generated/personal-data-map.ts, and the privacy service only runs what it finds.
import type { Actor } from '../../context.ts';
import type { Tx } from '../../db/prisma.ts';
import type { ModelName } from '../../generated/prisma/internal/prismaNamespace.ts';

/** The person as they were before erasure started: modules scrub these values from free text. */
export type DataSubject = { id: string; email: string; firstName: string; lastName: string; phone: string };

export type ErasureContext = { subject: DataSubject; actor: Actor; now: Date };

/** Rows per Prisma model; a row keeps its primary-key fields so a reader can tell rows apart. */
export type PersonalDataRows<M extends ModelName = ModelName> = { [K in M]?: readonly object[] };

export type PersonalDataDeclaration<M extends ModelName = ModelName> = {
  /** The module folder the declaration lives in. */
  module: string;
  /** Every model of the module that refers to a person, as a subject or as the actor of staff work. */
  models: readonly M[];
  /** Everything the module holds about the person, by model: read-only, inside the export's transaction. */
  export: (tx: Tx, subject: DataSubject) => Promise<PersonalDataRows<M>>;
  /**
   * For data kept about other modules' records (audit entries about an application): runs after
   * every `export`, with the rows they returned; its rows are added to the module's own.
   */
  exportAboutRecords?: (tx: Tx, subject: DataSubject, records: Readonly<Record<string, readonly object[]>>) => Promise<PersonalDataRows<M>>;
  /** Removes or anonymises the person's data in the module, inside the one erasure transaction. */
  erase: (tx: Tx, context: ErasureContext) => Promise<void>;
};

/** Typed identity. (A model exported but not declared is caught when the export runs: see privacy/service.ts.) */
export function declarePersonalData<const M extends ModelName>(declaration: PersonalDataDeclaration<M>): PersonalDataDeclaration<M> {
  return declaration;
}

const REDACTED = '[silindi]';

/**
 * How much of the person to look for in text. In text about them (their own rows) a first or last
 * name alone is them; in other people's rows only the email, phone or full name is, since another
 * "Ayşe" is somebody else.
 */
export type Reach = 'about-them' | 'elsewhere';

/** The strings that identify the person in free text, longest first so an email goes before a name in it. */
export function identifiersOf(subject: DataSubject, reach: Reach): string[] {
  const national = subject.phone.startsWith('+90') ? subject.phone.slice(3) : '';
  const strong = [subject.email, `${subject.firstName} ${subject.lastName}`, subject.phone, national];
  return [...strong, ...(reach === 'about-them' ? [subject.firstName, subject.lastName] : [])]
    .filter((value) => value.trim().length >= 2)
    .sort((a, b) => b.length - a.length);
}

// Turkish has two i's (i/İ and ı/I) that case-insensitive matching does not pair: any of the four
// stands for any other, so "NEVRİYE" and "nevrıye" are found as "Nevriye".
const TURKISH_I = /[iıİI]/g;

const patternOf = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(TURKISH_I, '[iıİI]');

/** The text with every identifier of the person replaced; text that never named them comes back unchanged. */
export function redact(text: string, subject: DataSubject, reach: Reach): string {
  const pattern = new RegExp(identifiersOf(subject, reach).map(patternOf).join('|'), 'giu');
  return text.replace(pattern, REDACTED);
}

/** `redact` over every string inside a JSON value (audit data, template parameters). */
export function redactJson(value: unknown, subject: DataSubject, reach: Reach): unknown {
  if (typeof value === 'string') return redact(value, subject, reach);
  if (Array.isArray(value)) return value.map((item) => redactJson(item, subject, reach));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactJson(item, subject, reach)]));
  }
  return value;
}

/** ILIKE patterns for SQL that finds rows whose text may name the person. */
export function likePatternsOf(subject: DataSubject, reach: Reach): string[] {
  return identifiersOf(subject, reach).map((value) => `%${value.replace(/[\\%_]/g, (ch) => `\\${ch}`).replace(TURKISH_I, '_')}%`);
}
