/**
 * The rules: stable ids shared by the language server (diagnostic `code`), the CLI (text/JSON/SARIF) and the
 * config file (`rules: { id: severity | "off" }`). Adding a rule starts here (see ARCHITECTURE.md).
 */
import type { Severity } from './types';

export const RULES = {
  'unknown-task': {
    severity: 'error',
    zh: '引用的任务编号在所绑定的通知中不存在', en: 'The cited task number does not exist in the bound notice',
  },
  'title-mismatch': {
    severity: 'error',
    zh: '引号中的任务名称与所引编号的任务不符（属于另一项任务或不存在）', en: 'The quoted title is not the cited task’s (it is another task’s, or none)',
  },
  'title-variant': {
    severity: 'information',
    zh: '引号中的任务名称与通知的写法相近但不一致（改写了个别字词）', en: 'The quoted title is close to the cited task’s but not as the notice writes it',
  },
  'wrong-lead-unit': {
    severity: 'error',
    zh: '列为牵头单位，但不牵头所引的任何任务', en: 'Listed as lead unit, but leads none of the cited tasks',
  },
  'cooperating-unit-as-lead': {
    severity: 'warning',
    zh: '配合单位被写成了牵头单位', en: 'A cooperating unit is listed as lead',
  },
  'missing-lead-unit': {
    severity: 'warning',
    zh: '所引任务的牵头单位未列全', en: 'A lead unit of the cited task is left out',
  },
  'unknown-unit': {
    severity: 'warning',
    zh: '不是通知中的单位，也不是已知别名', en: 'Not a unit of the notice nor a known alias',
  },
  'non-canonical-unit': {
    severity: 'information',
    zh: '单位名称应与通知的写法一致（简称、全称或旧称）', en: 'Use the notice’s form of the unit name (not an alias, full or old name)',
  },
  'doc-number-format': {
    severity: 'warning',
    zh: '发文字号的年份应使用六角括号〔〕，序号不加“第”字、不编虚位（GB/T 9704-2012）', en: 'A document number’s year takes hexagonal brackets 〔〕, its serial no 第 and no leading zero (GB/T 9704-2012)',
  },
} as const satisfies Record<string, { severity: Severity; zh: string; en: string }>;

export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];
export type RuleSetting = Severity | 'off';
export type RuleSettings = Partial<Record<RuleId, RuleSetting>>;

export function isRuleId(s: string): s is RuleId { return Object.prototype.hasOwnProperty.call(RULES, s); }

export function effectiveSeverity(rule: RuleId, settings: RuleSettings | undefined): RuleSetting {
  const s = settings?.[rule];
  return s ?? RULES[rule].severity;
}
