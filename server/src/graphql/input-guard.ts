import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context';

/**
 * Refuses text PostgreSQL cannot store, anywhere in the variables or in string literals
 * of the document, before any resolver runs: NUL (U+0000) in text, and lone UTF-16
 * surrogates (`"\ud800"`), which jsonb (audit data) rejects. Either would otherwise
 * fail deep inside a resolver as an internal error (found by test/security/fuzz).
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const badText = (s: string) => s.includes('\u0000') || LONE_SURROGATE.test(s);

function hasBadText(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return badText(value);
  if (!value || typeof value !== 'object' || depth > 64) return false;
  if (Array.isArray(value)) return value.some((v) => hasBadText(v, depth + 1));
  return Object.entries(value).some(([k, v]) => badText(k) || hasBadText(v, depth + 1));
}

/** Apollo hands the same parsed document to every request with the same text: one walk each. */
const checkedDocuments = new WeakMap<DocumentNode, boolean>();

function documentHasBadText(doc: DocumentNode | undefined): boolean {
  if (!doc) return false;
  let found = checkedDocuments.get(doc);
  if (found === undefined) {
    found = walkForBadText(doc);
    checkedDocuments.set(doc, found);
  }
  return found;
}

function walkForBadText(doc: DocumentNode): boolean {
  let found = false;
  visit(doc, {
    [Kind.STRING]: (node) => {
      if (badText(node.value)) found = true;
    },
  });
  return found;
}

export function inputGuardPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          if (hasBadText(rc.request.variables) || documentHasBadText(rc.document)) {
            throw new GraphQLError('Text may not contain NUL characters (U+0000) or unpaired surrogates.', { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
          }
        },
      };
    },
  };
}
