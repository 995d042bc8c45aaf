/**
 * Built-in knowledge of unit names, independent of any one notice. A unit name is `prefix + core`: the prefix
 * is the level (`市`, `市委`, `县`…) and the core is the body's name (`发展改革委`). Each class below lists cores
 * that name the same body: the standard short form (规范简称) first, then full names and informal ones. A draft's
 * name resolves to a notice unit when their cores fall in one class and their prefixes agree. Old names from
 * 机构改革 are included where the successor is unambiguous.
 */
export const CORE_CLASSES: readonly (readonly string[])[] = [
  ['发展改革委', '发展和改革委员会', '发展改革委员会', '发改委', '发展改革局', '发展和改革局', '发改局'],
  ['工业和信息化局', '工业信息化局', '工信局', '经济和信息化委员会', '经济和信息化局', '经信委', '经信局'],
  ['人力资源社会保障局', '人力资源和社会保障局', '人社局'],
  ['住房城乡建设局', '住房和城乡建设局', '住建局', '城乡建设局'],
  ['卫生健康委', '卫生健康委员会', '卫生和健康委员会', '卫健委', '卫生计生委', '卫生和计划生育委员会', '卫计委'],
  ['市场监管局', '市场监督管理局', '市监局', '工商局', '工商行政管理局', '质监局', '质量技术监督局', '食品药品监管局', '食品药品监督管理局', '食药监局'],
  ['应急局', '应急管理局', '安监局', '安全生产监督管理局', '安全生产监管局'],
  ['政府办公室', '政府办', '人民政府办公室'],
  ['政府办公厅', '人民政府办公厅'],
  ['自然资源和规划局', '自然资源局', '自规局', '国土资源局', '国土局'],
  ['生态环境局', '环境保护局', '环保局'],
  ['教育体育局', '教育和体育局', '教体局', '教育局'],
  ['文化和旅游局', '文化旅游局', '文旅局'],
  ['交通运输局', '交通局'],
  ['医保局', '医疗保障局'],
  ['地方金融监管局', '地方金融监督管理局', '金融监管局', '金融办', '金融工作办公室'],
  ['国资委', '国有资产监督管理委员会', '国资局', '政府国资委', '人民政府国有资产监督管理委员会'],
  ['投资促进局', '投促局'],
  ['城管局', '城市管理局', '城市管理行政执法局'],
  ['大数据局'],
  ['行政审批局', '行政审批服务局', '审批局'],
  ['农业农村局', '农业局'],
  ['水利局', '水务局'],
  ['科技局', '科学技术局'],
  ['商务局'],
  ['民政局'], ['财政局'], ['司法局'], ['公安局'], ['统计局'],
  ['税务局'],
  ['贸促会', '国际贸易促进委员会'],
  // People's organisations (群团组织): the short form and the full name.
  ['科协', '科学技术协会'],
  ['工商联', '工商业联合会'],
  ['妇联', '妇女联合会'],
  ['残联', '残疾人联合会'],
  ['侨联', '归国华侨联合会'],
  ['文联', '文学艺术界联合会'],
  ['社科联', '社会科学界联合会'],
  ['工业和信息化部', '工信部'],
  ['人力资源社会保障部', '人力资源和社会保障部', '人社部'],
  ['住房城乡建设部', '住房和城乡建设部', '住建部'],
  ['市场监管总局', '国家市场监督管理总局', '市场监督管理总局'],
];

/**
 * Other bodies a city has (cores, without the level), which a notice may leave out: named as a cooperating unit a
 * notice does not list, such a body is an office's own choice of partner, not a misspelt name.
 */
export const OTHER_BODIES: ReadonlySet<string> = new Set([
  '审计局', '民族宗教局', '民族宗教事务局', '退役军人事务局', '信访局', '档案馆', '档案局', '机关事务服务中心', '机关事务管理局',
  '外办', '外事办公室', '粮食和物资储备局', '林业局', '气象局', '地震局', '人防办', '人民防空办公室', '消防救援支队', '供销社',
  '总工会', '红十字会', '融媒体中心', '公共资源交易中心', '大数据中心', '邮政管理局', '通信发展办', '烟草专卖局', '体育局',
  '住房公积金管理中心', '中级人民法院', '人民检察院', '检察院', '国家安全局', '应急管理局', '乡村振兴局', '营商环境服务中心',
  '政务服务管理局', '政务服务中心', '海关', '社会保险事业中心', '疾病预防控制中心', '残疾人联合会', '广播电视台',
]);

/** Whole-name prefixes that expand to a longer form (人行 → 人民银行). Applied before class lookup. */
export const NAME_REWRITES: readonly [string, string][] = [
  ['人行', '人民银行'],
  ['中国人民银行', '人民银行'],
];

/** Leading words of full official names that the short form leaves out: 中共聊城市委组织部, 国家税务总局聊城市税务局. */
export const DROPPED_PREFIXES: readonly string[] = ['中国共产党', '中共', '国家税务总局', '中华人民共和国'];

/** Level prefixes, longest first. `市` is the city level; `市委` the party committee's departments are cores `委…`. */
export const LEVEL_PREFIXES = ['国家', '市', '省', '县', '区'] as const;

/**
 * Names of collectives that are not one unit, a place or its government (冠县, 临清市政府: the county as a whole), and
 * an office of the writer’s own body (局办公室): never flagged as
 * unknown, never suggested. (The writer's own body itself is SELF_RE; isCollective tests both.)
 */
export const COLLECTIVE_RE = /^(?:各|有关|相关|其他|其它|(?:局|委)(?:办公室|机关))|(?:各有关单位|有关部门|有关单位|相关部门|相关单位|各县|各区|县级市|市属开发区|管委会|人民政府|试点城市政府|等部门|等单位|领导小组|领导小组办公室|指挥部|指挥部办公室|工作专班|督查室|督查办)$|^[\u4e00-\u9fff]{1,4}(?:县|区|市|旗)(?:政府)?$|对口(?:部门|单位)|^[市县区省]直(?:各|有关|相关)/;

const classOf = new Map<string, number>();
CORE_CLASSES.forEach((cls, i) => { for (const c of cls) if (!classOf.has(c)) classOf.set(c, i); });

/** The class id of a core, or undefined. */
export function coreClass(core: string): number | undefined { return classOf.get(core); }

/** Every core in the same class as `core` (itself included). */
export function classMembers(core: string): readonly string[] {
  const i = classOf.get(core);
  return i === undefined ? [core] : CORE_CLASSES[i];
}

/**
 * Key under which spelling variants of one name meet: drops connective 和/与/及, white space and the
 * 办公室→办 style abbreviations that notices themselves mix. `市住房和城乡建设局` and `市住房城乡建设局` share a key.
 */
export function variantKey(name: string): string {
  return name.replace(/[\s和与及]/g, '');
}

/**
 * The writer's own body or a division of it: 我局, 本单位, 我委…; 局河湖管理科, 运行管理科 (a bureau splitting its own
 * tasks among its 科室). Who that is, the notice cannot say.
 */
export const SELF_RE = /^(?:我|本)(?:局|委|办|厅|单位|部门|中心|科室|院|处|室)|^(?:办公室|综合科|人事科|财务科)$|^(?:局|委|厅)(?!办公室|机关)[\u4e00-\u9fff]{2,14}(?:科|股|处|室|中心|队)$|^(?![县区省]|聊城|国家|中共)[\u4e00-\u9fff]{2,14}(?:科|股)$/;
