import type { Rng } from './rng';

export type Gender = 'MALE' | 'FEMALE';

/** Family names with roughly their share in the Red River delta (Nguyễn about two in five). */
const FAMILY: ReadonlyArray<readonly [string, number]> = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9], ['Phạm', 7], ['Hoàng', 4], ['Vũ', 4], ['Đỗ', 2.5], ['Đặng', 2], ['Bùi', 2],
  ['Đinh', 2], ['Trịnh', 2], ['Phan', 1.5], ['Ngô', 1.3], ['Hồ', 1], ['Dương', 1], ['Lý', 0.6], ['Lương', 1], ['Đào', 1],
  ['Mai', 1], ['Cao', 1], ['Tạ', 0.5], ['Chu', 0.5], ['Lại', 0.5], ['Võ', 0.4], ['Tô', 0.4], ['Vương', 0.3],
];

/** Middle names: Văn and Thị dominate the generation that staffs the civil service. */
const MIDDLE: Record<Gender, ReadonlyArray<readonly [string, number]>> = {
  MALE: [['Văn', 40], ['Đức', 10], ['Minh', 8], ['Quang', 6], ['Hữu', 6], ['Xuân', 5], ['Thanh', 5], ['Trọng', 4], ['Công', 4], ['Ngọc', 4], ['Mạnh', 3], ['Duy', 3], ['Tiến', 2]],
  FEMALE: [['Thị', 55], ['Thu', 6], ['Minh', 4], ['Thanh', 5], ['Ngọc', 5], ['Hồng', 4], ['Phương', 3], ['Kim', 3], ['Diệu', 2], ['Hải', 2], ['Bích', 2], ['Mai', 2]],
};

const GIVEN: Record<Gender, readonly string[]> = {
  MALE: ['Anh', 'Bình', 'Cường', 'Chiến', 'Dũng', 'Duy', 'Đạt', 'Điệp', 'Đông', 'Giang', 'Hải', 'Hiếu', 'Hòa', 'Hoàng', 'Hùng', 'Huy', 'Hưng', 'Khánh', 'Khoa', 'Kiên', 'Long', 'Lâm', 'Lợi', 'Mạnh', 'Minh', 'Nam', 'Nghĩa', 'Ngọc', 'Phong', 'Phúc', 'Quân', 'Quang', 'Sơn', 'Tài', 'Thắng', 'Thành', 'Thịnh', 'Tiến', 'Toàn', 'Trung', 'Tuấn', 'Tùng', 'Việt', 'Vinh', 'Vũ'],
  FEMALE: ['An', 'Anh', 'Bích', 'Chi', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hồng', 'Huệ', 'Huyền', 'Hương', 'Lan', 'Liên', 'Linh', 'Loan', 'Lý', 'Mai', 'Minh', 'Nga', 'Ngân', 'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quỳnh', 'Tâm', 'Thảo', 'Thu', 'Thúy', 'Thủy', 'Trang', 'Tuyết', 'Vân', 'Yến'],
};

/** A second middle name (Nguyễn Thị Thu Hà) for some women, where it differs from the given name. */
const SECOND_MIDDLE_FEMALE = ['Thu', 'Thanh', 'Ngọc', 'Minh', 'Hồng', 'Phương', 'Kim'];

/** A Vietnamese personal name; `gender` fixes the gender, else about half are women. */
export function personName(rng: Rng, gender?: Gender): { fullName: string; gender: Gender } {
  const g: Gender = gender ?? (rng.bool(0.52) ? 'FEMALE' : 'MALE');
  const family = rng.weighted(FAMILY);
  const middle = rng.weighted(MIDDLE[g]);
  const given = rng.pick(GIVEN[g].filter((n) => n !== middle));
  const second = g === 'FEMALE' && middle === 'Thị' && rng.bool(0.15) ? rng.pick(SECOND_MIDDLE_FEMALE) : null;
  const parts = [family, middle, second !== given ? second : null, given].filter((x): x is string => x !== null);
  return { fullName: parts.join(' '), gender: g };
}
