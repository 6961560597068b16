// Separation of duties: nobody takes a staff action on a record about themselves. Modules declare,
// per record type, whom its records are about; staff mutations name the records they touch through
// the `staffOn` auth scope (builder.ts), which refuses when the caller is among those people.
// No GraphQL and no database here: the modules' resolvers bring the queries.
import { decodeGlobalIdOf } from './validation.ts';

/** Records of one type that a staff action touches, by row id or global id as the caller sent them. */
export type SubjectRef = { type: string; ids: readonly string[] };

/** The people (user ids) the given rows are about; rows that do not exist are simply absent. */
export type SubjectResolver = (rowIds: string[]) => Promise<string[]>;

const resolvers = new Map<string, SubjectResolver>();

export function declareSubjects(type: string, resolver: SubjectResolver): void {
  resolvers.set(type, resolver);
}

export function declaredSubjectTypes(): string[] {
  return [...resolvers.keys()];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The row id behind what a caller sent: a global id of this type, a bare row id, or an already
 * decoded `{ id }`. Anything else names no row (validation refuses it later with a field error).
 */
function rowIdOf(type: string, value: unknown): string | null {
  if (value && typeof value === 'object' && 'id' in value) return rowIdOf(type, (value as { id: unknown }).id);
  if (typeof value !== 'string') return null;
  return UUID.test(value) ? value : decodeGlobalIdOf(type, value);
}

/** Builds a SubjectRef from whatever shape an argument has (one id, a list, decoded or not). */
export function about(type: string, values: unknown): SubjectRef {
  const list = Array.isArray(values) ? values : [values];
  return { type, ids: list.map((value) => rowIdOf(type, value)).filter((id): id is string => id !== null) };
}

/** Whether any of the records is about the person. A type nobody declared is a programming error. */
export async function isAboutPerson(refs: readonly SubjectRef[], personId: string): Promise<boolean> {
  for (const ref of refs) {
    const resolve = resolvers.get(ref.type);
    if (!resolve) throw new Error(`No module declared whom ${ref.type} records are about (declareSubjects)`);
    if (ref.ids.length && (await resolve([...ref.ids])).includes(personId)) return true;
  }
  return false;
}
