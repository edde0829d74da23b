import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126000000 } from './Migration20261126000000';
import { Migration20261126120000 } from './Migration20261126120000';
import { Migration20261126210000 } from './Migration20261126210000';
import { Migration20261130054719 } from './Migration20261130054719';
import { Migration20261130090000 } from './Migration20261130090000';
import { Migration20261130100000 } from './Migration20261130100000';
import { Migration20261130110000 } from './Migration20261130110000';
import { Migration20261130120000 } from './Migration20261130120000';

/** Every migration, in order. Listed in code so they ship with the service; never edit an applied one. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261126000000', class: Migration20261126000000 },
  { name: 'Migration20261126120000', class: Migration20261126120000 },
  { name: 'Migration20261126210000', class: Migration20261126210000 },
  { name: 'Migration20261130054719', class: Migration20261130054719 },
  { name: 'Migration20261130090000', class: Migration20261130090000 },
  { name: 'Migration20261130100000', class: Migration20261130100000 },
  { name: 'Migration20261130110000', class: Migration20261130110000 },
  { name: 'Migration20261130120000', class: Migration20261130120000 },
];
