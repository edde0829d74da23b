import { inSentence, readYaml, sameUnit, UNIT_KINDS, unitLists, withoutMarks, type UnitKind, type UnitRow } from './unit-lists';

export interface UnitVersion extends UnitRow {
  /** Null: in force since before the earliest list held (the plan's date, 17 Jun 2016). */
  validFrom: string | null;
  /** Null: still in force. */
  validTo: string | null;
  /** For a unit that ended: the unit that carries on most of it (all successors are in `unitSuccessions`). */
  successorCode: string | null;
  changeNote: string | null;
  /** False when a change that began or ended this version is not confirmed by the act's text. */
  changeConfirmed: boolean;
  /** The change that began / ended this version. */
  begunBy: string | null;
  endedBy: string | null;
}

/** One change to the units, as the change files or the lists give it. */
export interface UnitChange {
  /** C01… as in the 2016–2019 file; `2025-01:<code>`, `2025-07:<code>` for the later ones. */
  id: string;
  effectiveOn: string;
  act: string;
  kind: string;
  confirmed: boolean;
  /** Why it is not confirmed, in the source's words. */
  unconfirmed: string | null;
  note: string | null;
  sources: string[];
  /** Every unit the change names, before and after. */
  unitCodes: string[];
}

export type SuccessionShare = 'WHOLE' | 'PART' | 'REST';

/** One unit (or a share of it) going into another; the link the history follows across merges. */
export interface UnitSuccession {
  fromCode: string;
  /** Last day of the predecessor's version. */
  fromValidTo: string;
  toCode: string;
  /** First day of the successor's version. */
  toValidFrom: string;
  share: SuccessionShare;
  changeId: string;
}

export interface UnitHistory {
  /** The lists held and the day each came into force; the earliest is the plan's date. */
  lists: Array<{ inForceFrom: string; source: string }>;
  versions: UnitVersion[];
  changes: UnitChange[];
  successions: UnitSuccession[];
}

export const PROVINCE_CODE = '35';
/** First day of the 2020 list (Resolution 829/NQ-UBTVQH14). */
export const LIST_2020_FROM = '2020-01-01';
/** First day of the 2025 list (Resolution 1288/NQ-UBTVQH15 of 14 Nov 2024). */
export const LIST_2025_FROM = '2025-01-01';
/** Last day of the units the 2025 list replaced. */
const LIST_2020_TO = '2024-12-31';
/** 1 Jul 2025: Hà Nam merged into Ninh Bình, district level abolished, 98 communes became 33. */
export const REORGANISED_2025_FROM = '2025-07-01';
/** The last day of Hà Nam's own units. */
export const HA_NAM_LAST_DAY = '2025-06-30';
const RESOLUTION_2025 = 'Nghị quyết 1288/NQ-UBTVQH15';

/**
 * Merges of Resolution 1288/NQ-UBTVQH15 (in force 1 Jan 2025), as { from: merged unit, into: unit
 * that absorbed it }. The unit lists do not carry this mapping and the reference files do not give
 * the resolution's text, so every row is unconfirmed: `basis` says whether published summaries of
 * the resolution named it or it was inferred (a unit of the same district that kept its code, usually
 * under a new name, or a neighbour). A wrong row only moves a unit's successor, never a count.
 */
