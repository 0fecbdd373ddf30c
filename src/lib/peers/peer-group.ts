/**
 * A body's peers: the bodies of the same level (省级, 市级, 区县级), in the same province
 * when the province has at least MIN_PROVINCE_PEERS of them (the body included), else
 * across the nation — and the page says which.
 */
import { LEVELS } from '../../schemas/department.ts';
import type { DepartmentInput } from '../figures/corpus.ts';

/** Fewer bodies than this in a province make the comparison national. */
export const MIN_PROVINCE_PEERS = 5;

export interface PeerGroup {
  scope: 'province' | 'national';
  /** Every body of the group, the subject included, in listing order. */
  members: DepartmentInput[];
  /** What the group is, in Chinese: "广东省的市级部门（共 7 个）". */
  description: string;
}

const byLevel = new WeakMap<readonly DepartmentInput[], Map<string, DepartmentInput[]>>();

/** Departments indexed by level and by level × province, once per array (asked for every body). */
function index(departments: readonly DepartmentInput[]): Map<string, DepartmentInput[]> {
  let map = byLevel.get(departments);
  if (!map) {
    map = new Map();
    for (const d of departments) {
      for (const key of [d.data.level, `${d.data.level}/${d.data.region.province}`]) {
        const list = map.get(key);
        if (list) list.push(d);
        else map.set(key, [d]);
      }
    }
    byLevel.set(departments, map);
  }
  return map;
}

/** The peer group of `subject` among `departments` (which must include it). */
export function peerGroup(subject: DepartmentInput, departments: readonly DepartmentInput[]): PeerGroup {
  const map = index(departments);
  const level = LEVELS[subject.data.level];
  const province = subject.data.region.province;
  const local = map.get(`${subject.data.level}/${province}`) ?? [subject];
  if (local.length >= MIN_PROVINCE_PEERS) return { scope: 'province', members: local, description: `${province}的${level}部门（共 ${local.length} 个）` };
  const national = map.get(subject.data.level) ?? [subject];
  return {
    scope: 'national',
    members: national,
    description: `全国的${level}部门（共 ${national.length} 个）；${province}收录的${level}部门不足 ${MIN_PROVINCE_PEERS} 个（${local.length} 个），所以与全国同级部门比较`,
  };
}
