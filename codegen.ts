import type { CodegenConfig } from '@graphql-codegen/cli';
import { readFileSync, readdirSync } from 'node:fs';

/**
 * One config for both sides of the contract in `schema/`:
 * - server resolver types, with GraphQL types mapped to the row types the services return;
 * - typed documents for the web app (client preset).
 * Generated files are committed; CI regenerates them and fails on a diff.
 *
 * Each server module may declare its mappers in `server/src/modules/<m>/mappers.json`
 * ({ "GraphQLType": "ExportedRowType" }) so modules never edit a shared file.
 */
function moduleMappers(): Record<string, string> {
  const mappers: Record<string, string> = {};
  const root = 'server/src/modules';
  for (const mod of readdirSync(root).sort()) {
    let entries: Record<string, string>;
    try {
      entries = JSON.parse(readFileSync(`${root}/${mod}/mappers.json`, 'utf8'));
    } catch {
      continue;
    }
    for (const [type, row] of Object.entries(entries)) mappers[type] = `../../modules/${mod}/types#${row}`;
  }
  return mappers;
}

const config: CodegenConfig = {
  schema: 'schema/**/*.graphql',
  overwrite: true,
  generates: {
    'server/src/graphql/generated/schema.graphql': {
      plugins: ['schema-ast'],
      config: { includeDirectives: false, commentDescriptions: false },
    },
    'server/src/graphql/generated/types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context#Context',
        mappers: moduleMappers(),
        scalars: { Date: 'string', DateTime: { input: 'string', output: 'Date | string' } },
        useIndexSignature: false,
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
        resolversNonOptionalTypename: false,
        avoidCheckingAbstractTypesRecursively: true,
      },
    },
    'web/src/gql/': {
      preset: 'client',
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string' },
        avoidOptionals: false,
      },
    },
  },
  ignoreNoDocuments: true,
};

export default config;
