// The caller's language picks one of a record's two texts (Turkish first, English second).
import type { Context } from '../context.ts';

export const localized = (ctx: Pick<Context, 'locale'>, tr: string, en: string) => (ctx.locale === 'en' ? en : tr);
