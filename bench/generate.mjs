// Deterministic generator of benchmark inputs: notices shaped like seeds/liaozhengbanzi-2023-3.md and drafts
// citing them. Same seed → same bytes (own PRNG, no Math.random, no clock). Usable as a module (run.mjs) or:
//   node bench/generate.mjs [--out bench/tmp/data] [--notices 1000] [--seed 20230301]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// ───────── PRNG (mulberry32) ─────────
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: arr => arr[Math.floor(next() * arr.length)],
    chance: p => next() < p,
    /** k distinct elements, order random. */
    sample: (arr, k) => {
      const a = arr.slice();
      for (let i = 0; i < Math.min(k, a.length); i++) { const j = i + Math.floor(next() * (a.length - i)); [a[i], a[j]] = [a[j], a[i]]; }
      return a.slice(0, Math.min(k, a.length));
    },
  };
  return r;
}

/** 1 → 一, 12 → 十二, 28 → 二十八, 107 → 一百零七. */
export function cn(n) {
  const d = '零一二三四五六七八九';
  if (n < 10) return d[n];
  if (n < 20) return '十' + (n % 10 ? d[n % 10] : '');
  if (n < 100) return d[Math.floor(n / 10)] + '十' + (n % 10 ? d[n % 10] : '');
  const h = Math.floor(n / 100), r = n % 100;
  if (!r) return d[h] + '百';
  if (r < 10) return d[h] + '百零' + d[r];
  return d[h] + '百' + (r < 20 ? '一' : '') + cn(r);
}

// ───────── vocabulary ─────────
export const PLACE = '测城市';
const COUNTY = '测县';

/** City-level units as a notice writes them; `alias` is an informal form a drafter might use (CORE_CLASSES). */
export const UNITS = [
  ['市发展改革委', '市发改委'], ['市工业和信息化局', '市工信局'], ['市科技局', '市科学技术局'], ['市财政局'],
  ['市人力资源社会保障局', '市人社局'], ['市自然资源和规划局', '市自规局'], ['市生态环境局', '市环保局'],
  ['市住房城乡建设局', '市住建局'], ['市交通运输局', '市交通局'], ['市水利局', '市水务局'], ['市农业农村局', '市农业局'],
  ['市商务局'], ['市文化和旅游局', '市文旅局'], ['市卫生健康委', '市卫健委'], ['市应急局', '市应急管理局'],
  ['市市场监管局', '市市场监督管理局'], ['市医保局', '市医疗保障局'], ['市地方金融监管局', '市金融办'],
  ['市大数据局'], ['市行政审批服务局', '市审批局'], ['市教育体育局', '市教体局'], ['市民政局'], ['市司法局'], ['市公安局'],
  ['市统计局'], ['市城管局', '市城市管理局'], ['市投资促进局', '市投促局'], ['市国资委', '市国有资产监督管理委员会'],
  ['市委组织部'], ['市委宣传部'], ['市委网信办'], ['市税务局'], ['市气象局'], ['市信访局'], ['市退役军人局'],
  ['市总工会'], ['市妇联'], ['市科协'], ['团市委'], ['市住房公积金管理中心'], ['市消防救援支队'],
  ['人民银行测城市分行', '人行测城市分行'], ['测城供电公司'], ['测城海关'],
].map(([name, alias]) => ({ name, alias }));
/** Names a draft might write that are not in any notice (unknown-unit) or are a lower level's body. */
const WRONG_NAMES = ['市数据资源局', '市经济发展局', '市招商局', '市环境局', `${COUNTY}工业和信息化局`, `${COUNTY}发展改革局`, '市规划局', '市科创委'];

