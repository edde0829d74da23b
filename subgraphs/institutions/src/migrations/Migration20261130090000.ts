import { Migration } from '@mikro-orm/migrations';

/**
 * Unit history as it was: every change (with whether its act's text confirms it), the links from a
 * unit to the units it went into (with the share), and agencies' names by date.
 */
export class Migration20261130090000 extends Migration {
  async up(): Promise<void> {
    this.addSql('ALTER TABLE unit_version ADD COLUMN change_confirmed boolean NOT NULL DEFAULT true');
    this.addSql(`CREATE TABLE unit_change (
      id text PRIMARY KEY,
      effective_on date NOT NULL,
      act text NOT NULL,
      kind text NOT NULL,
      confirmed boolean NOT NULL,
      unconfirmed text,
      note text,
      sources text[] NOT NULL DEFAULT '{}',
      CHECK (confirmed OR unconfirmed IS NOT NULL)
    )`);
    this.addSql('CREATE INDEX unit_change_effective_idx ON unit_change (effective_on)');
    this.addSql(`CREATE TABLE unit_change_unit (
      change_id text NOT NULL REFERENCES unit_change (id) ON DELETE CASCADE,
      code varchar(10) NOT NULL,
      PRIMARY KEY (change_id, code)
    )`);
    this.addSql('CREATE INDEX unit_change_unit_code_idx ON unit_change_unit (code)');
    this.addSql(`CREATE TABLE unit_succession (
      id serial PRIMARY KEY,
      predecessor_code varchar(10) NOT NULL,
      predecessor_valid_to date NOT NULL,
      successor_code varchar(10) NOT NULL,
      successor_valid_from date NOT NULL,
      share text NOT NULL CHECK (share IN ('WHOLE','PART','REST')),
      change_id text NOT NULL REFERENCES unit_change (id) ON DELETE CASCADE,
      CHECK (successor_valid_from > predecessor_valid_to)
    )`);
    this.addSql('CREATE INDEX unit_succession_predecessor_idx ON unit_succession (predecessor_code, predecessor_valid_to)');
    this.addSql('CREATE INDEX unit_succession_successor_idx ON unit_succession (successor_code, successor_valid_from)');
    this.addSql(`CREATE TABLE agency_name (
      agency_id uuid NOT NULL REFERENCES agency (id) ON DELETE CASCADE,
      valid_from date,
      valid_to date,
      name text NOT NULL,
      short_name text,
      confirmed boolean NOT NULL DEFAULT true,
      note text,
      CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
    )`);
    this.addSql('CREATE INDEX agency_name_agency_idx ON agency_name (agency_id, valid_from)');
    // Agencies loaded before this migration keep the one name they had, over their whole life.
    this.addSql('INSERT INTO agency_name (agency_id, valid_from, valid_to, name, short_name) SELECT id, established_on, dissolved_on, name, short_name FROM agency');
  }
}
