import { Client } from 'pg';

/** A small hand-made province: enough rows to check every figure by hand or by independent SQL. */
export const A = {
  ppc: '00000000-0000-4000-8000-000000000100',
  noiVu: '00000000-0000-4000-8000-000000000101',
  tuPhap: '00000000-0000-4000-8000-000000000102',
  xayDung: '00000000-0000-4000-8000-000000000103',
  pcPhuLy: '00000000-0000-4000-8000-000000000104',
  pcKimBang: '00000000-0000-4000-8000-000000000105',
  phongNoiVu: '00000000-0000-4000-8000-000000000106',
  pcLeHongPhong: '00000000-0000-4000-8000-000000000107',
};

export const PROCEDURE_NAMES = [
  ['XAY_DUNG', 'Cấp giấy phép xây dựng nhà ở riêng lẻ'],
  ['XAY_DUNG', 'Điều chỉnh giấy phép xây dựng'],
  ['DAT_DAI', 'Đăng ký đất đai, tài sản gắn liền với đất lần đầu'],
  ['DAT_DAI', 'Chuyển mục đích sử dụng đất'],
  ['HO_TICH', 'Đăng ký khai sinh'],
  ['HO_TICH', 'Đăng ký kết hôn'],
] as const;

export async function loadFixtures(url: string): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`INSERT INTO unit_version (code, name, full_name, kind, level, parent_code) VALUES
      ('35', 'Hà Nam', 'Tỉnh Hà Nam', 'PROVINCE', 'PROVINCE', NULL),
      ('347', 'Phủ Lý', 'Thành phố Phủ Lý', 'PROVINCIAL_CITY', 'DISTRICT', '35'),
      ('350', 'Kim Bảng', 'Huyện Kim Bảng', 'RURAL_DISTRICT', 'DISTRICT', '35'),
      ('13291', 'Lê Hồng Phong', 'Phường Lê Hồng Phong', 'WARD', 'COMMUNE', '347')`);
    await c.query(`INSERT INTO agency (id, code, name, kind, parent_id, unit_code) VALUES
      ('${A.ppc}', 'X01', 'Ủy ban nhân dân tỉnh Hà Nam', 'PROVINCIAL_PEOPLES_COMMITTEE', NULL, '35'),
      ('${A.noiVu}', 'X01.01', 'Sở Nội vụ', 'DEPARTMENT', '${A.ppc}', '35'),
      ('${A.tuPhap}', 'X01.02', 'Sở Tư pháp', 'DEPARTMENT', '${A.ppc}', '35'),
      ('${A.xayDung}', 'X01.03', 'Sở Xây dựng', 'DEPARTMENT', '${A.ppc}', '35'),
      ('${A.pcPhuLy}', 'X02', 'Ủy ban nhân dân thành phố Phủ Lý', 'DISTRICT_PEOPLES_COMMITTEE', '${A.ppc}', '347'),
      ('${A.pcKimBang}', 'X03', 'Ủy ban nhân dân huyện Kim Bảng', 'DISTRICT_PEOPLES_COMMITTEE', '${A.ppc}', '350'),
      ('${A.phongNoiVu}', 'X02.01', 'Phòng Nội vụ thành phố Phủ Lý', 'DISTRICT_OFFICE', '${A.pcPhuLy}', '347'),
      ('${A.pcLeHongPhong}', 'X02.02', 'Ủy ban nhân dân phường Lê Hồng Phong', 'COMMUNE_PEOPLES_COMMITTEE', '${A.pcPhuLy}', '13291')`);
    await c.query(`INSERT INTO procedure_sector (code, name) VALUES ('XAY_DUNG', 'Xây dựng'), ('DAT_DAI', 'Đất đai'), ('HO_TICH', 'Hộ tịch')`);
    await c.query(`INSERT INTO legal_document (id, number_symbol, kind, issuer, title, issued_on, effective_on, normative, status) VALUES
      ('00000000-0000-4000-8000-000000000201', '50/2014/QH13', 'LAW', 'Quốc hội', 'Luật Xây dựng', '2014-06-18', '2015-01-01', true, 'PARTLY_EXPIRED'),
      ('00000000-0000-4000-8000-000000000202', '12/2017/QĐ-UBND', 'DECISION', 'Ủy ban nhân dân tỉnh Hà Nam', 'Quy định về bảng giá đất trên địa bàn tỉnh', '2017-03-02', '2017-03-12', true, 'IN_FORCE'),
      ('00000000-0000-4000-8000-000000000203', '15/2018/QĐ-UBND', 'DECISION', 'Ủy ban nhân dân tỉnh Hà Nam', 'Quy chế một cửa liên thông', '2018-05-02', '2018-05-12', true, 'EXPIRED')`);
    await c.query(`INSERT INTO legal_document_review (document_id, reviewed_on, result, constitution_consistent, note) VALUES
      ('00000000-0000-4000-8000-000000000202', '2018-06-01', 'KEEP', true, NULL),
      ('00000000-0000-4000-8000-000000000203', '2019-06-01', 'AMEND', false, 'Có nội dung chưa phù hợp'),
      ('00000000-0000-4000-8000-000000000203', '2020-06-01', 'REPEAL', true, NULL)`);
    // 30 procedures: codes T.000..T.029, cycling through names, levels and agencies; issued 2015..2020.
    // Impact assessments: every one not a multiple of 7 has one dated before issue, except T.013 (2016),
    // assessed six weeks after; T.014 (2017) has only the old catalogue flag, carried over.
    const levels = ['PROVINCE', 'DISTRICT', 'COMMUNE'];
    const agencies = [A.xayDung, A.tuPhap, null];
    for (let i = 0; i < 30; i++) {
      const [sector, name] = PROCEDURE_NAMES[i % PROCEDURE_NAMES.length];
      const year = 2015 + (i % 6);
      await c.query(
        `INSERT INTO administrative_procedure (code, name, sector_code, level, implementing_agency_id, processing_days, fee, disclosed_on,
           interconnected, issued_on, abolished_on) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
        [`T.${String(i).padStart(3, '0')}`, `${name} (${i})`, sector, levels[i % 3], agencies[i % 3], 5 + i, i % 4 === 0 ? null : String(100000 * i),
          i % 5 === 0 ? null : `${year}-03-01`, i % 2 === 0, `${year}-02-01`, i === 29 ? '2020-06-30' : null],
      );
      if (i % 7 !== 0) {
        await c.query(
          `INSERT INTO procedure_impact_assessment (procedure_code, draft_document, assessed_on, report_ref, appraised_on) VALUES ($1, $2, $3, $4, $5)`,
          [`T.${String(i).padStart(3, '0')}`, `Dự thảo quyết định (${i})`, i === 13 ? `${year}-03-15` : `${year - 1}-11-20`, `${i}/BC-STP`, i === 13 ? null : `${year - 1}-12-05`],
        );
      }
    }
    await c.query(`INSERT INTO procedure_impact_assessment (procedure_code, carried_over) VALUES ('T.014', true)`);
    await c.query(`INSERT INTO procedure_legal_basis VALUES ('T.000', '00000000-0000-4000-8000-000000000201'), ('T.000', '00000000-0000-4000-8000-000000000202')`);
    await c.query(`INSERT INTO procedure_simplification (procedure_code, decided_on, days_before, days_after, note) VALUES ('T.000', '2018-01-15', 12, 5, 'Rút ngắn thời hạn')`);
  } finally {
    await c.end();
  }
}

export async function count(url: string, sql: string, params: unknown[] = []): Promise<number> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return Number((await c.query(sql, params)).rows[0].n);
  } finally {
    await c.end();
  }
}

export async function rows<T = any>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows;
  } finally {
    await c.end();
  }
}
