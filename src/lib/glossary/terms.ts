/**
 * 名词解释: plain-language definitions of the terms the disclosures and 明账's pages
 * use. Each entry has a stable slug (the anchor on /glossary/), the term as printed,
 * the other spellings pages and documents use, and where the meaning comes from.
 * Definitions follow the standard 名词解释 that 部门预算/决算 公开 carry (财政部
 * 《地方预决算公开操作规程》财预〔2016〕143号 and the annual 决算 templates), in plain words.
 */

/** One glossary entry. */
export interface GlossaryTerm {
  /** ASCII anchor, stable once published: /glossary/#basic-spending. */
  slug: string;
  /** The term as documents print it. */
  term: string;
  /** Other spellings that mean the same (field titles, abbreviations). */
  aliases: string[];
  /** Which group the glossary page lists it under. */
  group: '公开文件' | '收入与支出' | '结余与执行' | '绩效' | '明账的说法';
  /** The definition in plain Chinese. */
  definition: string;
  /** Where the meaning comes from. */
  source: string;
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    slug: 'department-budget',
    term: '部门预算',
    aliases: ['预算'],
    group: '公开文件',
    definition: '一个部门（单位）在一个财政年度内计划收多少钱、花多少钱、花在哪里的安排，经本级人民代表大会批准后执行，批复后向社会公开。',
    source: '《中华人民共和国预算法》第十四条；财预〔2016〕143号',
  },
  {
    slug: 'final-accounts',
    term: '部门决算',
    aliases: ['决算'],
    group: '公开文件',
    definition: '一个财政年度结束后，部门（单位）实际收了多少钱、花了多少钱、还剩多少钱的总账，与年初预算对照，经审核批复后公开。',
    source: '《中华人民共和国预算法》第十四条；财预〔2016〕143号',
  },
  {
    slug: 'performance-targets',
    term: '部门整体支出绩效目标',
    aliases: ['绩效目标表', '整体支出绩效目标'],
    group: '公开文件',
    definition: '部门在编预算时写明的“这一年花这些钱要做成什么事”，包括总体目标和可以衡量的绩效指标（数量、质量、时效、效益、满意度等），随预算一并批复和公开。',
    source: '《中共中央 国务院关于全面实施预算绩效管理的意见》（2018年）',
  },
  {
    slug: 'self-evaluation',
    term: '绩效自评',
    aliases: ['自评', '部门整体支出绩效自评报告', '绩效自评报告', '自评报告'],
    group: '公开文件',
    definition: '年度结束后，部门对照年初的绩效目标，自己检查钱花得怎样、目标完成得怎样，按评分表打分并写出问题和改进措施。自评分是部门自己打的分，财政部门可能再作复评。',
    source: '财预〔2020〕10号《项目支出绩效评价管理办法》；各地部门整体支出绩效评价办法',
  },
  {
    slug: 'project-evaluation',
    term: '项目支出绩效自评',
    aliases: ['项目支出绩效自评表', '项目自评'],
    group: '公开文件',
    definition: '对一个具体项目的资金使用和目标完成情况所作的自评，通常按“预算执行率 10 分、产出指标 50 分、效益指标 30 分、满意度指标 10 分”的框架打分。',
    source: '财预〔2020〕10号《项目支出绩效评价管理办法》',
  },
  {
    slug: 'fiscal-appropriation',
    term: '财政拨款',
    aliases: ['财政拨款收入'],
    group: '收入与支出',
    definition: '本级财政当年拨给部门的资金，包括一般公共预算、政府性基金预算和国有资本经营预算的拨款。人大机关的收入几乎全部是财政拨款。',
    source: '部门决算公开 名词解释',
  },
  {
    slug: 'general-public-budget',
    term: '一般公共预算',
    aliases: ['一般公共预算财政拨款', '一般公共预算财政拨款收入'],
    group: '收入与支出',
    definition: '以税收为主体的财政收入，安排用于保障和改善民生、维持国家机构正常运转等方面的收支预算。机关的日常运转经费主要来自这里。',
    source: '《中华人民共和国预算法》第六条',
  },
  {
    slug: 'government-fund-budget',
    term: '政府性基金预算',
    aliases: ['政府性基金预算财政拨款收入'],
    group: '收入与支出',
    definition: '依照法律、行政法规的规定在一定期限内向特定对象征收、收取或者以其他方式筹集的资金，专项用于特定公共事业发展的收支预算。',
    source: '《中华人民共和国预算法》第九条',
  },
  {
    slug: 'state-capital-budget',
    term: '国有资本经营预算',
    aliases: ['国有资本经营预算财政拨款收入'],
    group: '收入与支出',
    definition: '对国有资本收益作出支出安排的收支预算。人大机关一般没有这项收支，公开表中常为 0 或空表。',
    source: '《中华人民共和国预算法》第十条',
  },
  {
    slug: 'basic-spending',
    term: '基本支出',
    aliases: [],
    group: '收入与支出',
    definition: '为保障机构正常运转、完成日常工作任务而发生的支出，分为人员经费（工资福利、对个人和家庭的补助）和公用经费（办公费、水电费、差旅费等）。',
    source: '部门决算公开 名词解释',
  },
  {
    slug: 'project-spending',
    term: '项目支出',
    aliases: [],
    group: '收入与支出',
    definition: '在基本支出之外，为完成特定工作任务和事业发展目标而发生的支出，例如代表履职活动、立法调研、信息化建设等，每个项目有自己的预算和绩效目标。',
    source: '部门决算公开 名词解释',
  },
  {
    slug: 'personnel-costs',
    term: '人员经费',
    aliases: [],
    group: '收入与支出',
    definition: '基本支出中用于人的部分：工资、津贴补贴、社会保险缴费、离退休费等。',
    source: '部门决算公开 名词解释',
  },
  {
    slug: 'public-operation-costs',
    term: '公用经费',
    aliases: [],
    group: '收入与支出',
    definition: '基本支出中用于机构运转的部分：办公费、印刷费、水电费、邮电费、差旅费、会议费、培训费、公务接待费等。',
    source: '部门决算公开 名词解释',
  },
  {
    slug: 'three-public',
    term: '三公经费',
    aliases: ['"三公"经费', '“三公”经费', '"三公"经费合计', '三公'],
    group: '收入与支出',
    definition: '用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费三项支出的合称。按规定单独列表公开，并说明增减原因。',
    source: '财预〔2016〕143号；部门决算公开 名词解释',
  },
  {
    slug: 'operating-costs',
    term: '机关运行经费',
    aliases: [],
    group: '收入与支出',
    definition: '行政单位和参照公务员法管理的事业单位用一般公共预算财政拨款安排的基本支出中的公用经费，包括办公及印刷费、水电费、差旅费、会议费、公务接待费、公务用车运行维护费等。',
    source: '部门决算公开 名词解释',
  },
  {
    slug: 'government-procurement',
    term: '政府采购',
    aliases: ['政府采购总额'],
    group: '收入与支出',
    definition: '使用财政性资金采购依法制定的集中采购目录以内的或者采购限额标准以上的货物、工程和服务。公开时要列出货物、工程、服务各多少，以及授予中小企业的合同金额。',
    source: '《中华人民共和国政府采购法》第二条',
  },
  {
    slug: 'carry-forward',
    term: '结转结余',
    aliases: ['年初结转和结余', '年末结转和结余', '结转和结余', '年末结余'],
    group: '结余与执行',
    definition: '当年没有花完的钱。“结转”是项目还没做完、下一年按原用途接着用的资金；“结余”是项目已完成或取消后剩下的资金。年初结转和结余是上一年留下来的，年末结转和结余是留到下一年的。',
    source: '部门决算公开 名词解释',
  },
  {
    slug: 'available-funds',
    term: '可用资金',
    aliases: [],
    group: '结余与执行',
    definition: '一年里部门可以使用的全部资金：年初结转和结余加上本年收入。',
    source: '绩效自评报告常用口径',
  },
  {
    slug: 'execution-rate',
    term: '执行率',
    aliases: ['预算执行率', '支出进度', '预算资金支出率', '部门预算资金支出率'],
    group: '结余与执行',
    definition: '实际花出去的钱占预算的比例：执行率 = 实际支出（执行数）÷ 预算数 × 100%。低于 100% 说明有钱没花完；高于 100% 通常说明年中追加了预算或用了以前年度的结余，报告应当说明用的是哪个预算数。',
    source: '财预〔2020〕10号：预算执行率 = 预算执行数 ÷ 调整后预算数',
  },
  {
    slug: 'performance-indicator',
    term: '绩效指标',
    aliases: ['绩效目标', '指标', '一级指标', '二级指标', '三级指标'],
    group: '绩效',
    definition: '把绩效目标拆成可以检查的具体标准，如“代表建议办结率 ≥ 95%”。一般分产出指标（数量、质量、时效、成本）、效益指标和满意度指标，每个指标有目标值，年终与实际完成值对照。',
    source: '财预〔2020〕10号',
  },
  {
    slug: 'self-score',
    term: '自评分',
    aliases: ['自评得分', '总得分', '合计得分'],
    group: '绩效',
    definition: '部门按评分表给自己打的分，满分一般为 100 分。有的地区另设加分项或减分项，合计可能超过 100 分，比较时应当分开看。',
    source: '各地部门整体支出绩效评价办法',
  },
  {
    slug: 'bonus',
    term: '加分项',
    aliases: ['加分', '加减分项'],
    group: '绩效',
    definition: '评分表之外、对特别工作成效给予的额外分数（也有扣分项）。明账在表格中把加分单独列出，不与自评分相加比较。',
    source: '各地部门整体支出绩效评价办法',
  },
  {
    slug: 'grade',
    term: '评价等级',
    aliases: ['自评等级', '等级', '评价结论'],
    group: '绩效',
    definition: '按得分划分的档次。财预〔2020〕10号规定：90（含）—100 分为优，80（含）—90 分为良，60（含）—80 分为中，60 分以下为差。各地用词不同（优秀、好、良好），明账按原文照录。',
    source: '财预〔2020〕10号《项目支出绩效评价管理办法》',
  },
  {
    slug: 'computed-by-mingzhang',
    term: '明账计算',
    aliases: ['明账按原文数字计算'],
    group: '明账的说法',
    definition: '明账用原文公布的数字算出的比例（如执行率、基本支出占比），用精确的十进制运算，四舍五入到注明的小数位。它只用来帮助比较，不替代原文数字；与原文所列数字不一致时，两者并列显示。',
    source: '明账数据说明',
  },
  {
    slug: 'consistency-note',
    term: '数据一致性提示',
    aliases: ['核查提示'],
    group: '明账的说法',
    definition: '明账核对原文数字时发现的不一致（例如各部分之和不等于合计、执行率超过 100%）。原文数字一律照录不改，提示写明用了哪些数字、怎么算的。',
    source: '明账数据说明；评分方法',
  },
  {
    slug: 'wan-yuan',
    term: '万元',
    aliases: ['元'],
    group: '明账的说法',
    definition: '1 万元 = 10,000 元。预决算公开表多以万元为单位，部分表格（如东莞的年度重点工作任务）以元为单位。明账照录原文单位；在图表和汇总下载中统一换算为万元，换算只移动小数点，不丢失任何位数。',
    source: '明账数据说明',
  },
];
