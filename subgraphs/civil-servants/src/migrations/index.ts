import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126200000 } from './Migration20261126200000';
import { Migration20261126210000 } from './Migration20261126210000';
import { Migration20261130060000 } from './Migration20261130060000';
import { Migration20261130070000 } from './Migration20261130070000';
import { Migration20261130090000 } from './Migration20261130090000';
import { Migration20261201100000 } from './Migration20261201100000';

/** Every migration, in order. Listed in code so they ship with the service; never edit an applied one. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261126200000', class: Migration20261126200000 },
  { name: 'Migration20261126210000', class: Migration20261126210000 },
  { name: 'Migration20261130060000', class: Migration20261130060000 },
  { name: 'Migration20261130070000', class: Migration20261130070000 },
  { name: 'Migration20261130090000', class: Migration20261130090000 },
  { name: 'Migration20261201100000', class: Migration20261201100000 },
];
