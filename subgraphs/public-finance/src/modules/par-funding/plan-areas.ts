/** The seven task areas of the 2016–2020 plan (Decision 851/QĐ-UBND, part II), by number. */
export const PLAN_AREAS: Record<number, string> = {
  1: 'Cải cách thể chế',
  2: 'Cải cách thủ tục hành chính',
  3: 'Cải cách tổ chức bộ máy hành chính nhà nước',
  4: 'Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức',
  5: 'Cải cách tài chính công',
  6: 'Hiện đại hóa hành chính',
  7: 'Công tác chỉ đạo, điều hành cải cách hành chính',
};
