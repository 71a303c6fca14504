import graphqlPlugin from '@graphql-eslint/eslint-plugin';

/**
 * Schema lint (CI): the GraphQL contract in schema/ must follow the house style —
 * descriptions on every type, field, argument and enum value, naming conventions,
 * Relay connection shapes, no unreachable types.
 */
export default [
  {
    files: ['schema/**/*.graphql'],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: { graphQLConfig: { schema: 'schema/**/*.graphql' } },
    },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      ...graphqlPlugin.configs['flat/schema-recommended'].rules,
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          DirectiveDefinition: true,
        },
      ],
      '@graphql-eslint/relay-connection-types': 'error',
      '@graphql-eslint/relay-edge-types': ['error', { withEdgeSuffix: true, shouldImplementNode: false, listTypeCanWrapOnlyEdgeType: false }],
      '@graphql-eslint/relay-page-info': 'error',
      // One `input` argument per mutation; workflow transitions may share an input type.
      '@graphql-eslint/input-name': ['error', { checkInputType: false, checkQueries: false, checkMutations: true }],
      '@graphql-eslint/no-unreachable-types': 'error',
      // Value objects (payloads, connection plumbing, report rows) carry no identity.
      '@graphql-eslint/strict-id-in-types': [
        'error',
        {
          acceptedIdNames: ['id'],
          acceptedIdTypes: ['ID'],
          exceptions: {
            types: ['PageInfo', 'UserError', 'Viewer'],
            suffixes: ['Record', 'Expectation', 'Payload', 'Connection', 'Edge', 'Matrix', 'Cell', 'Row', 'Column', 'Summary', 'Breakdown', 'Warning', 'Violation', 'Report', 'Bucket', 'Count', 'Share', 'Point', 'Guide', 'Progress', 'Stats', 'Line', 'Option', 'Result', 'Deduction', 'Figure'],
          },
        },
      ],
    },
  },
];
