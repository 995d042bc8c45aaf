/**
 * Loads the configuration and the notice set from disk for a workspace root: shared by the LSP server and the
 * CLI so that both see the same notices and settings.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Config, CONFIG_FILE, ConfigProblem, defaultConfig, parseJsonc, validateConfig } from '../core/config';
import { globBase, globMatcher } from '../core/glob';
import type { NoticeIndex } from '../core/workspace';
import { bundledNoticePath, DecodeError, isDir, isFile, readBytes, readText, walk } from './fsio';
import { docxText } from './docx';

export interface LoadMessage { file: string; level: 'error' | 'warning' | 'info'; zh: string; en: string }

export function findConfig(root: string | undefined): string | undefined {
  if (!root) return undefined;
  const p = path.join(root, CONFIG_FILE);
  return isFile(p) ? p : undefined;
}

export async function loadConfig(file: string | undefined, base: Config = defaultConfig()): Promise<{ config: Config; problems: ConfigProblem[]; error?: string }> {
  if (!file) return { config: base, problems: [] };
  let text: string;
  try { text = (await readText(file, 1024 * 1024)).text; }
  catch (e) { return { config: base, problems: [], error: (e as Error).message }; }
  const parsed = parseJsonc(text);
  if (parsed.error) return { config: base, problems: [], error: `${CONFIG_FILE} 不是有效的 JSON：${parsed.error} / is not valid JSON` };
  return { ...validateConfig(parsed.value, base) };
}

export function fileUri(p: string): string { return pathToFileURL(p).toString(); }

/** Expands the config's notice globs (relative to `root`) to files; `bundled` → the embedded notice. */
export function resolveNoticeFiles(config: Config, root: string | undefined, messages: LoadMessage[]): { file: string; bundled: boolean }[] {
  const out: { file: string; bundled: boolean }[] = [];
  const seen = new Set<string>();
  const add = (file: string, bundled: boolean) => { const k = path.resolve(file); if (!seen.has(k)) { seen.add(k); out.push({ file: k, bundled }); } };
  for (const spec of config.notices.length ? config.notices : ['bundled']) {
    if (spec === 'bundled') { add(bundledNoticePath(), true); continue; }
    const abs = path.isAbsolute(spec);
    const baseDir = root ?? process.cwd();
    const full = abs ? spec : path.join(baseDir, spec);
    const inside = !path.relative(baseDir, full).startsWith('..') && !abs;
    if (!inside && !config.allowOutsideWorkspace && root) {
      messages.push({ file: spec, level: 'warning', zh: `通知路径“${spec}”在工作区之外，已忽略（可设置 allowOutsideWorkspace: true）`, en: `Notice path “${spec}” is outside the workspace and was ignored (set allowOutsideWorkspace: true to allow)` });
      continue;
    }
    if (!/[*?{[]/.test(spec)) {
      if (isFile(full)) add(full, false);
      else messages.push({ file: spec, level: 'warning', zh: `找不到通知文件“${spec}”`, en: `Notice file “${spec}” not found` });
      continue;
    }
    const baseRel = globBase(spec);
    const start = path.isAbsolute(baseRel) ? baseRel : path.join(baseDir, baseRel);
    if (!isDir(start)) { messages.push({ file: spec, level: 'warning', zh: `通知 glob“${spec}”没有匹配的目录`, en: `Notice glob “${spec}” matches no directory` }); continue; }
    const re = globMatcher(abs ? spec : spec.replace(/^\.\//, ''));
    const files = walk(start, rel => re.test(path.relative(baseDir, path.join(start, rel)).split(path.sep).join('/')) || re.test(path.join(start, rel)));
    if (!files.length) messages.push({ file: spec, level: 'info', zh: `通知 glob“${spec}”没有匹配的文件`, en: `Notice glob “${spec}” matches no file` });
    for (const f of files) add(f, false);
  }
  return out;
}

/** A notice file's text: a Word document's (docx.ts, tables as Markdown tables; notices often come as .docx), else decoded. */
export async function readNoticeText(file: string, maxSize: number): Promise<string> {
  return /\.docx$/i.test(file) ? docxText(await readBytes(file, maxSize)) : (await readText(file, maxSize)).text;
}

/** Reads and indexes the notice files; unreadable ones become messages, never exceptions. */
export async function loadNotices(index: NoticeIndex, files: { file: string; bundled: boolean }[], maxSize: number, messages: LoadMessage[]): Promise<void> {
  for (const { file, bundled } of files) {
    try {
      const e = index.set(fileUri(file), await readNoticeText(file, maxSize), bundled);
      if (!e.notice.taskCount) messages.push({ file, level: 'error', zh: `“${path.basename(file)}”不是任务通知：未找到编号任务`, en: `“${path.basename(file)}” is not a notice of tasks: no numbered tasks found` });
    } catch (err) {
      const msg = err instanceof DecodeError ? err.message : String(err);
      messages.push({ file, level: 'error', zh: `无法读取通知“${file}”：${msg}`, en: `Cannot read notice “${file}”: ${msg}` });
    }
  }
}

