import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isDate, isoInstant } from '../lib/dates';

function parseDate(value: unknown): string {
  if (!isDate(value)) throw new GraphQLError('Date values are written YYYY-MM-DD and must be real calendar dates.', { extensions: { code: 'BAD_USER_INPUT' } });
  return value;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'Calendar date YYYY-MM-DD.',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null),
});

function parseDateTime(value: unknown): string {
  // Years 1900–2200 like Date: JavaScript accepts years PostgreSQL's timestamptz refuses
  // ('0000-01-01T00:00:00Z' became an internal error; found by test/security/fuzz).
  const ms = typeof value === 'string' && value.length <= 40 ? Date.parse(value) : Number.NaN;
  const year = Number.isNaN(ms) ? 0 : new Date(ms).getUTCFullYear();
  if (typeof value !== 'string' || Number.isNaN(ms) || !/^\d{4}-\d{2}-\d{2}T/.test(value) || year < 1900 || year > 2200) {
    throw new GraphQLError('DateTime values are ISO 8601 strings with a time and zone.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return new Date(value).toISOString();
}

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'ISO 8601 instant.',
  serialize: (v) => isoInstant(v as Date | string),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : null),
});
