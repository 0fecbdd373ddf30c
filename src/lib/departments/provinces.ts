/**
 * The provincial-level regions of the mainland by their ISO 3166-2:CN codes ("gd" for
 * 广东省), so a province has a stable ASCII address (its feed: /feeds/provinces/gd.xml)
 * whichever way a department file writes its name (广东省 or 广东).
 */

/** Code → full name, in the order of the national administrative division codes. */
export const PROVINCES: Readonly<Record<string, string>> = {
  bj: '北京市', tj: '天津市', he: '河北省', sx: '山西省', nm: '内蒙古自治区', ln: '辽宁省', jl: '吉林省', hl: '黑龙江省',
  sh: '上海市', js: '江苏省', zj: '浙江省', ah: '安徽省', fj: '福建省', jx: '江西省', sd: '山东省',
  ha: '河南省', hb: '湖北省', hn: '湖南省', gd: '广东省', gx: '广西壮族自治区', hi: '海南省',
  cq: '重庆市', sc: '四川省', gz: '贵州省', yn: '云南省', xz: '西藏自治区',
  sn: '陕西省', gs: '甘肃省', qh: '青海省', nx: '宁夏回族自治区', xj: '新疆维吾尔自治区',
};

/** The name without its 省/市/自治区 suffix: 广东, 内蒙古, 广西. */
const short = (name: string): string => name.replace(/(壮族|回族|维吾尔)?(自治区|省|市)$/, '');

const BY_NAME = new Map(Object.entries(PROVINCES).flatMap(([code, name]) => [[name, code], [short(name), code]] as const));

/** The code of a province as a department file names it; undefined for a name that is none of them. */
export function provinceCode(name: string): string | undefined {
  return BY_NAME.get(name.trim());
}
