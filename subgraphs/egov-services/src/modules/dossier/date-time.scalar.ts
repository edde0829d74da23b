import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';

/** Instants (receipt, resolution) with their offset; Vietnam's local date is derived at UTC+7. */
export const DateTimeScalar = new GraphQLScalarType({
  ...GraphQLDateTime.toConfig(),
  description: 'An instant in ISO 8601 form with a time zone offset, e.g. 2020-03-02T08:30:00+07:00 (thời điểm).',
});
