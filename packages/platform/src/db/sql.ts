/**
 * Accent-insensitive Vietnamese search without depending on the `unaccent` extension (not every
 * managed PostgreSQL offers it): an IMMUTABLE function folding NFC Vietnamese to ASCII, so it can
 * back generated columns and indexes. Every subgraph's first migration creates it.
 */
const FROM =
  'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ';
const TO =
  'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd';

export const CREATE_VN_FOLD = `CREATE OR REPLACE FUNCTION vn_fold(t text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT lower(regexp_replace(translate(t, '${FROM}', '${TO}'), '\\s+', ' ', 'g')) $$;`;

/** pg_trgm makes `LIKE '%term%'` searches use an index; optional, because not every server has it. */
export const CREATE_TRGM_IF_AVAILABLE = `DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
  END IF;
END $$;`;

/** A trigram index on a folded search column when pg_trgm is present, a no-op otherwise. */
export function trigramIndex(table: string, column: string): string {
  return `DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX IF NOT EXISTS ${table}_${column}_trgm ON ${table} USING gin (${column} gin_trgm_ops);
  END IF;
END $$;`;
}

/** Folds a search term the same way `vn_fold` does, so the database compares like with like. */
export function foldSearch(term: string): string {
  return term
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes LIKE wildcards in user input, so "%" searches for a percent sign, not for everything. */
export function likeContains(folded: string): string {
  return `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
