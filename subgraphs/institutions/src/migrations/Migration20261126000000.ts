import { Migration } from '@mikro-orm/migrations';
import { CREATE_TRGM_IF_AVAILABLE, CREATE_VN_FOLD, trigramIndex } from '@par/platform';

/** Administrative units with their history, and agencies. */
export class Migration20261126000000 extends Migration {
  async up(): Promise<void> {
    this.addSql(CREATE_VN_FOLD);
    this.addSql(CREATE_TRGM_IF_AVAILABLE);
    this.addSql(`CREATE TABLE unit_version (
      id serial PRIMARY KEY,
      code varchar(10) NOT NULL,
      name text NOT NULL,
      full_name text NOT NULL,
      name_en text,
      kind text NOT NULL CHECK (kind IN ('PROVINCE','CENTRAL_CITY','PROVINCIAL_CITY','DISTRICT_LEVEL_TOWN','URBAN_DISTRICT','RURAL_DISTRICT','WARD','COMMUNE','COMMUNE_LEVEL_TOWN')),
      level text NOT NULL CHECK (level IN ('PROVINCE','DISTRICT','COMMUNE')),
      parent_code varchar(10),
      valid_from date,
      valid_to date,
      successor_code varchar(10),
      change_note text,
      CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
    )`);
    this.addSql('CREATE INDEX unit_version_code_idx ON unit_version (code)');
    this.addSql('CREATE INDEX unit_version_parent_idx ON unit_version (parent_code, valid_from)');
    this.addSql(`CREATE TABLE agency (
      id uuid PRIMARY KEY,
      code text NOT NULL UNIQUE,
      name text NOT NULL,
      short_name text,
      kind text NOT NULL CHECK (kind IN ('PROVINCIAL_PEOPLES_COMMITTEE','DEPARTMENT','DISTRICT_PEOPLES_COMMITTEE','DISTRICT_OFFICE','COMMUNE_PEOPLES_COMMITTEE','PUBLIC_SERVICE_UNIT','CENTRAL_BRANCH')),
      parent_id uuid REFERENCES agency (id),
      unit_code varchar(10) NOT NULL,
      established_on date,
      dissolved_on date,
      search_key text GENERATED ALWAYS AS (vn_fold(name || ' ' || coalesce(short_name, '') || ' ' || code)) STORED
    )`);
    this.addSql('CREATE INDEX agency_parent_idx ON agency (parent_id)');
    this.addSql('CREATE INDEX agency_unit_idx ON agency (unit_code, kind)');
    this.addSql(trigramIndex('agency', 'search_key'));
  }
}
