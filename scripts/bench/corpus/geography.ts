/**
 * Place names for the synthetic benchmark corpus: the 31 provincial-level regions with real
 * prefecture-level cities, and county names composed from common place-name characters.
 * Real names give the index a realistic vocabulary; the counties are plausible, not real.
 */

/** A provincial-level region: its name, the short form used in prose, and some of its cities. */
export interface Province {
  /** Two-letter code used in generated department ids. */
  code: string;
  name: string;
  short: string;
  cities: string[];
  /** Municipalities (北京 …) have districts directly under the province. */
  municipality?: boolean;
}

/** All provincial-level regions of the mainland. */
export const PROVINCES: Province[] = [
  { code: 'bj', name: '北京市', short: '北京', cities: [], municipality: true },
  { code: 'tj', name: '天津市', short: '天津', cities: [], municipality: true },
  { code: 'he', name: '河北省', short: '河北', cities: ['石家庄市', '唐山市', '保定市', '邯郸市', '沧州市', '邢台市'] },
  { code: 'sx', name: '山西省', short: '山西', cities: ['太原市', '大同市', '长治市', '晋中市', '运城市'] },
  { code: 'nm', name: '内蒙古自治区', short: '内蒙古', cities: ['呼和浩特市', '包头市', '赤峰市', '鄂尔多斯市'] },
  { code: 'ln', name: '辽宁省', short: '辽宁', cities: ['沈阳市', '大连市', '鞍山市', '锦州市', '丹东市'] },
  { code: 'jl', name: '吉林省', short: '吉林', cities: ['长春市', '吉林市', '四平市', '延边朝鲜族自治州'] },
  { code: 'hl', name: '黑龙江省', short: '黑龙江', cities: ['哈尔滨市', '齐齐哈尔市', '牡丹江市', '佳木斯市', '大庆市'] },
  { code: 'sh', name: '上海市', short: '上海', cities: [], municipality: true },
  { code: 'js', name: '江苏省', short: '江苏', cities: ['南京市', '无锡市', '徐州市', '常州市', '苏州市', '南通市', '扬州市'] },
  { code: 'zj', name: '浙江省', short: '浙江', cities: ['杭州市', '宁波市', '温州市', '嘉兴市', '湖州市', '绍兴市', '金华市'] },
  { code: 'ah', name: '安徽省', short: '安徽', cities: ['合肥市', '芜湖市', '蚌埠市', '安庆市', '滁州市', '阜阳市'] },
  { code: 'fj', name: '福建省', short: '福建', cities: ['福州市', '厦门市', '泉州市', '漳州市', '莆田市'] },
  { code: 'jx', name: '江西省', short: '江西', cities: ['南昌市', '九江市', '赣州市', '吉安市', '上饶市'] },
  { code: 'sd', name: '山东省', short: '山东', cities: ['济南市', '青岛市', '淄博市', '烟台市', '潍坊市', '济宁市', '临沂市'] },
  { code: 'ha', name: '河南省', short: '河南', cities: ['郑州市', '开封市', '洛阳市', '安阳市', '新乡市', '南阳市'] },
  { code: 'hb', name: '湖北省', short: '湖北', cities: ['武汉市', '宜昌市', '襄阳市', '荆州市', '黄冈市'] },
  { code: 'hn', name: '湖南省', short: '湖南', cities: ['长沙市', '株洲市', '湘潭市', '衡阳市', '岳阳市', '常德市'] },
  { code: 'gd', name: '广东省', short: '广东', cities: ['广州市', '深圳市', '珠海市', '汕头市', '佛山市', '韶关市', '东莞市', '中山市', '江门市', '湛江市'] },
  { code: 'gx', name: '广西壮族自治区', short: '广西', cities: ['南宁市', '柳州市', '桂林市', '梧州市', '北海市'] },
  { code: 'hi', name: '海南省', short: '海南', cities: ['海口市', '三亚市', '儋州市'] },
  { code: 'cq', name: '重庆市', short: '重庆', cities: [], municipality: true },
  { code: 'sc', name: '四川省', short: '四川', cities: ['成都市', '绵阳市', '德阳市', '宜宾市', '南充市', '乐山市'] },
  { code: 'gz', name: '贵州省', short: '贵州', cities: ['贵阳市', '遵义市', '六盘水市', '安顺市', '毕节市'] },
  { code: 'yn', name: '云南省', short: '云南', cities: ['昆明市', '曲靖市', '玉溪市', '大理白族自治州', '楚雄彝族自治州'] },
  { code: 'xz', name: '西藏自治区', short: '西藏', cities: ['拉萨市', '日喀则市', '昌都市'] },
  { code: 'sn', name: '陕西省', short: '陕西', cities: ['西安市', '宝鸡市', '咸阳市', '渭南市', '延安市', '汉中市'] },
  { code: 'gs', name: '甘肃省', short: '甘肃', cities: ['兰州市', '天水市', '白银市', '酒泉市', '张掖市'] },
  { code: 'qh', name: '青海省', short: '青海', cities: ['西宁市', '海东市', '海西蒙古族藏族自治州'] },
  { code: 'nx', name: '宁夏回族自治区', short: '宁夏', cities: ['银川市', '石嘴山市', '吴忠市', '固原市'] },
  { code: 'xj', name: '新疆维吾尔自治区', short: '新疆', cities: ['乌鲁木齐市', '克拉玛依市', '吐鲁番市', '哈密市', '伊犁哈萨克自治州'] },
];

// Characters common in county names; two of them and a suffix make a plausible county.
const COUNTY_FIRST = '安平永宁长乐清河阳新东西南北中丰泰兴华临江兰山石柳桂武德凤龙鹤金云松梅溪白黄青富文和定';
const COUNTY_SECOND = '城川阳安宁平远乐昌兴化原江山丰海泉林台源陵州水口岭塘沙湖坪都溪';
const COUNTY_SUFFIX = ['县', '县', '县', '区', '区', '市'];

/** How many numbers countyName takes before it cycles (its suffixes repeat, so names repeat sooner). */
export const COUNTY_NAMES = COUNTY_FIRST.length * COUNTY_SECOND.length * COUNTY_SUFFIX.length;

/** A county-level name such as 安阳县 or 清溪区, from a number (deterministic). */
export function countyName(n: number): string {
  const a = COUNTY_FIRST[n % COUNTY_FIRST.length];
  const b = COUNTY_SECOND[Math.floor(n / COUNTY_FIRST.length) % COUNTY_SECOND.length];
  const suffix = COUNTY_SUFFIX[Math.floor(n / (COUNTY_FIRST.length * COUNTY_SECOND.length)) % COUNTY_SUFFIX.length];
  return `${a}${b}${suffix}`;
}
