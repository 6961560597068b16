// At most one call of an expensive mutation (a password hash, a mail) per request: aliases would
// otherwise let one HTTP request, one rate-limit check at the edge, run it any number of times.
import type { ASTVisitor, SelectionSetNode, ValidationContext } from 'graphql';
import { Kind } from 'graphql';
import { RefusedDocumentError } from '../../errors.ts';

/** Field extensions that mark a root mutation as expensive: `extensions: oncePerRequest`. */
export const oncePerRequest = { oncePerRequest: true } as const;

/**
 * A validation rule (Apollo's validationRules) refusing a mutation document that selects a marked
 * field under more than one response key. The same key twice is merged by GraphQL and runs once.
 */
export function oncePerRequestRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      const mutationType = context.getSchema().getMutationType();
      if (operation.operation !== 'mutation' || !mutationType) return false;
      const fields = mutationType.getFields();
      const keysByField = new Map<string, Set<string>>();
      const seenFragments = new Set<string>();
      const collect = (selectionSet: SelectionSetNode) => {
        for (const selection of selectionSet.selections) {
          if (selection.kind === Kind.FIELD) {
            const name = selection.name.value;
            if (fields[name]?.extensions.oncePerRequest !== true) continue;
            const keys = keysByField.get(name) ?? new Set<string>();
            keys.add(selection.alias?.value ?? name);
            keysByField.set(name, keys);
          } else if (selection.kind === Kind.INLINE_FRAGMENT) {
            collect(selection.selectionSet);
          } else if (!seenFragments.has(selection.name.value)) {
            seenFragments.add(selection.name.value);
            const fragment = context.getFragment(selection.name.value);
            if (fragment) collect(fragment.selectionSet);
          }
        }
      };
      collect(operation.selectionSet);
      for (const [field, keys] of keysByField) {
        if (keys.size > 1) context.reportError(new RefusedDocumentError('error.oncePerRequest', { field }, [operation]));
      }
      // Only the root selection matters: nothing below it to visit.
      return false;
    },
  };
}
