import { registerEnumType } from 'type-graphql';

/** What a calendar entry changes about an ordinary Monday-to-Friday week. */
export enum CalendarDayKind {
  DAY_OFF = 'DAY_OFF',
  WORKING_SATURDAY = 'WORKING_SATURDAY',
}

registerEnumType(CalendarDayKind, {
  name: 'CalendarDayKind',
  description: 'How a listed day differs from the ordinary Monday–Friday week of civil servants.',
  valuesConfig: {
    DAY_OFF: { description: 'A weekday not worked: a public holiday, Tết, a compensatory or swapped day (ngày nghỉ lễ, nghỉ bù, nghỉ hoán đổi).' },
    WORKING_SATURDAY: { description: 'A Saturday worked to make up a swapped day (ngày làm bù).' },
  },
});