const SECTION_TITLES = [
  '深入实施创新驱动发展战略', '纵深推进新旧动能转换', '加快推进绿色低碳转型', '积极扩大有效需求', '深化区域协调发展',
  '推动乡村全面振兴', '深化改革扩大开放', '繁荣发展文化事业和文化产业', '扎实推进共同富裕', '坚决守好安全发展底线',
  '提升城市能级和品质', '持续优化营商环境', '加强生态环境保护', '推进数字政府建设', '切实抓好组织实施',
];
const VERBS = ['加强', '推进', '加快', '深化', '实施', '推动', '提升', '完善', '强化', '培育', '优化', '健全', '扩大', '开展', '打造', '支持', '落实', '建设', '做强', '统筹'];
const OBJECTS = [
  '实验室布局', '创新平台建设', '创新创业共同体', '关键核心技术攻关', '科技型企业群体', '创新创业生态', '科技成果转化', '创新人才环境',
  '优势产业集群', '产业链提升行动', '技改升级', '“两高”行业管控', '现代服务业', '数字经济核心产业', '大数据产业', '工业互联网平台',
  '新能源汽车产业', '绿色化工产业', '有色金属精深加工', '农副产品加工', '现代物流体系', '跨境电商发展', '外贸新业态', '招商引资质效',
  '重大项目建设', '能源项目', '铁路建设', '高速公路建设', '城市更新行动', '老旧小区改造', '海绵城市建设', '地下管网改造',
  '大中型灌区续建配套与现代化改造', '水土流失综合治理', '河湖长制落实', '黄河流域生态保护', '大气污染防治', '土壤污染防治', '固体废物综合利用', '工业资源综合利用',
  '碳达峰碳中和', '清洁能源替代', '可再生能源开发', '节能降碳改造', '绿色建筑推广', '数字乡村建设', '高标准农田建设', '粮食生产能力',
  '乡村特色产业', '农村人居环境整治', '县域经济', '农村集体产权制度改革', '要素市场化配置改革', '国资国企改革', '民营经济发展', '营商环境创新',
  '政务服务标准化', '“一网通办”', '开发区体制机制改革', '对外开放平台', '文化遗产保护利用', '公共文化服务', '文旅融合发展', '全民健身设施',
  '就业创业服务', '技能人才培养', '基本养老服务', '医疗卫生服务体系', '公立医院改革', '医保支付方式改革', '学前教育普惠发展', '职业教育产教融合',
  '住房保障体系', '社会救助兜底保障', '安全生产专项整治', '防灾减灾救灾能力', '金融风险防范化解', '食品药品安全', '粮食能源安全', '社会治安防控',
  '普惠金融服务', '科创基金设立', '融资担保体系', '企业上市培育', '市场主体培育', '质量品牌建设', '知识产权保护', '标准化战略',
  '网络安全保障', '数据资源开发利用', '新型基础设施', '5G网络建设', '充电设施布局', '城乡供水一体化', '农村公路建设', '冷链物流设施',
  '港口物流园区', '临空经济区', '会展经济', '夜间经济', '消费提质扩容', '养老托育服务', '退役军人服务保障', '妇女儿童权益保障',
  '统计监测评价', '督查考核机制', '人才引进培育', '青年发展友好型城市', '高校毕业生就业', '根治欠薪', '法治政府建设', '信访积案化解',
  '气象防灾减灾', '消防安全治理', '森林防灭火', '耕地保护', '土地节约集约利用', '矿山生态修复', '湿地保护修复', '生物多样性保护',
  '新型储能产业', '氢能产业', '生物医药产业', '高端装备制造', '新材料产业', '纺织服装产业', '食品产业', '文创产业',
  '物流降本增效', '供应链金融', '中小企业梯度培育', '“专精特新”企业', '首台套推广应用', '智能制造示范', '绿色工厂创建', '园区循环化改造',
];
const TEXT_PHRASES = [
  '以{o}为重点，完善工作推进机制', '布局建设市级{o}项目{n}个以上', '新增省级以上{o}示范{n}家', '年内完成{o}投资{n}亿元以上',
  '支持龙头企业牵头实施{o}', '推动{o}提质增效', '建立{o}工作台账，实行清单化管理', '开展{o}专项行动，全年完成{n}项',
  '加大{o}政策支持力度', '健全{o}统计监测体系', '探索{o}多元投入机制', '鼓励社会资本参与{o}',
  '深化与高校院所合作，开展{o}联合攻关', '实施{o}重点工程{n}项', '加强水土流失综合治理和生态修复', '完成水土流失治理面积{n}平方公里',
  '强化{o}要素保障', '组织{o}观摩评比活动', '推进{o}数字化转型', '压实{o}属地责任', '落实{o}各项优惠政策',
];
const FILLER = [
  '坚持问题导向和目标导向，细化工作措施', '加强统筹协调，形成工作合力', '建立工作台账，实行清单化管理、项目化推进',
  '定期调度工作进展，及时协调解决存在的问题', '强化督导检查，确保各项任务按时保质完成', '结合部门职责，制定具体落实方案',
  '明确责任领导、责任科室和完成时限', '按月报送工作进展情况', '加强与省直部门的沟通对接，争取更多政策支持',
  '及时总结推广典型经验做法', '主动对接牵头单位，做好配合工作', '加大资金保障力度，优化资金使用结构',
  '推动各项政策措施落地见效', '健全跟踪问效机制，强化结果运用', '加强宣传引导，营造良好氛围',
  '截至目前，已完成年度目标的{p}%', '上半年累计完成投资{n}亿元', '已召开专题推进会议{k}次', '形成可复制推广的经验{k}项',
];
const EXTERNAL_REFS = ['国发〔2022〕18号', '鲁发〔2022〕19号', '鲁政办字〔2023〕5号', '国办发〔2023〕7号', '鲁政字〔2023〕12号'];
const DEPTS = ['市发展改革委', '市工业和信息化局', '市科技局', '市水利局', '市农业农村局', '市生态环境局', '市商务局', '市大数据局'];

