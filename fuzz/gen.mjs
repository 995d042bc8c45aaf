// Input generation for fuzz/run.mjs. Every input is a pure function of (seed, i): a failure is reproduced by
// `node fuzz/run.mjs --seed S --only i`, and a killed worker's input is rebuilt in the main thread.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const SEED_TEXT = readFileSync(path.join(ROOT, 'seeds', 'liaozhengbanzi-2023-3.md'), 'utf8');
const SAMPLE_DIR = path.join(ROOT, 'seeds', 'samples');
export const SAMPLES = readdirSync(SAMPLE_DIR).sort().map(f => readFileSync(path.join(SAMPLE_DIR, f), 'utf8'));
const SOURCES = [SEED_TEXT, ...SAMPLES];
const PARAGRAPHS = SOURCES.flatMap(s => s.split(/\n\s*\n/)).filter(p => p.trim());

/** sfc32 seeded from (seed, i) via splitmix-style mixing: independent, reproducible streams. */
export function rng(seed, i) {
  let h = (seed ^ 0x9e3779b9) >>> 0, g = (i * 0x85ebca6b + 0xc2b2ae35) >>> 0;
  const mix = () => { h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0; h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0; h = (h ^ (h >>> 16) ^ g) >>> 0; g = (g + 0x6d2b79f5) >>> 0; return h; };
  let a = mix(), b = mix(), c = mix(), d = mix();
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0; c = (c << 21) | (c >>> 11); d = (d + 1) | 0; t = (t + d) | 0; c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let k = 0; k < 12; k++) next();
  const r = {
    next,
    int: n => Math.floor(next() * n),
    range: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: arr => arr[Math.floor(next() * arr.length)],
    chance: p => next() < p,
  };
  return r;
}

const CJK = [...'的一是在不了有和人中大为上个国我以要时来用们生到作地于出就分对成会可主发年动同工也能下过子产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又利比或但质气第向道命此变条只没结解问意建月公无系很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞牵项'];
const ASCII = [...'abcdefgXYZ0123456789 .,;:()[]{}|#-*_/\\"\'<>=!?+&%$@~`\t'];
const PUNCT = [...'，。、；：！？（）【】《》〈〉“”‘’「」『』〔〕［］—–～·…\u3000０１２３４５６７８９ｘ＃｜'];
const WEIRD = ['𠮷', '😀', '𪚥', '\u{20000}', '\uD83D', '\uDE00', '\u0000', '\u0001', '\u001b', '\u200b', '\u200e', '\u2028', '\u2029', '\uFEFF', '\uFFFD', '\u0085', '\r', '\n', '\r\n', '\f', '\v'];
export const FRAGMENTS = [
  '第12项', '第1项', '第107项', '第二十八项', '第一至八项', '第5、6项', '第1—106项', '第100—120项', '第999999999999项', '第1—999999999999项', '第一百零七项',
  '第12项“加强“两高”行业管控”', '第28项“加强大中型灌区续建配套与现代化改造”', '第1项「加强实验室布局提升」', '任务12', '重点任务24', '第', '项', '条', '至', '—',
  '（牵头单位：市科技局）', '（牵头单位：市商务局）', '（牵头单位：市发改委；配合单位：市交通运输局）', '（责任单位：市科技局、市财政局）', '（市科技局牵头，市财政局配合）',
  '（市科技局会同有关部门负责，排在第一位的部门为牵头部门，下同）', '牵头单位：', '配合单位：', '由市商务局牵头', '由市发改委牵头，市交通局配合', '市科技局牵头', '牵头',
  '（', '）', '(', ')', '〔', '〕', '[', ']', '|', '、', '，', '。', '；', '：', '“', '”', '"', '《', '》', '#', '*', '**',
  '聊政办字〔2023〕3号', '聊政办字[2023]3号', '聊政办字（2023）3号', '鲁政办字〔2023〕5号', '国发〔2022〕18号', '〔2023〕', '2023年3月1日', '二〇二三年三月一日',
  '《聊城市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务》', '（以下简称《任务》）', '《任务》', '以下简称', '下称', '“任务”',
  '<!-- policy-draft: notice=聊政办字〔2023〕3号 -->', '<!--', '-->', '<p>', '</p>', '<br/>', '— 3 —', '- 12 -',
  '1. ', '2. ', '12. ', '一、', '二十、', '（一）', '（十二）', '## ', '# ', '### 一、', '**1.**', '  ', '\t',
  '| 任务编号 | 牵头单位 | 配合单位 |\n|---|---|---|\n', '| 21 | 市交通运输局、市发展改革委 | |\n', '|---|---|', '| 序号 | 任务名称 |\n| --- | --- |\n',
  '加强实验室布局提升', '市工业和信息化局', '市发展改革委', '市生态环境局', '冠县工业和信息化局', '各县（市、区）人民政府', '有关部门',
];

