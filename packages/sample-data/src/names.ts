import type { Rng } from './rng';

export type Gender = 'MALE' | 'FEMALE';

/** Family names with roughly their frequency in northern Vietnam. */
const FAMILY: ReadonlyArray<readonly [string, number]> = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9], ['Phạm', 7], ['Hoàng', 4], ['Vũ', 4], ['Đặng', 2], ['Bùi', 2], ['Đỗ', 2],
  ['Hồ', 1], ['Ngô', 1], ['Dương', 1], ['Lý', 1], ['Đinh', 2], ['Trịnh', 2], ['Lương', 1], ['Đào', 1], ['Phan', 2],
  ['Mai', 1], ['Cao', 1], ['Tạ', 0.5], ['Chu', 0.5], ['Lại', 0.5],
];
const MIDDLE: Record<Gender, readonly string[]> = {
  MALE: ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Xuân', 'Thanh', 'Trọng', 'Công', 'Ngọc', 'Mạnh'],
  FEMALE: ['Thị', 'Thị', 'Thị', 'Thị', 'Thu', 'Minh', 'Thanh', 'Ngọc', 'Hồng', 'Phương', 'Kim', 'Diệu'],
};
const GIVEN: Record<Gender, readonly string[]> = {
  MALE: ['Anh', 'Bình', 'Cường', 'Dũng', 'Duy', 'Đạt', 'Đông', 'Hải', 'Hiếu', 'Hòa', 'Hùng', 'Huy', 'Khánh', 'Long', 'Lâm', 'Mạnh', 'Minh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Quang', 'Sơn', 'Tài', 'Thắng', 'Thành', 'Tiến', 'Toàn', 'Trung', 'Tuấn', 'Tùng', 'Việt', 'Vinh'],
  FEMALE: ['An', 'Anh', 'Bích', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hồng', 'Huyền', 'Hương', 'Lan', 'Liên', 'Linh', 'Loan', 'Mai', 'Ngân', 'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quỳnh', 'Thảo', 'Thu', 'Thủy', 'Trang', 'Tuyết', 'Vân', 'Yến'],
};

export function personName(rng: Rng, gender?: Gender): { fullName: string; gender: Gender } {
  const g: Gender = gender ?? (rng.bool(0.52) ? 'FEMALE' : 'MALE');
  return { fullName: `${rng.weighted(FAMILY)} ${rng.pick(MIDDLE[g])} ${rng.pick(GIVEN[g])}`, gender: g };
}
