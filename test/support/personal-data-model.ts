// The Prisma data model read as "which tables hold something about a person", so the privacy
// tests follow the schema by themselves: a new model that points at a person is found without
// anyone adding it to a list.
import { prisma } from '@katilim/server/db/prisma';
import { getDatamodel } from '@katilim/server/generated/pothos-types';

type Model = ReturnType<typeof getDatamodel>['datamodel']['models'][string];
type Field = Model['fields'][number];

const models = getDatamodel().datamodel.models;

export const modelNames = Object.keys(models).sort();

/** Relations whose foreign key sits on this model: the direction "this row belongs to that one". */
function foreignKeys(model: string): Field[] {
  return models[model]!.fields.filter((field) => field.kind === 'object' && (field.relationFromFields?.length ?? 0) > 0);
}

// A person stored by id or address without a Prisma relation (a rate-limit row keyed by email, a
// "recorded by" id). Such a column still names a person, so the model must be declared.
const PERSON_COLUMN = /^(userId|actorId|email|phone|toAddress|.+(ById|UserId|Email|Phone))$/;

/**
 * Every model that refers to a person, with why: a relation to User, a relation to a model that
 * refers to one (application → booking → score …), or a column that holds a person's id or email.
 */
export function modelsReferringToPeople(): Map<string, string> {
  const found = new Map<string, string>([['User', 'is the person']]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const model of modelNames) {
      if (found.has(model)) continue;
      const via = foreignKeys(model).find((field) => found.has(field.type));
      if (via) {
        found.set(model, `${model}.${via.name} → ${via.type}`);
        grew = true;
      }
    }
  }
  for (const model of modelNames) {
    if (found.has(model)) continue;
    const keyColumns = new Set(foreignKeys(model).flatMap((field) => field.relationFromFields ?? []));
    const column = models[model]!.fields.find((field) => field.kind === 'scalar' && field.type === 'String' && !keyColumns.has(field.name) && PERSON_COLUMN.test(field.name));
    if (column) found.set(model, `${model}.${column.name} holds a person`);
  }
  return found;
}

/**
 * A Prisma `where` for the rows of `model` that belong to the person by any chain of relations,
 * or null when no relation leads from the model to User.
 */
export function whereAbout(model: string, userId: string, path: readonly string[] = []): Record<string, unknown> | null {
  if (model === 'User') return { id: userId };
  const branches: Record<string, unknown>[] = [];
  for (const field of foreignKeys(model)) {
    if (path.includes(field.type)) continue;
    const inner = whereAbout(field.type, userId, [...path, model]);
    if (inner) branches.push({ [field.name]: inner });
  }
  return branches.length ? { OR: branches } : null;
}

/** The fields that identify a row: the primary key, compound or single. */
export function keyFieldsOf(model: string): string[] {
  const compound = models[model]!.primaryKey?.fields;
  if (compound?.length) return [...compound];
  return models[model]!.fields.filter((field) => field.isId).map((field) => field.name);
}

export const keyOf = (model: string, row: Record<string, unknown>) => keyFieldsOf(model).map((field) => String(row[field])).join('|');

type Delegate = { findMany: (args: { where: Record<string, unknown> }) => Promise<Record<string, unknown>[]> };

/** The rows of a model that belong to the person through relations (empty for unrelated models). */
export async function rowsAbout(model: string, userId: string): Promise<Record<string, unknown>[]> {
  const where = whereAbout(model, userId);
  if (!where) return [];
  const delegate = (prisma as unknown as Record<string, Delegate>)[model[0]!.toLowerCase() + model.slice(1)]!;
  return delegate.findMany({ where });
}