function chars(r, n) {
  let s = '';
  for (let k = 0; k < n; k++) {
    const p = r.next();
    s += p < 0.5 ? r.pick(CJK) : p < 0.7 ? r.pick(ASCII) : p < 0.9 ? r.pick(PUNCT) : r.pick(WEIRD);
  }
  return s;
}

const at = (r, s) => r.int(s.length + 1);

const MUTATORS = [
  ['truncate', (r, s) => { const k = at(r, s); return r.chance(0.7) ? s.slice(0, k) : s.slice(k); }],
  ['chars', (r, s) => { const k = at(r, s); return s.slice(0, k) + chars(r, r.range(1, 20)) + s.slice(k); }],
  ['fragment', (r, s) => { let out = s; for (let n = r.range(1, 4); n > 0; n--) { const k = at(r, out); out = out.slice(0, k) + r.pick(FRAGMENTS) + out.slice(k); } return out; }],
  ['delete', (r, s) => { const k = at(r, s); return s.slice(0, k) + s.slice(k + r.range(1, 200)); }],
  ['duplicate', (r, s) => { const a = at(r, s), b = Math.min(s.length, a + r.range(1, 300)), k = at(r, s); return s.slice(0, k) + s.slice(a, b) + s.slice(k); }],
  ['splice', (r, s) => { const o = r.pick(SOURCES), a = at(r, o), k = at(r, s); return s.slice(0, k) + o.slice(a, a + r.range(1, 800)) + s.slice(k); }],
  ['brackets', (r, s) => { const k = at(r, s), n = r.range(1, 60); const open = r.pick(['（', '(', '【', '〔', '《', '“', '「']); const close = { '（': '）', '(': ')', '【': '】', '〔': '〕', '《': '》', '“': '”', '「': '」' }[open]; const v = r.int(4); const ins = v === 0 ? open.repeat(n) : v === 1 ? close.repeat(n) : v === 2 ? open.repeat(n) + r.pick(FRAGMENTS) + close.repeat(n) : (open + close).repeat(n); return s.slice(0, k) + ins + s.slice(k); }],
  ['eol', (r, s) => { const e = r.pick(['\r\n', '\r', '\n\n', '\u2028', '\n \n']); return r.chance(0.5) ? s.replace(/\r?\n/g, e) : s.replace(/\n/, e); }],
  ['join', (r, s) => { const a = at(r, s), b = Math.min(s.length, a + r.range(10, 3000)); return s.slice(0, a) + s.slice(a, b).replace(/[\r\n]+/g, r.pick(['', ' ', '。'])) + s.slice(b); }],
  ['number', (r, s) => s.replace(/\d+/, () => r.pick(['999999999999', '0', '00', '９９', '一百零七', '9007199254740993', '1e9', '-1', '１２']))],
  ['table', (r, s) => {
    const cols = r.range(1, 8), rows = r.range(0, 60);
    const head = '| ' + Array.from({ length: cols }, () => r.pick(['任务编号', '任务名称', '牵头单位', '配合单位', '责任单位', '序号', '完成时限', '对应任务', ''])).join(' | ') + ' |\n';
    const sep = '|' + Array.from({ length: cols }, () => r.pick(['---', ':--', '--:', ' --- ', '-'])).join('|') + '|\n';
    let body = '';
    for (let k = 0; k < rows; k++) body += '| ' + Array.from({ length: cols }, () => r.pick([String(r.range(0, 120)), r.pick(FRAGMENTS), chars(r, r.range(0, 6)), '市科技局、市财政局', '第12项', '1—8', ''])).join(' | ') + (r.chance(0.8) ? ' |' : '') + '\n';
    const k = at(r, s); return s.slice(0, k) + '\n' + head + (r.chance(0.85) ? sep : '') + body + s.slice(k);
  }],
  ['fullwidth', (r, s) => { const a = at(r, s), b = Math.min(s.length, a + r.range(1, 200)); return s.slice(0, a) + s.slice(a, b).replace(/[!-~]/g, c => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) + s.slice(b); }],
  ['repeat', (r, s) => { const a = at(r, s), b = Math.min(s.length, a + r.range(1, 40)), k = at(r, s); return s.slice(0, k) + s.slice(a, b).repeat(r.range(2, 100)) + s.slice(k); }],
  ['swapLines', (r, s) => { const ls = s.split('\n'); for (let n = r.range(1, 5); n > 0 && ls.length > 1; n--) { const a = r.int(ls.length), b = r.int(ls.length); [ls[a], ls[b]] = [ls[b], ls[a]]; } return ls.join('\n'); }],
];