function fill(r, s, o) {
  return s.replace(/\{o\}/g, () => o ?? r.pick(OBJECTS)).replace(/\{n\}/g, () => String(r.int(2, 200))).replace(/\{p\}/g, () => String(r.int(35, 98))).replace(/\{k\}/g, () => String(r.int(2, 12)));
}

// ───────── notices ─────────
/** Notice `i` (1-based): its text and the model a draft generator needs (numbers, titles, units). */
export function generateNotice(i, seed = 20230301) {
  const r = rng(seed * 31 + i * 7919);
  const year = 2021 + (i % 4);
  const docNumber = `测政办字〔${year}〕${i}号`;
  const topic = r.pick(['深化新旧动能转换推动绿色低碳高质量发展', '推动经济高质量发展', '扩大有效投资', '优化营商环境', '加快建设现代化产业体系', '推进数字经济发展', '深化生态文明建设', '推进乡村振兴'])
    + (i > 8 ? `（第${i}批）` : '');
  const listTitle = `${PLACE}${topic}${year}年重点工作任务`;
  const issuer = `${PLACE}人民政府办公室`;
  const nTasks = r.int(100, 112);
  const sectionTitles = r.sample(SECTION_TITLES.slice(0, 14), 9).concat('切实抓好组织实施');
  const objects = r.sample(OBJECTS, nTasks);
  const hw = r.chance(0.5); // half-width punctuation in body text, as in parts of the seed
  const out = [];
  out.push(`# ${issuer}`, '', docNumber, '', `## ${issuer} 关于印发${listTitle}的通知`, '',
    `各县(市、区)人民政府,市属开发区管委会,市政府有关部门、直属机构:`, '',
    `《${listTitle}》已经市政府同意,现印发给你们,请认真贯彻执行。`, '', issuer, '', `${year} 年 ${r.int(1, 6)} 月 ${r.int(1, 28)} 日`, '', '(此件公开发布)', '',
    `# ${listTitle}`, '',
    `为深入贯彻党的二十大精神,全面贯彻落实《国务院关于支持山东深化新旧动能转换推动绿色低碳高质量发展的意见》(国发〔2022〕18号),现结合我市实际,制定以下 ${year} 年重点工作任务。`, '');
  const tasks = [];
  // Sections: 9 of ~10-11 tasks, the last (组织实施) with 3 tasks without units, like the seed.
  const perSection = [];
  const body = nTasks - 3;
  for (let s = 0; s < 9; s++) perSection.push(Math.floor(body / 9) + (s < body % 9 ? 1 : 0));
  perSection.push(3);
  let num = 0;
  for (let s = 0; s < 10; s++) {
    out.push(`## ${cn(s + 1)}、${sectionTitles[s]}`, '');
    for (let k = 0; k < perSection[s]; k++) {
      num++;
      const obj = objects[num - 1];
      const title = r.pick(VERBS) + obj;
      const sentences = [];
      for (let q = r.int(6, 10); q > 0; q--) sentences.push(fill(r, r.pick(TEXT_PHRASES), r.chance(0.5) ? obj : undefined));
      let text = sentences.join(hw && r.chance(0.5) ? ',' : '，') + '。';
      let leads = [], coops = [];
      if (s < 9) {
        const us = r.sample(UNITS, 6);
        leads = us.slice(0, r.chance(0.55) ? 1 : r.int(2, 3)).map(u => u.name);
        coops = r.chance(0.45) ? us.slice(3, 3 + r.int(1, 3)).map(u => u.name) : [];
        const full = !hw || r.chance(0.3);
        const [lp, rp, co, sc] = full ? ['（', '）', '：', '；'] : ['(', ')', ':', ';'];
        text += `${lp}牵头单位${co}${leads.join('、')}${coops.length ? `${sc}配合单位${co}${coops.join('、')}` : ''}${rp}`;
      }
      // Now and then a page break inside a task (a blank line mid-paragraph), as in converted PDFs.
      if (s < 9 && r.chance(0.05)) {
        const cut = Math.floor(text.length / 2);
        out.push(`${num}. ${title}。${text.slice(0, cut)}`, '', text.slice(cut), '');
      } else out.push(`${num}. ${title}。${text}`, '');
      tasks.push({ number: num, title, leads, coops, section: s });
    }
  }
  return { i, docNumber, year, listTitle, title: `${issuer}关于印发${listTitle}的通知`, text: out.join('\n'), tasks, sectionTitles };
}

