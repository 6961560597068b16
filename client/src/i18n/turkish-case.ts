// Turkish has two i's: dotted İ/i and dotless I/ı. The default (English) case mapping
// turns "i" into "I" and "İ" into "i̇" (i + combining dot), which breaks names and search.

export function toTurkishUpperCase(text: string): string {
  return text.toLocaleUpperCase('tr');
}

export function toTurkishLowerCase(text: string): string {
  return text.toLocaleLowerCase('tr');
}

/**
 * Folds text for search the way the server does: Turkish lower case, then without
 * diacritics and with ı → i, so "IŞIK", "ışık" and "isik" all meet.
 */
export function foldForSearch(text: string): string {
  return toTurkishLowerCase(text)
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ı/g, 'i')
    .trim();
}

export function matchesSearch(text: string, search: string): boolean {
  return foldForSearch(text).includes(foldForSearch(search));
}

const collators = new Map<string, Intl.Collator>();

/** Alphabetical order for the given language (Turkish puts Ç after C, Ö after O, …). */
export function compareText(language: string) {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(language, { sensitivity: 'base' });
    collators.set(language, collator);
  }
  return collator.compare;
}