/** The i-th random input: a source (snippet, paragraphs or whole) mutated 1–6 times. */
export function generate(seed, i) {
  const r = rng(seed, i);
  let s;
  const p = r.next();
  if (p < 0.82) { const src = r.pick(r.chance(0.5) ? SOURCES : PARAGRAPHS); const a = r.int(src.length); s = src.slice(a, a + r.range(10, 300)); }
  else if (p < 0.985) { const k = r.int(PARAGRAPHS.length); s = PARAGRAPHS.slice(k, k + r.range(1, 3)).join(r.pick(['\n\n', '\n', '\r\n\r\n'])); }
  else if (p < 0.997) s = r.pick(SAMPLES);
  else s = SEED_TEXT;
  if (r.chance(0.03)) s = chars(r, r.range(0, 300));
  const ops = [];
  for (let n = r.range(1, 6); n > 0; n--) {
    const [name, f] = r.pick(MUTATORS);
    ops.push(name);
    s = f(r, s);
    if (s.length > 200_000) s = s.slice(0, 200_000);
  }
  // A second notice for this input's drafts to bind to (1 in 40): a mutated slice of the seed's task list.
  let notice;
  if (r.chance(0.025)) { const a = r.int(SEED_TEXT.length); notice = SEED_TEXT.slice(0, 600) + SEED_TEXT.slice(a, a + r.range(200, 4000)); notice = MUTATORS[r.int(MUTATORS.length)][1](r, notice); }
  return { text: s, ops, notice };
}

/** Special inputs, run once each before the random ones: sizes and shapes that random mutation rarely reaches. */
export function specials() {
  const oneLine = SEED_TEXT.replace(/\r?\n/g, ' ');
  const tableRows = n => '| 序号 | 任务编号 | 任务名称 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- | --- |\n' + Array.from({ length: n }, (_, k) => `| ${k + 1} | ${(k % 106) + 1} | 加强实验室布局提升 | 市科技局、市财政局 | 市商务局 |\n`).join('');
  const tasks = n => '聊政办字〔2023〕3号\n\n' + Array.from({ length: n }, (_, k) => `${k + 1}. 推进第${k + 1}项工作。（牵头单位：市科技局；配合单位：市财政局）`).join('\n');
  return [
    ['10 MB single line (the seed, newlines removed)', () => oneLine.repeat(Math.ceil(10_000_000 / oneLine.length)).slice(0, 10_000_000)],
    ['10 MB single line of prose without citations', () => '发展绿色低碳产业推动高质量发展'.repeat(700_000)],
    ['huge table: 50,000 rows', () => tableRows(50_000)],
    ['wide table: 200 columns × 300 rows', () => { const c = 200; return '|' + ' 牵头单位 |'.repeat(c) + '\n|' + '---|'.repeat(c) + '\n' + ('|' + ' 市科技局 |'.repeat(c) + '\n').repeat(300); }],
    ['第999999999999项 and friends', () => '第999999999999项、第1—999999999999项、第九千九百九十九亿项、第１２项、第9007199254740993项（牵头单位：市科技局）\n'.repeat(200)],
    ['1,000,000 unbalanced （', () => '（'.repeat(1_000_000)],
    ['1,000,000 unbalanced ）', () => '第12项' + '）'.repeat(1_000_000)],
    ['nested brackets 100,000 deep', () => '（'.repeat(100_000) + '牵头单位：市科技局' + '）'.repeat(100_000)],
    ['1,000,000 line breaks (LF, CR, CRLF)', () => '\n'.repeat(400_000) + '\r'.repeat(300_000) + '\r\n'.repeat(150_000)],
    ['the seed ×100 (as notice: 5 MB of duplicate tasks)', () => SEED_TEXT.repeat(100)],
    ['a notice of 20,000 tasks', () => tasks(20_000)],
    ['binary noise 1 MB', () => { let s = ''; let x = 1; for (let k = 0; k < 1_000_000; k++) { x = (x * 1103515245 + 12345) & 0x7fffffff; s += String.fromCharCode(x >>> 15 & 0xffff); } return s; }],
    ['lone surrogates', () => '\uD800第12项\uDC00（牵头单位：\uD83D市科技局）\uDE00'.repeat(10_000)],
  ];
}