// ───────── drafts ─────────
const byName = new Map(UNITS.map(u => [u.name, u]));

/** A unit list for `task` as a drafter writes it: mostly right, sometimes an alias, a wrong or a missing unit. */
function unitList(r, task, style, stats) {
  let leads = task.leads.slice(), coops = task.coops.slice();
  const roll = r.next();
  if (roll < 0.07 && leads.length) { leads[r.int(0, leads.length - 1)] = r.pick(UNITS).name; stats.wrongUnit++; }
  else if (roll < 0.10) { leads.push(r.pick(WRONG_NAMES)); stats.unknownUnit++; }
  else if (roll < 0.13 && leads.length > 1) { leads.pop(); stats.missingLead++; }
  const alias = n => { const u = byName.get(n); if (u?.alias && r.chance(0.18)) { stats.alias++; return u.alias; } return n; };
  leads = leads.map(alias); coops = coops.map(alias);
  if (!leads.length) return '';
  if (style === 'phrase') return `由${leads.join('、')}牵头${coops.length ? `，${coops.join('、')}配合` : ''}`;
  const hw = style === 'half';
  const [lp, rp, co, sc] = hw ? ['(', ')', ':', ';'] : ['（', '）', '：', '；'];
  return `${lp}牵头单位${co}${leads.join('、')}${coops.length ? `${sc}配合单位${co}${coops.join('、')}` : ''}${rp}`;
}

/**
 * A draft of about `bytes` UTF-8 bytes citing `notice` (declared by its 文号 in the opening paragraph), with
 * occasional citations of `other` (another indexed notice, by explicit 文号) and of documents not indexed.
 * Returns { text, stats } where stats counts what was planted (citations, wrong units, …).
 */
