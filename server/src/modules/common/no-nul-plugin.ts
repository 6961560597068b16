// One guard for text no field may hold: PostgreSQL text cannot store NUL. Every field with
// arguments (variables and inline literals alike, after coercion) checks them before anything else
// runs, so a search or a slug without a zod rule is covered, and a new module inherits the rule.
// The error is the validation plugin's own: a mutation answers a typed InputValidationError, a query
// BAD_USER_INPUT with the field's path (http/app.ts).
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import { InputValidationError } from '@pothos/plugin-validation';

type Path = (string | number)[];

/** The path of the first string holding NUL inside an argument value, or null. */
function nulPath(value: unknown, path: Path): Path | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulPath(item, [...path, index]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulPath(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

export class NoNulPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    if (Object.keys(fieldConfig.args).length === 0) return fieldConfig;
    // First of the argument mappers, so that it runs before ids are decoded and zod rules apply.
    const refuseNul = (args: Record<string, unknown>) => {
      const path = nulPath(args, []);
      if (path) throw new InputValidationError({ issues: [{ message: 'validation.noNul', path }] });
      return args;
    };
    return { ...fieldConfig, argMappers: [refuseNul, ...fieldConfig.argMappers] };
  }
}

export const NO_NUL_PLUGIN = 'noNul' as const;
SchemaBuilder.registerPlugin(NO_NUL_PLUGIN, NoNulPlugin);

// Pothos learns plugin names through declaration merging, which needs an interface in its namespace.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      noNul: NoNulPlugin<Types>;
    }
  }
}
