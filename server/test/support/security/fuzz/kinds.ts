import type {
  GraphQLEnumType, GraphQLInputObjectType, GraphQLInterfaceType, GraphQLList, GraphQLNamedType, GraphQLNonNull, GraphQLObjectType, GraphQLScalarType, GraphQLType, GraphQLUnionType,
} from 'graphql';

/**
 * Type guards by `Symbol.toStringTag` instead of graphql-js' `instanceof` checks: the
 * schema is built by @graphql-tools (graphql's CJS build) while tests import the ESM
 * build, and graphql-js refuses types "from another module or realm".
 */
const tag = (t: unknown) => (t ? Object.prototype.toString.call(t).slice(8, -1) : '');

export const isNonNull = (t: unknown): t is GraphQLNonNull<GraphQLType> => tag(t) === 'GraphQLNonNull';
export const isList = (t: unknown): t is GraphQLList<GraphQLType> => tag(t) === 'GraphQLList';
export const isEnum = (t: unknown): t is GraphQLEnumType => tag(t) === 'GraphQLEnumType';
export const isScalar = (t: unknown): t is GraphQLScalarType => tag(t) === 'GraphQLScalarType';
export const isInputObject = (t: unknown): t is GraphQLInputObjectType => tag(t) === 'GraphQLInputObjectType';
export const isObject = (t: unknown): t is GraphQLObjectType => tag(t) === 'GraphQLObjectType';
export const isInterface = (t: unknown): t is GraphQLInterfaceType => tag(t) === 'GraphQLInterfaceType';
export const isUnion = (t: unknown): t is GraphQLUnionType => tag(t) === 'GraphQLUnionType';
export const isLeaf = (t: unknown) => isScalar(t) || isEnum(t);

export function namedType(t: GraphQLType): GraphQLNamedType {
  let x: any = t;
  while (isNonNull(x) || isList(x)) x = x.ofType;
  return x;
}