export function generateDraft(notice, bytes, seed = 7, other) {
  const r = rng(seed * 1009 + bytes);
  const stats = { citations: 0, ranges: 0, lists: 0, chinese: 0, titles: 0, wrongTitle: 0, outOfRange: 0, unitLists: 0, wrongUnit: 0, unknownUnit: 0, missingLead: 0, alias: 0, tables: 0, tableRows: 0, docNumbers: 0, bracketDocNumbers: 0, crossNotice: 0, external: 0, paragraphs: 0 };
  const dept = r.pick(DEPTS);
  const T = notice.tasks;
  const withUnits = T.filter(t => t.leads.length);
  const dn = notice.docNumber;
  const parts = [
    `# ${dept}关于落实${dn}文件重点工作任务的实施方案`, '',
    `为贯彻落实《${notice.listTitle}》（${dn}，以下简称《任务》），结合我单位职责，制定本方案。`, '',
  ];
  stats.docNumbers++;
  let size = Buffer.byteLength(parts.join('\n'));
  let section = 0, item = 0;
  const push = s => { parts.push(s, ''); size += Buffer.byteLength(s) + 2; stats.paragraphs++; };
  const cite = (t, forms) => {
    stats.citations++;
    const f = forms ?? r.next();
    let s;
    if (f < 0.55) s = `第${t.number}项`;
    else { s = `第${cn(t.number)}项`; stats.chinese++; }
    if (r.chance(0.7)) {
      stats.titles++;
      let title = t.title;
      if (r.chance(0.04)) { title = r.pick(T).title; if (title !== t.title) stats.wrongTitle++; }
      s += `“${title}”`;
    }
    return s;
  };
  while (size < bytes) {
    if (item % 25 === 0) { section++; push(`## ${cn(section)}、${r.pick(['牵头任务', '配合任务', '重点推进事项', '工作进展', '保障措施', '下步打算'])}`); }
    item++;
    const kind = r.next();
    if (kind < 0.04) {
      // 任务分解表
      stats.tables++;
      const rows = r.int(6, 16);
      const lines = [`${cn(section)}、任务分解表`, '', '| 序号 | 任务编号 | 任务名称 | 牵头单位 | 配合单位 | 完成时限 |', '| --- | --- | --- | --- | --- | --- |'];
      for (let k = 1; k <= rows; k++) {
        const t = r.pick(withUnits);
        stats.citations++; stats.tableRows++; stats.unitLists++;
        const ul = unitList(r, t, 'full', stats);
        const m = /牵头单位：([^；）]*)(?:；配合单位：([^）]*))?/.exec(ul);
        lines.push(`| ${k} | ${t.number} | ${t.title} | ${m?.[1] ?? ''} | ${m?.[2] ?? ''} | ${year(notice)}年${r.int(6, 12)}月 |`);
      }
      for (const l of lines.slice(0, -1)) { parts.push(l); size += Buffer.byteLength(l) + 1; }
      push(lines[lines.length - 1]);
    } else if (kind < 0.34) {
      // numbered item: 1. 第12项“title”。filler（牵头单位：…）
      const t = r.pick(withUnits);
      stats.unitLists++;
      push(`${item}. ${cite(t)}。${fill(r, r.pick(FILLER))}。${unitList(r, t, r.chance(0.2) ? 'half' : 'full', stats)}`);
    } else if (kind < 0.50) {
      // prose citing one task, units as a phrase
      const t = r.pick(withUnits);
      stats.unitLists++;
      push(`${fill(r, r.pick(FILLER))}，按照${r.chance(0.3) ? '《任务》' : ''}${cite(t)}要求，${unitList(r, t, 'phrase', stats)}，${fill(r, r.pick(FILLER))}。`);
    } else if (kind < 0.58) {
      // range
      const a = r.int(1, T.length - 8), b = a + r.int(2, 8);
      stats.citations++; stats.ranges++;
      const sep = r.pick(['—', '—', '-', '至']);
      push(`第${a}${sep}${b}项${r.pick(notice.sectionTitles)}任务，按职责做好配合。${fill(r, r.pick(FILLER))}。`);
    } else if (kind < 0.66) {
      // list 第5、6项 with a responsible-unit list
      const a = r.int(1, T.length - 3);
      const ts = [T[a - 1], T[a]];
      stats.citations++; stats.lists++; stats.unitLists++;
      const units = [...new Set(ts.flatMap(t => t.leads))];
      push(`${cn(section)}是做好第${a}、${a + 1}项${r.pick(['相关工作', '任务落实', '配合工作'])}。${fill(r, r.pick(FILLER))}。（责任单位：${units.join('、') || dept}）`);
    } else if (kind < 0.72) {
      // 文号 references: the declared notice (some with [2023]), external documents, another indexed notice
      const w = r.next();
      if (w < 0.4) {
        stats.docNumbers++;
        const bracket = r.chance(0.35);
        if (bracket) stats.bracketDocNumbers++;
        const d = bracket ? dn.replace('〔', '[').replace('〕', ']') : dn;
        push(`根据${d}文件要求，${fill(r, r.pick(FILLER))}，${fill(r, r.pick(FILLER))}。`);
      } else if (w < 0.7 || !other) {
        stats.external++; stats.citations++;
        push(`依据《关于推动高质量发展的若干意见》（${r.pick(EXTERNAL_REFS)}）第${r.int(1, 30)}条，${fill(r, r.pick(FILLER))}。`);
      } else {
        stats.crossNotice++; stats.citations++; stats.docNumbers++;
        const t = r.pick(other.tasks.filter(x => x.leads.length));
        push(`同时按照${other.docNumber}第${t.number}项要求，${fill(r, r.pick(FILLER))}${unitList(r, t, 'full', stats)}`);
      }
    } else if (kind < 0.74) {
      // out of range / unknown task
      stats.citations++; stats.outOfRange++;
      push(`做好第${T.length + r.int(1, 9)}项${r.pick(['安全生产', '统计监测', '宣传引导'])}工作，${fill(r, r.pick(FILLER))}。`);
    } else if (kind < 0.80) {
      // two citations in one paragraph, grouped
      const t1 = r.pick(withUnits), t2 = r.pick(withUnits);
      stats.unitLists++;
      push(`${fill(r, r.pick(FILLER))}。统筹推进${cite(t1)}和${cite(t2)}，${fill(r, r.pick(FILLER))}${unitList(r, t1, 'full', stats)}`);
    } else {
      // plain prose, no citation
      const n = r.int(2, 5);
      const ss = [];
      for (let k = 0; k < n; k++) ss.push(fill(r, r.pick(FILLER)));
      push(ss.join('，') + '。');
    }
  }
  return { text: parts.join('\n'), stats };
}

