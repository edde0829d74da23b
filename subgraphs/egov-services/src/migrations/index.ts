import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126100000 } from './Migration20261126100000';
import { Migration20261126210000 } from './Migration20261126210000';
import { Migration20261126220000 } from './Migration20261126220000';
import { Migration20261130143100 } from './Migration20261130143100';
import { Migration20261130200000 } from './Migration20261130200000';
import { Migration20261130210500 } from './Migration20261130210500';
import { Migration20261130220000 } from './Migration20261130220000';
import { Migration20261201090000 } from './Migration20261201090000';
import { Migration20261201110000 } from './Migration20261201110000';
import { Migration20261201120000 } from './Migration20261201120000';
import { Migration20261201130000 } from './Migration20261201130000';
import { Migration20261201140000 } from './Migration20261201140000';
import { Migration20261202100000 } from './Migration20261202100000';
import { Migration20261202110000 } from './Migration20261202110000';
import { Migration20261202120000 } from './Migration20261202120000';

/** Every migration, in order. Listed in code so they ship with the service; never edit an applied one. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261126100000', class: Migration20261126100000 },
  { name: 'Migration20261126210000', class: Migration20261126210000 },
  { name: 'Migration20261126220000', class: Migration20261126220000 },
  { name: 'Migration20261130143100', class: Migration20261130143100 },
  { name: 'Migration20261130200000', class: Migration20261130200000 },
  { name: 'Migration20261130210500', class: Migration20261130210500 },
  { name: 'Migration20261130220000', class: Migration20261130220000 },
  { name: 'Migration20261201090000', class: Migration20261201090000 },
  { name: 'Migration20261201110000', class: Migration20261201110000 },
  { name: 'Migration20261201120000', class: Migration20261201120000 },
  { name: 'Migration20261201130000', class: Migration20261201130000 },
  { name: 'Migration20261201140000', class: Migration20261201140000 },
  { name: 'Migration20261202100000', class: Migration20261202100000 },
  { name: 'Migration20261202110000', class: Migration20261202110000 },
  { name: 'Migration20261202120000', class: Migration20261202120000 },
];
