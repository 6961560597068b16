import { createHash } from 'node:crypto';

// Turkish-aware text folding for search: "IŞIK", "ışık" and "isik" all become "isik".
const FOLD: Record<string, string> = { ı: 'i', ş: 's', ğ: 'g', ü: 'u', ö: 'o', ç: 'c', â: 'a', î: 'i', û: 'u' };

export function foldForSearch(text: string): string {
  return text
    .toLocaleLowerCase('tr-TR')
    .replace(/[ışğüöçâîû]/g, (ch) => FOLD[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const SLUG_MAX = 80;

/**
 * A slug for addresses and unique keys: Turkish letters folded ("Çocuk Hakları" → "cocuk-haklari").
 * A name with no letter or digit to keep (only emoji or punctuation) gets `<fallback>-<hash of the
 * name>`, so it still has a usable slug and two different such names do not collide.
 */
export function slugify(text: string, fallback = 'kayit'): string {
  const slug = foldForSearch(text).replace(/[^a-z0-9]+/g, '-').slice(0, SLUG_MAX).replace(/^-+|-+$/g, '');
  if (slug) return slug;
  return `${fallback}-${createHash('sha256').update(text.trim()).digest('hex').slice(0, 6)}`;
}