/**
 * Shapes for the linear-time check: make(k) grows with k; `fn` says what is timed (the notice parser, or draft
 * analysis + diagnostics). Each targets one loop or regex of the core that could go superlinear.
 */
export const SHAPES = [
  { name: 'seed notice repeated', fn: 'notice', make: k => SEED_TEXT.repeat(k) },
  { name: 'seed as a draft, repeated', fn: 'draft', make: k => SEED_TEXT.repeat(k) },
  { name: 'sample drafts repeated', fn: 'draft', make: k => SAMPLES.join('\n\n').repeat(k) },
  { name: 'one long line of prose with citations', fn: 'draft', make: k => SAMPLES.join(' ').replace(/\r?\n/g, ' ').repeat(k) },
  { name: 'table rows', fn: 'draft', make: k => '| 序号 | 任务编号 | 任务名称 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- | --- |\n' + '| 1 | 21 | 推进铁路建设 | 市交通运输局、市发展改革委 | 市自然资源和规划局 |\n'.repeat(10 * k) },
  { name: 'annotations on one line', fn: 'draft', make: k => '第1项（牵头单位：市科技局）'.repeat(20 * k) },
  { name: 'annotations on one notice line', fn: 'notice', make: k => '1. 甲。' + '（牵头单位：市科技局）'.repeat(20 * k) },
  { name: 'one citation group, many unit lists', fn: 'draft', make: k => '第1—106项、'.repeat(5 * k) + '第1项' + '（牵头单位：市科技局）'.repeat(5 * k) },
  { name: 'many 《 and one 》', fn: 'draft', make: k => '《'.repeat(400 * k) + '》' },
  { name: 'many 下称 without a title', fn: 'draft', make: k => '下称'.repeat(200 * k) },
  { name: 'short title defined, then many open “', fn: 'draft', make: k => '《聊城市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务》（以下简称《任务》）' + '“'.repeat(400 * k) },
  { name: 'label clause with many ；', fn: 'draft', make: k => '第1项牵头单位：' + '市科技局；'.repeat(100 * k) },
  { name: 'bracket with many ；', fn: 'notice', make: k => '1. 甲（牵头单位：' + '市科技局；'.repeat(100 * k) + '）\n2. 乙（牵头单位：市科技局）' },
  { name: 'bracket full of 会同', fn: 'draft', make: k => '第1项（' + '会同'.repeat(200 * k) + '）' },
  { name: 'unbalanced （', fn: 'draft', make: k => '第1项' + '（'.repeat(1000 * k) },
  { name: 'unbalanced （ in a notice', fn: 'notice', make: k => '1. 甲' + '（'.repeat(1000 * k) + '\n2. 乙（牵头单位：市科技局）' },
  { name: 'nested brackets', fn: 'draft', make: k => '（'.repeat(500 * k) + '牵头单位：市科技局' + '）'.repeat(500 * k) },
  { name: 'notice of many tasks', fn: 'notice', make: k => Array.from({ length: 50 * k }, (_, n) => `${n + 1}. 推进第${n + 1}项工作。（牵头单位：市科技局）`).join('\n') },
  { name: 'notice of many sections', fn: 'notice', make: k => Array.from({ length: 20 * k }, (_, n) => `一、部分\n${2 * n + 1}. 甲。（牵头单位：市科技局）\n${2 * n + 2}. 乙。（牵头单位：市商务局）`).join('\n') },
  { name: 'bracketed-style notice', fn: 'notice', make: k => Array.from({ length: 30 * k }, () => '（一）推进工作。（牵头单位：市科技局）').join('\n') },
  { name: 'white space line around a number (page-number test)', fn: 'notice', make: k => '\t'.repeat(50 * k) + '0\t' + '\t'.repeat(50 * k) + '-0\n1. 甲（牵头单位：市科技局）' },
  { name: 'table separator line with padding', fn: 'draft', make: k => '| 任务编号 | 牵头单位 |\n|' + ' '.repeat(50 * k) + '--' + ' '.repeat(50 * k) + ':--\n| 1 | 市科技局 |' },
  { name: 'white space between citation pieces', fn: 'draft', make: k => ('第' + ' '.repeat(20) + '1' + ' '.repeat(20) + '、').repeat(20 * k) + '项' },
  { name: 'titles before bracketed numbers', fn: 'draft', make: k => ('“' + '“甲乙”'.repeat(20) + '”（第1项）').repeat(30 * k) },
  { name: 'a long exclusion run', fn: 'draft', make: k => '第1至9项（' + '第1项、'.repeat(300 * k) + '第2项除外）' },
  { name: 'many exclusions', fn: 'draft', make: k => '第1至9项（第1项除外）'.repeat(200 * k) },
  { name: 'a list of ranges with no 项', fn: 'draft', make: k => '第' + '1—2、'.repeat(200 * k) },
  { name: '第N项、N项 without end', fn: 'draft', make: k => ('第1项、' + '2项、'.repeat(300)).repeat(k) + '3' },
  { name: 'units with role markers', fn: 'draft', make: k => '第1项（责任单位：' + '市科技局（牵头）、市财政局（配合）、'.repeat(50 * k) + '）' },
  { name: 'a label then a long run of spaces', fn: 'draft', make: k => '第1项（牵头单位：市科技局' + ' '.repeat(2000 * k) + '市财政局）' },
  { name: 'a label then a long run of tabs (notice)', fn: 'notice', make: k => '一、总体\n1. 甲任务。（牵头单位：市科技局' + '\t'.repeat(2000 * k) + '市财政局）' },
  { name: 'labels separated by spaces', fn: 'draft', make: k => '第1项（牵头单位：' + '市科技局 配合单位：市财政局 '.repeat(50 * k) + '）' },
  { name: 'many 由 and 牵头', fn: 'draft', make: k => '由'.repeat(100 * k) + '牵头'.repeat(100 * k) },
  { name: 'unit phrases 市科技局牵头，', fn: 'draft', make: k => '第1项' + '市科技局牵头，'.repeat(50 * k) },
  { name: 'task titles after citations', fn: 'draft', make: k => '第1项 加强实验室布局提升 '.repeat(30 * k) },
  { name: 'document numbers on one line', fn: 'draft', make: k => '聊政办字（2023）3号、'.repeat(50 * k) },
  { name: 'document number then white space', fn: 'draft', make: k => '（2023）' + ' '.repeat(500 * k) + '3' },
  { name: 'line breaks only', fn: 'draft', make: k => '\r\n\n\r'.repeat(1000 * k) },
  { name: 'unit-list lines joining the line before', fn: 'draft', make: k => '第1项\n（牵头单位：市科技局）\n'.repeat(30 * k) },
  { name: 'unclosed HTML comment in a notice', fn: 'notice', make: k => '<!--\n' + '1. 甲（牵头单位：市科技局）\n'.repeat(30 * k) },
  { name: 'trailing 。 and white space in titles', fn: 'notice', make: k => '1. ' + '。'.repeat(200 * k) + 'x（牵头单位：市科技局）' },
];