export const MERGES_2025: ReadonlyArray<{ from: string; into: string; basis: 'published summary' | 'inferred' }> = [
  // Thành phố Phủ Lý. Châu Cầu = Minh Khai (kept its code) + Lương Khánh Thiện + a third ward:
  // Hai Bà Trưng is taken as that ward, Trần Hưng Đạo as absorbed by its neighbour Quang Trung.
  { from: '13288', into: '13294', basis: 'published summary' }, // Lương Khánh Thiện → Châu Cầu
  { from: '13297', into: '13294', basis: 'inferred' }, // Hai Bà Trưng → Châu Cầu
  { from: '13300', into: '13285', basis: 'inferred' }, // Trần Hưng Đạo → Quang Trung
  { from: '13312', into: '13309', basis: 'inferred' }, // Liêm Chung → Liêm Chính (neighbour, shares the name)
  // Tân Hiệp was formed from Tiên Hiệp and Tiên Tân only (published summaries), so Tiên Hải went
  // elsewhere; Lam Hạ, its neighbour on the same bank, is the inferred successor.
  { from: '13372', into: '13366', basis: 'published summary' }, // Tiên Hiệp → Tân Hiệp
  { from: '13381', into: '13303', basis: 'inferred' }, // Tiên Hải → Lam Hạ
  { from: '13447', into: '13444', basis: 'inferred' }, // Liêm Tiết → Tân Liêm, formerly Liêm Tuyền (from the rename)
  { from: '13339', into: '13327', basis: 'inferred' }, // Mộc Nam → Mộc Hoàn, formerly Mộc Bắc (from the rename)
  { from: '13399', into: '13402', basis: 'inferred' }, // Nhật Tựu → Tân Tựu, formerly Nhật Tân (from the rename)
  // Huyện Bình Lục: Bình An = An Nội (kept its code) + Bối Cầu + Hưng Công (published summaries).
  { from: '13522', into: '13540', basis: 'published summary' }, // Hưng Công → Bình An
  { from: '13534', into: '13540', basis: 'published summary' }, // Bối Cầu → Bình An
];

interface YamlUnit { code: string; name: string; full_name: string; kind: string; parent_code?: string }
interface YamlSource { what: string; url: string }
interface Changes2016 {
  baseline_list: string;
  sources: Record<string, YamlSource>;
  changes: Array<{
    id: string; effective: string; act: string; kind: string; before: YamlUnit[]; after: YamlUnit[];
    confirmed: boolean; unconfirmed?: string; list_effect: boolean; sources: string[]; note?: string;
  }>;
}
interface Changes2025 {
  effective: string;
  sources: Record<string, YamlSource>;
  province: { event: string; act: string; before: Array<YamlUnit & { confirmed?: boolean; unconfirmed?: string }>; after: YamlUnit; confirmed: boolean; sources: string[] };
  district_level: { event: string; acts: string[]; abolished: Array<{ code: string; full_name: string }>; confirmed: boolean; note: string; sources: string[] };
  commune_level: {
    act: string; operational_from: string; operational_from_note: string;
    units: Array<YamlUnit & { province_code: string; confirmed: boolean; unconfirmed?: string; formed_from: Array<YamlUnit & { share: string }> }>;
  };
}

const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
export const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
/** "2020-01-01" → "01/01/2020", as Vietnamese documents write dates. */
const vnDate = (iso: string) => iso.split('-').reverse().join('/');
/** "Nghị quyết 829/NQ-UBTVQH14 ngày 17/12/2019 của …" → "Nghị quyết 829/NQ-UBTVQH14". */
const actShort = (act: string) => act.match(/^\S+ \S+ \S+/)?.[0] ?? act;
const sourceList = (ids: string[], all: Record<string, YamlSource>) => ids.map((id) => `${id}: ${all[id]?.what ?? '?'} (${all[id]?.url ?? '?'})`);
const kindOf = (kind: string): UnitKind => {
  if (!UNIT_KINDS.includes(kind as UnitKind)) throw new Error(`unit changes: unknown kind ${kind}`);
  return kind as UnitKind;
};
const shareOf = (text: string): SuccessionShare => {
  const share = ({ whole: 'WHOLE', part: 'PART', rest: 'REST' } as const)[text.split(' ')[0]];
  if (!share) throw new Error(`unit changes: unknown share "${text}"`);
  return share;
};

/**
 * The whole history: the 2016 list, the changes of 1 Jan 2020 (applied, then checked against the 2020
 * list), the 2025 list with its inferred merges, and the reorganisation of 1 Jul 2025. Versions are in
 * the order they began, so one code's versions are oldest first.
 */
