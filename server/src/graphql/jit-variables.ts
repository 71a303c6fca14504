import { Kind, type DocumentNode, type OperationDefinitionNode, type ValueNode } from 'graphql';

/**
 * Variables of the operation, without a default value, that the document uses inside an
 * input object or a list (`input: { note: $note }`), not as a whole argument.
 *
 * graphql-jit bakes such literals into the compiled operation with `null` in the variable's
 * place and only overwrites it when the request sends the variable. graphql-js leaves an
 * omitted input field out (or applies its default) and refuses an omitted non-null item:
 * `{ note: $note }` without `$note` is "no change" in graphql-js, "clear the note" in
 * graphql-jit. Requests that omit one of these variables are executed by graphql-js.
 */
export function nestedOptionalVariables(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const nested = new Set<string>();
  const inner = (v: ValueNode): void => {
    if (v.kind === Kind.VARIABLE) nested.add(v.name.value);
    else if (v.kind === Kind.LIST) v.values.forEach(inner);
    else if (v.kind === Kind.OBJECT) v.fields.forEach((f) => inner(f.value));
  };
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const n = node as { kind?: Kind; value?: ValueNode };
    if (n.kind === Kind.ARGUMENT && n.value && n.value.kind !== Kind.VARIABLE) return inner(n.value);
    for (const [k, child] of Object.entries(node)) if (k !== 'loc') walk(child);
  };
  walk(document.definitions);
  return (operation.variableDefinitions ?? []).filter((d) => !d.defaultValue && nested.has(d.variable.name.value)).map((d) => d.variable.name.value);
}
