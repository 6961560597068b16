// Server-side messages: error texts returned by the API and validation messages, Turkish first.
// Each module owns its keys in modules/<m>/messages.ts (shared ones in modules/common/messages.ts);
// `pnpm generate` collects them into generated/messages-map.ts.
import { moduleMessages } from '../generated/messages-map.ts';
import type { Locale } from './define-messages.ts';

export type { Locale } from './define-messages.ts';

type Catalogue = (typeof moduleMessages)[keyof typeof moduleMessages];
// Distributes over the modules, so the union holds every module's keys (keyof a union would keep
// only the keys they share).
type KeysOf<C> = C extends { tr: infer T } ? keyof T & string : never;
export type MessageKey = KeysOf<Catalogue>;

const modules: readonly { tr: Record<string, string>; en: Record<string, string> }[] = Object.values(moduleMessages);
const catalogues = {
  tr: Object.assign({}, ...modules.map((module) => module.tr)),
  en: Object.assign({}, ...modules.map((module) => module.en)),
} as Record<Locale, Record<MessageKey, string>>;

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(catalogues.tr, value);
}

export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return catalogues[locale][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** Picks tr or en from an explicit choice, then Accept-Language; Turkish is the default. */
export function negotiateLocale(explicit: string | undefined, acceptLanguage: string | undefined): Locale {
  if (explicit === 'tr' || explicit === 'en') return explicit;
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'tr';
}