function build(): UnitHistory {
  const { y2016, y2020, y2025 } = unitLists();
  const versions: UnitVersion[] = [];
  const changes: UnitChange[] = [];
  const successions: UnitSuccession[] = [];
  const open = new Map<string, UnitVersion>();
  const note = (a: string | null, b: string) => (a ? `${a}; ${b}` : b);

  const start = (row: UnitRow, from: string | null, change: UnitChange | null, text: string | null) => {
    if (open.has(row.code)) throw new Error(`unit history: ${row.code} starts on ${from} while still in force`);
    const v: UnitVersion = { ...row, validFrom: from, validTo: null, successorCode: null, changeNote: text, changeConfirmed: true, begunBy: change?.id ?? null, endedBy: null };
    versions.push(v);
    open.set(row.code, v);
  };
  const end = (code: string, lastDay: string, change: UnitChange, text: string, successor: string | null) => {
    const v = open.get(code);
    if (!v) throw new Error(`unit history: ${code} ends on ${lastDay} but is not in force`);
    Object.assign(v, { validTo: lastDay, successorCode: successor, changeNote: note(v.changeNote, text), endedBy: change.id });
    open.delete(code);
  };
  const expectOpen = (u: { code: string; full_name: string }, where: string) => {
    const v = open.get(u.code);
    if (!v || v.fullName !== u.full_name) throw new Error(`unit history: ${where} names ${u.code} ${u.full_name}, in force is ${v?.fullName ?? 'nothing'}`);
  };
  const unconfirmedText = (c: UnitChange) => (c.confirmed ? '' : ` — chưa xác nhận: ${c.unconfirmed}`);

  for (const u of y2016) start(u, null, null, null);

  // 1 Jan 2020: Resolution 829/NQ-UBTVQH14. Boundary-only entries change no list, but are kept as changes.
  const c2016 = readYaml<Changes2016>('ha-nam-unit-changes-2016-2019.yaml');
  const baseline = c2016.baseline_list.match(/in force (\d{4}-\d{2}-\d{2})/)?.[1];
  if (!baseline) throw new Error('unit changes: the 2016 list gives no day it was in force');
  const row2020 = new Map(y2020.map((u) => [u.code, u]));
  for (const c of c2016.changes) {
    const change: UnitChange = {
      id: c.id, effectiveOn: c.effective, act: c.act, kind: c.kind, confirmed: c.confirmed, unconfirmed: c.unconfirmed ?? null,
      note: c.note ?? null, sources: sourceList(c.sources, c2016.sources), unitCodes: [...new Set([...c.before, ...c.after].map((u) => u.code))],
    };
    changes.push(change);
    if (!c.list_effect) continue;
    const toRow = (u: YamlUnit): UnitRow => ({ code: u.code, name: u.name, fullName: u.full_name, nameEn: '', kind: kindOf(u.kind), level: u.parent_code === PROVINCE_CODE ? 'DISTRICT' : 'COMMUNE', parentCode: u.parent_code ?? null });
    const before = c.before.map(toRow);
    const after = c.after.map((u) => {
      const listed = row2020.get(u.code);
      const row = toRow(u);
      if (!listed || !sameUnit(listed, row)) throw new Error(`unit history: ${c.id} gives ${u.code} ${u.full_name}, the 2020 list does not`);
      return listed;
    });
    const merge = c.kind.startsWith('merge');
    const last = dayBefore(c.effective);
    const day = vnDate(c.effective);
    const unchanged = (u: UnitRow) => before.some((b) => sameUnit(b, u)) && after.some((a) => sameUnit(a, u));
    for (const b of before) {
      if (unchanged(b)) continue;
      expectOpen({ code: b.code, full_name: b.fullName }, c.id);
      const other = after.find((a) => a.code !== b.code);
      const same = after.find((a) => a.code === b.code);
      const text = same
        ? `Từ ${day} là ${inSentence(same.fullName)} (${actShort(c.act)})${unconfirmedText(change)}`
        : other
          ? `Từ ${day} nhập vào ${inSentence(other.fullName)} (${actShort(c.act)})${unconfirmedText(change)}`
          : `Không còn từ ${day} (${actShort(c.act)}): nhập vào đơn vị chưa xác định${unconfirmedText(change)}`;
      end(b.code, last, change, text, same ? null : (other?.code ?? null));
      if (merge) for (const a of after) successions.push({ fromCode: b.code, fromValidTo: last, toCode: a.code, toValidFrom: c.effective, share: 'WHOLE', changeId: c.id });
    }
    for (const a of after) {
      if (unchanged(a)) continue;
      const text = merge
        ? `Từ ${day} thành lập trên cơ sở nhập ${before.map((b) => inSentence(b.fullName)).join(', ')} (${actShort(c.act)})${unconfirmedText(change)}`
        : `Trước ${day} là ${inSentence(before.find((b) => b.code === a.code)?.fullName ?? '?')} (${actShort(c.act)})${unconfirmedText(change)}`;
      start(a, c.effective, change, text);
    }
  }
  const in2020 = [...open.values()];
  const diff = in2020.filter((v) => !row2020.has(v.code) || !sameUnit(row2020.get(v.code)!, v)).map((v) => v.code);
  if (in2020.length !== y2020.length || diff.length) throw new Error(`unit history: the 2016 list with its changes is not the 2020 list (${diff.join(' ')})`);

  // 1 Jan 2025: the lists show renames and reclassifications; which unit absorbed a merged one is inferred.
  const after2025 = new Map(y2025.map((u) => [u.code, u]));
  const mergedInto = new Map(MERGES_2025.map((m) => [m.from, m]));
  const absorbed = new Map<string, UnitRow[]>();
  for (const u of in2020) {
    const m = mergedInto.get(u.code);
    if (m) absorbed.set(m.into, [...(absorbed.get(m.into) ?? []), u]);
  }
  const listsOnly = ['Danh mục đơn vị hành chính 2020 và 2025 (admin-units-ha-nam-2020.csv, admin-units-ha-nam-2025.csv)'];
  for (const u of in2020) {
    const next = after2025.get(u.code);
    const m = mergedInto.get(u.code);
    if (!next) {
      const target = m ? after2025.get(m.into) : undefined;
      const change: UnitChange = {
        id: `2025-01:${u.code}`, effectiveOn: LIST_2025_FROM, act: RESOLUTION_2025, kind: 'merge', confirmed: false,
        unconfirmed: m
          ? `đơn vị tiếp nhận không có trong danh mục; ${m.basis === 'inferred' ? 'suy ra từ việc đổi tên và địa bàn liền kề' : 'theo các bản tóm tắt nghị quyết đã công bố, chưa đối chiếu văn bản'}`
          : 'đơn vị tiếp nhận không có trong danh mục',
        note: null, sources: listsOnly, unitCodes: m ? [u.code, m.into] : [u.code],
      };
      changes.push(change);
      end(u.code, LIST_2020_TO, change, target ? `Nhập vào ${inSentence(target.fullName)} từ 01/01/2025 (${RESOLUTION_2025})${unconfirmedText(change)}` : `Không còn trong danh mục từ 01/01/2025 (${RESOLUTION_2025})`, m?.into ?? null);
      if (m) successions.push({ fromCode: u.code, fromValidTo: LIST_2020_TO, toCode: m.into, toValidFrom: LIST_2025_FROM, share: 'WHOLE', changeId: change.id });
    } else if (!sameUnit(u, next)) {
      const change: UnitChange = {
        id: `2025-01:${u.code}`, effectiveOn: LIST_2025_FROM, act: RESOLUTION_2025, kind: u.kind === next.kind ? 'rename' : 'reclassify',
        confirmed: true, unconfirmed: null, note: null, sources: listsOnly, unitCodes: [u.code],
      };
      changes.push(change);
      const gained = absorbed.get(u.code);
      end(u.code, LIST_2020_TO, change, `Từ 01/01/2025 là ${inSentence(next.fullName)} (${RESOLUTION_2025})`, null);
      start(next, LIST_2025_FROM, change, `Trước 01/01/2025 là ${inSentence(u.fullName)}${gained ? `; nhận thêm ${gained.map((g) => inSentence(g.fullName)).join(', ')} (chưa xác nhận)` : ''} (${RESOLUTION_2025})`);
    } else if (absorbed.has(u.code)) {
      open.get(u.code)!.changeNote = `Từ 01/01/2025 nhận thêm ${absorbed.get(u.code)!.map((g) => inSentence(g.fullName)).join(', ')} (${RESOLUTION_2025}, chưa xác nhận)`;
    }
  }
  for (const u of y2025) {
    if (open.has(u.code)) continue;
    const change: UnitChange = { id: `2025-01:${u.code}`, effectiveOn: LIST_2025_FROM, act: RESOLUTION_2025, kind: 'establish', confirmed: true, unconfirmed: null, note: null, sources: listsOnly, unitCodes: [u.code] };
    changes.push(change);
    start(u, LIST_2025_FROM, change, `Thành lập từ 01/01/2025 (${RESOLUTION_2025})`);
  }

  // 1 Jul 2025: province 35 into Ninh Bình (37), district level abolished, 98 communes into 33.
  const c2025 = readYaml<Changes2025>('ha-nam-unit-changes-2025-07.yaml');
  const from = c2025.effective;
  const last = dayBefore(from);
  const day = vnDate(from);
  const p = c2025.province;
  const doubtful = p.before.filter((b) => b.confirmed === false).map((b) => `mã ${b.code} của ${inSentence(b.full_name)}: ${b.unconfirmed}`);
  const provinceChange: UnitChange = {
    id: `2025-07:${PROVINCE_CODE}`, effectiveOn: from, act: p.act, kind: 'merge (province)', confirmed: p.confirmed, unconfirmed: null,
    note: `${p.event} (${p.before.map((b) => `${b.full_name} ${b.code}`).join(', ')} → ${p.after.full_name} ${p.after.code})${doubtful.length ? `; chưa xác nhận: ${doubtful.join('; ')}` : ''}`,
    sources: sourceList(p.sources, c2025.sources), unitCodes: [PROVINCE_CODE, p.after.code],
  };
  changes.push(provinceChange);
  expectOpen(p.before.find((b) => b.code === PROVINCE_CODE)!, 'province change');
  end(PROVINCE_CODE, last, provinceChange, `Từ ${day} hợp nhất vào ${inSentence(p.after.full_name)} (${actShort(p.act)})`, p.after.code);
  successions.push({ fromCode: PROVINCE_CODE, fromValidTo: last, toCode: p.after.code, toValidFrom: from, share: 'WHOLE', changeId: provinceChange.id });
  const province: UnitRow = { code: p.after.code, name: p.after.name, fullName: p.after.full_name, nameEn: withoutMarks(p.after.name), kind: 'PROVINCE', level: 'PROVINCE', parentCode: null };
  start(province, from, provinceChange, `Từ ${day}: ${inSentence(p.event)} (${actShort(p.act)}); hub giữ phần của tỉnh Hà Nam cũ`);

  const d = c2025.district_level;
  const districtChange: UnitChange = {
    id: '2025-07:district-level', effectiveOn: from, act: d.acts.join('; '), kind: 'abolish (district level)', confirmed: d.confirmed, unconfirmed: null,
    note: `${d.event}. ${d.note}`, sources: sourceList(d.sources, c2025.sources), unitCodes: d.abolished.map((x) => x.code),
  };
  changes.push(districtChange);
  const districtsOpen = [...open.values()].filter((v) => v.level === 'DISTRICT').map((v) => v.code).sort();
  if (districtsOpen.join() !== d.abolished.map((x) => x.code).sort().join()) throw new Error('unit history: the abolished districts are not those in force');
  for (const x of d.abolished) {
    expectOpen(x, districtChange.id);
    end(x.code, last, districtChange, `Kết thúc hoạt động từ ${day}: ${inSentence(d.event)}`, null);
  }

  const cl = c2025.commune_level;
  const newUnits = cl.units.map((u) => {
    const unconfirmed = [u.unconfirmed, cl.operational_from_note].filter(Boolean).join('; ');
    const change: UnitChange = {
      id: `2025-07:${u.code}`, effectiveOn: cl.operational_from, act: cl.act, kind: 'merge (commune level)', confirmed: u.confirmed,
      unconfirmed: u.confirmed ? null : unconfirmed, note: `Thành lập ${inSentence(u.full_name)} từ ${u.formed_from.map((f) => `${inSentence(f.full_name)} (${f.share})`).join(', ')}. ${cl.operational_from_note}`,
      sources: sourceList(['S2', 'S3', 'S4', 'S5'], c2025.sources), unitCodes: [...new Set([u.code, ...u.formed_from.map((f) => f.code)])],
    };
    changes.push(change);
    for (const f of u.formed_from) {
      expectOpen(f, change.id);
      successions.push({ fromCode: f.code, fromValidTo: last, toCode: u.code, toValidFrom: from, share: shareOf(f.share), changeId: change.id });
    }
    const row: UnitRow = { code: u.code, name: u.name, fullName: u.full_name, nameEn: withoutMarks(u.name), kind: kindOf(u.kind), level: 'COMMUNE', parentCode: u.province_code };
    return { row, change };
  });
  const communesOpen = [...open.values()].filter((v) => v.level === 'COMMUNE');
  // The receiving commune that carries on a unit: the one it went into whole, else the one that got the rest.
  const rank: Record<SuccessionShare, number> = { WHOLE: 0, REST: 1, PART: 2 };
  for (const v of communesOpen) {
    const to = successions.filter((s) => s.fromCode === v.code && s.fromValidTo === last).sort((a, b) => rank[a.share] - rank[b.share]);
    if (!to.length) throw new Error(`unit history: commune ${v.code} ${v.fullName} goes into no unit on ${from}`);
    const names = to.map((s) => `${inSentence(newUnits.find((n) => n.row.code === s.toCode)!.row.fullName)}${s.share === 'WHOLE' ? '' : s.share === 'PART' ? ' (một phần)' : ' (phần còn lại)'}`);
    end(v.code, last, newUnits.find((n) => n.row.code === to[0].toCode)!.change, `Từ ${day} nhập vào ${names.join(', ')} (${actShort(cl.act)})`, to[0].toCode);
  }
  for (const { row, change } of newUnits) {
    const formed = successions.filter((s) => s.changeId === change.id).map((s) => versions.find((v) => v.code === s.fromCode && v.validTo === last)!.fullName);
    start(row, from, change, `Từ ${day} thành lập trên cơ sở ${formed.map(inSentence).join(', ')} (${actShort(cl.act)}), thuộc ${inSentence(province.fullName)}`);
  }

  const byId = new Map(changes.map((c) => [c.id, c]));
  for (const v of versions) v.changeConfirmed = [v.begunBy, v.endedBy].every((id) => !id || byId.get(id)!.confirmed);
  const lists = [
    { inForceFrom: baseline, source: 'admin-units-ha-nam-2016.csv (danh mục GSO, NQ 89/NQ-CP 2013 về Phủ Lý)' },
    { inForceFrom: LIST_2020_FROM, source: 'admin-units-ha-nam-2020.csv (Nghị quyết 829/NQ-UBTVQH14)' },
    { inForceFrom: LIST_2025_FROM, source: `admin-units-ha-nam-2025.csv (${RESOLUTION_2025})` },
    { inForceFrom: from, source: `ha-nam-unit-changes-2025-07.yaml (${actShort(p.act)}; ${actShort(cl.act)})` },
  ];
  return { lists, versions, changes, successions };
}

let cache: UnitHistory | undefined;
export function unitHistoryAll(): UnitHistory {
  cache ??= build();
  return cache;
}
