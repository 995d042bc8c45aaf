/**
 * Tree views: notices → sections → tasks, and units → their lead / cooperating tasks. Data from the server, fetched
 * as it is shown: the list of notices first (without tasks), a notice's sections, tasks and units when it is
 * expanded, and the filter's matches from the server. A workspace with 1,000 notices opens the view with one small
 * request instead of every task of every notice.
 */
import * as vscode from 'vscode';

const t = vscode.l10n.t;

export interface TaskInfo { number: number; title: string; section: string; leads: string[]; cooperating: string[]; range: { start: { line: number; character: number } } }
export interface NoticeSummary { uri: string; id: string; docNumber?: string; title?: string; taskListTitle?: string; bundled: boolean; taskCount: number }
export interface NoticeInfo extends NoticeSummary {
  sections: { label: string; title: string; tasks: number[] }[];
  tasks: TaskInfo[];
  units: { name: string; leadTasks: number[]; cooperatingTasks: number[] }[];
}

/** What the trees ask the server (see lsp/main.ts: policyDraft/notices, policyDraft/notice, policyDraft/searchTasks). */
export interface NoticeSource {
  summaries(): Promise<NoticeSummary[]>;
  detail(id: string): Promise<NoticeInfo | undefined>;
  search(query: string): Promise<{ id: string; numbers: number[] }[]>;
}

/** Notices listed expanded when there are at most this many (each expanded one fetches its tasks). */
const EXPAND_AT_MOST = 3;
/** With a filter, notices with matches are listed expanded when there are at most this many. */
const EXPAND_FILTERED_AT_MOST = 20;

export type Node =
  | { kind: 'notice'; notice: NoticeSummary }
  | { kind: 'section'; notice: NoticeInfo; label: string; tasks: number[] }
  | { kind: 'task'; notice: NoticeInfo; task: TaskInfo; role?: 'lead' | 'cooperating' }
  | { kind: 'unit'; notice: NoticeInfo; unit: NoticeInfo['units'][number] };

function taskItem(n: NoticeInfo, task: TaskInfo, role?: string): vscode.TreeItem {
  const item = new vscode.TreeItem(`${task.number}. ${task.title}`, vscode.TreeItemCollapsibleState.None);
  item.description = role ? role : task.leads.join('、');
  item.tooltip = new vscode.MarkdownString(`**${task.number}. ${task.title}**\n\n${t('Lead')}: ${task.leads.join('、') || '—'}${task.cooperating.length ? `\n\n${t('Cooperating')}: ${task.cooperating.join('、')}` : ''}`);
  item.contextValue = 'policyDraft.task';
  item.iconPath = new vscode.ThemeIcon('symbol-field');
  item.command = { command: 'policyDraft.revealTask', title: t('Open task'), arguments: [n.uri, task.range] };
  return item;
}

/** Summaries and details, each fetched once until the next refresh (notices changed). */
export class NoticeCache {
  private list: Promise<NoticeSummary[]> | undefined;
  private details = new Map<string, Promise<NoticeInfo | undefined>>();
  constructor(readonly source: NoticeSource) {}
  clear(): void { this.list = undefined; this.details.clear(); }
  /** A failed request (the server restarting) is not kept: the next call asks again. */
  summaries(): Promise<NoticeSummary[]> {
    const p = this.list ??= this.source.summaries().catch(() => { if (this.list === p) this.list = undefined; return []; });
    return p;
  }
  detail(id: string): Promise<NoticeInfo | undefined> {
    let d = this.details.get(id);
    if (!d) {
      const p: Promise<NoticeInfo | undefined> = this.source.detail(id).catch(() => { if (this.details.get(id) === p) this.details.delete(id); return undefined; });
      this.details.set(id, d = p);
    }
    return d;
  }
}

abstract class Base implements vscode.TreeDataProvider<Node> {
  protected readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  constructor(protected readonly cache: NoticeCache) {}
  refresh(): void { this.emitter.fire(undefined); }
  abstract getChildren(node?: Node): Promise<Node[]>;
  abstract getTreeItem(node: Node): vscode.TreeItem;
}

export class TaskTreeProvider extends Base {
  filter = '';
  /** The filter's matches: notice id → task numbers (from the server, over all notices). */
  private hits: Promise<Map<string, Set<number>>> | undefined;
  setFilter(q: string): void {
    this.filter = q.trim();
    this.hits = this.filter ? this.cache.source.search(this.filter).then(rs => new Map(rs.map(r => [r.id, new Set(r.numbers)])), () => new Map()) : undefined;
    this.emitter.fire(undefined);
  }
  override refresh(): void { if (this.filter) this.setFilter(this.filter); else super.refresh(); }