function year(n) { return n.year; }

// ───────── CLI ─────────
export const DRAFT_SIZES = { '10K': 10 * 1024, '100K': 100 * 1024, '1M': 1024 * 1024 };

/** Writes `count` notices (n0001.md…) and the drafts (draft-10K.md…, citing notice 1 and, explicitly, notice 2). */
export function writeData(dir, count = 1000, seed = 20230301) {
  mkdirSync(path.join(dir, 'notices'), { recursive: true });
  const notices = [];
  for (let i = 1; i <= count; i++) {
    const n = generateNotice(i, seed);
    writeFileSync(path.join(dir, 'notices', `n${String(i).padStart(4, '0')}.md`), n.text);
    notices.push(n);
  }
  const drafts = {};
  for (const [k, b] of Object.entries(DRAFT_SIZES)) {
    const d = generateDraft(notices[0], b, seed, notices[1]);
    writeFileSync(path.join(dir, `draft-${k}.md`), d.text);
    drafts[k] = d;
  }
  return { notices, drafts };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (k, d) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : d; };
  const out = path.resolve(arg('--out', 'bench/tmp/data'));
  const t0 = performance.now();
  const { notices, drafts } = writeData(out, Number(arg('--notices', 1000)), Number(arg('--seed', 20230301)));
  console.log(`${notices.length} notices, drafts ${Object.entries(drafts).map(([k, d]) => `${k}: ${Buffer.byteLength(d.text)} B, ${d.stats.citations} citations`).join('; ')} → ${out} (${(performance.now() - t0).toFixed(0)} ms)`);
}
