/**
 * The config file (`policy-draft.json` at the workspace root), read by the server and the CLI alike. This module
 * only validates an already-parsed value (adapters read and JSON.parse it): wrong types are reported, not thrown.
 */
import { isRuleId, RuleSettings } from './rules';
import type { CitationStyle } from './format';

export const CONFIG_FILE = 'policy-draft.json';

export interface Config {
  /** Globs (relative to the config file) of notice files; the word "bundled" stands for the embedded notice. */
  notices: string[];
  /** 文号, title or path of the notice citations bind to by default. */
  defaultNotice?: string;
  /** alias → the notice's name. */
  aliases: Record<string, string>;
  rules: RuleSettings;
  citationStyle: CitationStyle;
  /** Files larger than this (bytes) are not indexed or checked. */
  maxFileSize: number;
  /** Read notice files outside the workspace (absolute paths, ..). Off by default. */
  allowOutsideWorkspace: boolean;
}

export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;

export function defaultConfig(): Config {
  return { notices: ['bundled'], aliases: {}, rules: {}, citationStyle: 'number-title', maxFileSize: DEFAULT_MAX_FILE_SIZE, allowOutsideWorkspace: false };
}

export interface ConfigProblem { path: string; message: { zh: string; en: string } }

const SEVERITIES = ['off', 'error', 'warning', 'information', 'hint'];

/** Merges `raw` over the defaults; every value of the wrong type is skipped with a problem. */
export function validateConfig(raw: unknown, base: Config = defaultConfig()): { config: Config; problems: ConfigProblem[] } {
  const config: Config = { ...base, aliases: { ...base.aliases }, rules: { ...base.rules }, notices: [...base.notices] };
  const problems: ConfigProblem[] = [];
  const bad = (path: string, zh: string, en: string) => problems.push({ path, message: { zh, en } });
  if (raw === undefined || raw === null) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    bad('', '配置应为 JSON 对象', 'The configuration must be a JSON object');
    return { config, problems };
  }
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) {
    if (!['$schema', 'notices', 'defaultNotice', 'aliases', 'rules', 'citationStyle', 'maxFileSize', 'allowOutsideWorkspace'].includes(k)) bad(k, `未知的配置项“${k}”`, `Unknown setting “${k}”`);
  }
  if (r.notices !== undefined) {
    if (typeof r.notices === 'string') config.notices = [r.notices];
    else if (Array.isArray(r.notices) && r.notices.every(x => typeof x === 'string')) config.notices = r.notices as string[];
    else bad('notices', 'notices 应为字符串数组（通知文件的 glob）', 'notices must be an array of strings (globs of notice files)');
  }
  if (r.defaultNotice !== undefined) {
    if (typeof r.defaultNotice === 'string') config.defaultNotice = r.defaultNotice || undefined;
    else bad('defaultNotice', 'defaultNotice 应为字符串（文号、标题或路径）', 'defaultNotice must be a string (文号, title or path)');
  }
  if (r.aliases !== undefined) {
    if (r.aliases && typeof r.aliases === 'object' && !Array.isArray(r.aliases)) {
      for (const [k, v] of Object.entries(r.aliases as Record<string, unknown>)) {
        if (typeof v === 'string') config.aliases[k] = v;
        else bad(`aliases.${k}`, `别名“${k}”的值应为字符串`, `Alias “${k}” must map to a string`);
      }
    } else bad('aliases', 'aliases 应为对象：{"别名": "通知中的名称"}', 'aliases must be an object: {"alias": "name in the notice"}');
  }
  if (r.rules !== undefined) {
    if (r.rules && typeof r.rules === 'object' && !Array.isArray(r.rules)) {
      for (const [k, v] of Object.entries(r.rules as Record<string, unknown>)) {
        if (!isRuleId(k)) bad(`rules.${k}`, `未知的规则“${k}”`, `Unknown rule “${k}”`);
        else if (typeof v !== 'string' || !SEVERITIES.includes(v)) bad(`rules.${k}`, `规则“${k}”的级别应为 ${SEVERITIES.join('/')}`, `Rule “${k}” takes one of ${SEVERITIES.join('/')}`);
        else (config.rules as Record<string, string>)[k] = v;
      }
    } else bad('rules', 'rules 应为对象：{"规则": "级别"}', 'rules must be an object: {"rule": "severity"}');
  }
  if (r.citationStyle !== undefined) {
    if (r.citationStyle === 'number-title' || r.citationStyle === 'number') config.citationStyle = r.citationStyle;
    else bad('citationStyle', 'citationStyle 应为 "number-title" 或 "number"', 'citationStyle must be "number-title" or "number"');
  }
  if (r.maxFileSize !== undefined) {
    if (typeof r.maxFileSize === 'number' && r.maxFileSize > 0 && Number.isFinite(r.maxFileSize)) config.maxFileSize = r.maxFileSize;
    else bad('maxFileSize', 'maxFileSize 应为正数（字节）', 'maxFileSize must be a positive number (bytes)');
  }
  if (r.allowOutsideWorkspace !== undefined) {
    if (typeof r.allowOutsideWorkspace === 'boolean') config.allowOutsideWorkspace = r.allowOutsideWorkspace;
    else bad('allowOutsideWorkspace', 'allowOutsideWorkspace 应为 true 或 false', 'allowOutsideWorkspace must be true or false');
  }
  return { config, problems };
}

/** Parses JSON text (comments allowed, as VS Code allows in settings files) without throwing. */
export function parseJsonc(text: string): { value?: unknown; error?: string } {
  try {
    const stripped = stripJsonComments(text.replace(/^\uFEFF/, ''));
    return { value: JSON.parse(stripped) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

function stripJsonComments(s: string): string {
  let out = '', i = 0, inStr = false;
  while (i < s.length) {
    const c = s[i];
    if (inStr) { out += c; if (c === '\\') { out += s[i + 1] ?? ''; i += 2; continue; } if (c === '"') inStr = false; i++; continue; }
    if (c === '"') { inStr = true; out += c; i++; continue; }
    if (c === ',') {
      // A trailing comma (before } or ]) is dropped; commas inside strings never reach here.
      let k = i + 1;
      while (k < s.length && /\s/.test(s[k])) k++;
      if (s[k] === '}' || s[k] === ']') { i++; continue; }
    }
    if (c === '/' && s[i + 1] === '/') { while (i < s.length && s[i] !== '\n') i++; continue; }
    if (c === '/' && s[i + 1] === '*') { const e = s.indexOf('*/', i + 2); i = e < 0 ? s.length : e + 2; continue; }
    out += c; i++;
  }
  return out;
}