  async getChildren(node?: Node): Promise<Node[]> {
    const hits = await this.hits;
    if (!node) {
      let ns = await this.cache.summaries();
      if (hits) ns = ns.filter(n => hits.has(n.id));
      this.rootSize = ns.length;
      if (ns.length === 1) { const d = await this.cache.detail(ns[0].id); return d ? this.sectionsOf(d, hits) : []; }
      return ns.map(n => ({ kind: 'notice' as const, notice: n }));
    }
    if (node.kind === 'notice') { const d = await this.cache.detail(node.notice.id); return d ? this.sectionsOf(d, hits) : []; }
    if (node.kind === 'section') {
      const byNumber = new Map(node.notice.tasks.map(x => [x.number, x]));
      return node.tasks.map(k => byNumber.get(k)).filter((x): x is TaskInfo => !!x && this.shown(node.notice, x, hits)).map(task => ({ kind: 'task' as const, notice: node.notice, task }));
    }
    return [];
  }
  private shown(n: NoticeInfo, task: TaskInfo, hits: Map<string, Set<number>> | undefined): boolean { return !hits || !!hits.get(n.id)?.has(task.number); }
  private sectionsOf(n: NoticeInfo, hits: Map<string, Set<number>> | undefined): Node[] {
    if (!n.sections.length) return n.tasks.filter(x => this.shown(n, x, hits)).map(task => ({ kind: 'task' as const, notice: n, task }));
    const mine = hits?.get(n.id);
    if (hits && !mine) return [];
    return n.sections.filter(s => !mine || s.tasks.some(k => mine.has(k)))
      .map(s => ({ kind: 'section' as const, notice: n, label: /[)）]$/.test(s.label) ? `${s.label}${s.title}` : /^[0-9]+$/.test(s.label) ? `${s.label}. ${s.title}` : `${s.label}、${s.title}`, tasks: s.tasks }));
  }
  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'notice') {
      const few = this.rootSize <= (this.filter ? EXPAND_FILTERED_AT_MOST : EXPAND_AT_MOST);
      const item = new vscode.TreeItem(node.notice.docNumber ?? node.notice.title ?? node.notice.uri, few ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.description = node.notice.taskListTitle ?? node.notice.title;
      item.tooltip = t('{0} tasks', String(node.notice.taskCount));
      item.iconPath = new vscode.ThemeIcon('book');
      return item;
    }
    if (node.kind === 'section') {
      const item = new vscode.TreeItem(node.label, this.filter ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.description = t('{0} tasks', String(node.tasks.length));
      item.iconPath = new vscode.ThemeIcon('list-tree');
      return item;
    }
    if (node.kind === 'task') return taskItem(node.notice, node.task);
    return new vscode.TreeItem('');
  }
  /** How many notices the root lists (set when it is fetched, before their items are asked for). */
  private rootSize = 0;
}

export class UnitTreeProvider extends Base {
  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      const ns = await this.cache.summaries();
      const s = ns.find(x => !x.bundled) ?? ns[0];
      const n = s && await this.cache.detail(s.id);
      if (!n) return [];
      return [...n.units].sort((a, b) => b.leadTasks.length - a.leadTasks.length || a.name.localeCompare(b.name, 'zh')).map(unit => ({ kind: 'unit' as const, notice: n, unit }));
    }
    if (node.kind === 'unit') {
      const byNumber = new Map(node.notice.tasks.map(x => [x.number, x]));
      const tasks = (ks: number[], role: 'lead' | 'cooperating') => ks.map(k => byNumber.get(k)).filter((x): x is TaskInfo => !!x).map(task => ({ kind: 'task' as const, notice: node.notice, task, role }));
      return [...tasks(node.unit.leadTasks, 'lead'), ...tasks(node.unit.cooperatingTasks, 'cooperating')];
    }
    return [];
  }
  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'unit') {
      const item = new vscode.TreeItem(node.unit.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = t('leads {0}, cooperates on {1}', String(node.unit.leadTasks.length), String(node.unit.cooperatingTasks.length));
      item.iconPath = new vscode.ThemeIcon('organization');
      return item;
    }
    if (node.kind === 'task') return taskItem(node.notice, node.task, node.role === 'lead' ? t('lead') : t('cooperating'));
    return new vscode.TreeItem('');
  }
}
