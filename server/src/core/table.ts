/**
 * Markdown and tab-separated tables: rows split into cells, separator rows, and what a column holds by its
 * header. Shared by the draft scanner (任务分解表) and the notice parser (a notice whose tasks are a table).
 */

export interface Cell { start: number; end: number; text: string }

/**
 * JavaScript's white space (`\s`), by code: tested per character when trimming cells, where a regex call per
 * character showed in profiles.
 */
export function isWs(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Only `|`, `:`, `-` and white space in [s, e): a row that may be a separator (most rows fail at once). */
export function onlySepChars(f: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) { const c = f.charCodeAt(i); if (c !== 124 && c !== 58 && c !== 45 && !isWs(c)) return false; }
  return true;
}

/** The cells of a tab-separated row, trimmed. */
export function splitTsvRow(text: string, lineStart: number, lineEnd: number): Cell[] {
  const cells: Cell[] = [];
  let start = lineStart;
  for (let i = lineStart; i <= lineEnd; i++) {
    if (i === lineEnd || text.charCodeAt(i) === 9) {
      let s = start, e = i;
      while (s < e && isWs(text.charCodeAt(s))) s++;
      while (e > s && isWs(text.charCodeAt(e - 1))) e--;
      cells.push({ start: s, end: e, text: text.slice(s, e) });
      start = i + 1;
    }
  }
  while (cells.length && cells[cells.length - 1].text === '') cells.pop();
  return cells;
}

export function splitRow(text: string, lineStart: number, lineEnd: number): Cell[] {
  const cells: Cell[] = [];
  let i = lineStart;
  while (i < lineEnd && (text[i] === ' ' || text[i] === '\t')) i++;
  if (text[i] === '|') i++;
  let start = i;
  for (; i <= lineEnd; i++) {
    if (i === lineEnd || (text[i] === '|' && text[i - 1] !== '\\')) {
      let s = start, e = i;
      while (s < e && isWs(text.charCodeAt(s))) s++;
      while (e > s && isWs(text.charCodeAt(e - 1))) e--;
      if (!(i === lineEnd && start === lineEnd)) cells.push({ start: s, end: e, text: text.slice(s, e) });
      start = i + 1;
    }
  }
  if (cells.length && cells[cells.length - 1].text === '' && /\|\s*$/.test(text.slice(lineStart, lineEnd))) cells.pop();
  return cells;
}

/** Cells of a table row [lineStart, lineEnd): the block split compares a row with the table before it. */
export function rowCellCount(text: string, lineStart: number, lineEnd: number): number { return splitRow(text, lineStart, lineEnd).length; }

/** A Markdown separator row (| --- | :---: |). */
export function isSeparatorRow(f: string, s: number, e: number): boolean {
  return onlySepChars(f, s, e) && /^\|?:?-{2,}:?(?:\|:?-{2,}:?)*\|?$/.test(f.slice(s, e).replace(/\s/g, ''));
}

/** `firstLeads`: responsible units, the first of which leads (责任单位（排在第一位的为牵头单位）). */
export type ColKind = 'number' | 'title' | 'lead' | 'responsible' | 'firstLeads' | 'cooperating' | 'counter' | 'other'
  // A table organised by unit (| 单位 | 牵头任务 | 配合任务 |): the unit of the row, the tasks it leads, those it joins.
  | 'subject' | 'leadTasks' | 'coopTasks';

/** What a column holds, from its header (序号, 任务名称, 牵头单位, 配合单位, 责任单位…). */
export function columnKind(header: string): ColKind {
  const h = header.replace(/[\s*`]/g, '');
  if (/^(?:序号|序|编号序号|No\.?|#)$/i.test(h)) return 'counter';
  // People (牵头市领导, 责任人), counts of tasks per unit (牵头任务（项）, 任务数): no units, no task numbers. Nor a
  // body's own departments (区内责任部门, 局内责任科室), which no notice lists.
  if (/领导|责任人|联系人|[(（]项[)）]|数量|个数|任务数|项数|完成数|数$|得分|扣分|分值|^(?:区内|局内|委内|内部|本单位)|科室|^整改/.test(h)) return 'other';
  // A unit's tasks (| 单位 | 牵头任务 | 配合任务 |: 第66、67项): task numbers, by role.
  if (/^(?:牵头|主责)的?(?:任务|事项|项目|工作)$/.test(h)) return 'leadTasks';
  if (/^(?:配合|参与|协同|协办)的?(?:任务|事项|项目|工作)$/.test(h)) return 'coopTasks';
  if (/^负责的?(?:任务|事项|项目)$/.test(h)) return 'number';
  // 责任单位（排在第一位的为牵头单位）; not 牵头单位（第一责任单位）, a column of leads.
  if (/^(?:责任|负责|承办|实施)/.test(h) && /牵头/.test(h) && /第一|首位|首个/.test(h)) return 'firstLeads';
  if (/协同配合|配合|参与|协办|协同/.test(h)) return 'cooperating';
  if (/牵头|主要责任|主责|主办/.test(h)) return 'lead';
  if (/责任单位|责任部门|负责单位|承办单位|责任主体/.test(h)) return 'responsible';
  if (/任务编号|任务序号|对应任务|任务号|编号|对应条目|条目|对应事项|项次/.test(h)) return 'number';
  // The notice's own numbering: 通知序号, 原文序号, 文件序号, 对应通知任务, 对应文件任务.
  if (/^(?:通知|原文|文件|原通知|通知中的?)序号$|^对应(?:通知|文件)(?:任务|条目|事项)?$/.test(h)) return 'number';
  if (/任务名称|重点任务|工作任务|任务内容|主要任务|具体任务|任务事项|任务|事项|名称/.test(h)) return 'title';
  // Headers that name the work itself only when they are all the header says (not 重点工作进展情况).
  if (/^(?:工作内容|重点工作|主要工作|工作事项|主要内容)$/.test(h)) return 'title';
  return 'other';
}

/** The kinds of a header row's columns; 责任单位 next to a 配合单位 column and no 牵头单位 one holds the leads. */
export function columnKinds(headers: readonly Cell[]): ColKind[] {
  const k = headers.map(c => columnKind(c.text));
  // Division columns (牵头科室 | 配合科室（单位）) with no column of units beside them: a department's table of its
  // own divisions' tasks, where they are the units (beside 牵头单位 they are the writer's own, no units to check).
  if (!k.some(x => x === 'lead' || x === 'responsible' || x === 'firstLeads' || x === 'cooperating')) {
    headers.forEach((c, j) => { const h = c.text.replace(/[\s*`]/g, ''); if (DIVISION_COLUMN.test(h)) k[j] = columnKind(h.replace(/科室|处室/, '单位')); });
  }
  if (k.includes('cooperating') && !k.includes('lead')) for (let j = 0; j < k.length; j++) if (k[j] === 'responsible') k[j] = 'lead';
  // Beside columns of a unit's tasks by role, the column of units (单位, 责任单位, 部门) names the row's unit.
  if (k.includes('leadTasks') || k.includes('coopTasks')) {
    const j = headers.findIndex(c => /^(?:责任|牵头|承办|承担|被考核|被督查|被考评|考核|督查)?(?:单位|部门)(?:名称)?$/.test(c.text.replace(/[\s*`]/g, '')));
    if (j >= 0) k[j] = 'subject';
  }
  return k;
}

const DIVISION_COLUMN = /^(?:牵头|配合|协办|主办|责任|参与)(?:科室|处室)/;

/** A cell that repeats the one above it (同上, 〃): in drafts and in notices' task tables. */
export const DITTO = /^(?:同上|〃|同前|″)$/;
