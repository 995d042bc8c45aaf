/** Tree views: notices → sections → tasks, and units → their lead / cooperating tasks. Data from the server. */
import * as vscode from 'vscode';

const t = vscode.l10n.t;

export interface TaskInfo { number: number; title: string; section: string; leads: string[]; cooperating: string[]; range: { start: { line: number; character: number } } }
export interface NoticeInfo {
  uri: string; id: string; docNumber?: string; title?: string; taskListTitle?: string; bundled: boolean;
  sections: { label: string; title: string; tasks: number[] }[];
  tasks: TaskInfo[];
  units: { name: string; leadTasks: number[]; cooperatingTasks: number[] }[];
}

type Node =
  | { kind: 'notice'; notice: NoticeInfo }
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

abstract class Base implements vscode.TreeDataProvider<Node> {
  protected readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  protected cache: Promise<NoticeInfo[]> | undefined;
  constructor(protected readonly fetch: () => Promise<NoticeInfo[]>) {}
  refresh(): void { this.cache = undefined; this.emitter.fire(undefined); }
  protected notices(): Promise<NoticeInfo[]> { return (this.cache ??= this.fetch()); }
  abstract getChildren(node?: Node): Promise<Node[]>;
  abstract getTreeItem(node: Node): vscode.TreeItem;
}

export class TaskTreeProvider extends Base {
  filter = '';
  setFilter(q: string): void { this.filter = q.trim(); this.emitter.fire(undefined); }
  private matches(task: TaskInfo): boolean {
    const q = this.filter;
    return !q || String(task.number) === q || task.title.includes(q) || task.leads.some(u => u.includes(q)) || task.cooperating.some(u => u.includes(q));
  }
  async getChildren(node?: Node): Promise<Node[]> {
    const ns = await this.notices();
    if (!node) return ns.length === 1 ? this.sectionsOf(ns[0]) : ns.map(n => ({ kind: 'notice' as const, notice: n }));
    if (node.kind === 'notice') return this.sectionsOf(node.notice);
    if (node.kind === 'section') return node.tasks.map(k => node.notice.tasks.find(x => x.number === k)).filter((x): x is TaskInfo => !!x && this.matches(x)).map(task => ({ kind: 'task' as const, notice: node.notice, task }));
    return [];
  }
  private sectionsOf(n: NoticeInfo): Node[] {
    if (!n.sections.length) return n.tasks.filter(x => this.matches(x)).map(task => ({ kind: 'task' as const, notice: n, task }));
    return n.sections.filter(s => s.tasks.some(k => { const x = n.tasks.find(y => y.number === k); return x && this.matches(x); }))
      .map(s => ({ kind: 'section' as const, notice: n, label: `${s.label}、${s.title}`, tasks: s.tasks }));
  }
  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'notice') {
      const item = new vscode.TreeItem(node.notice.docNumber ?? node.notice.title ?? node.notice.uri, vscode.TreeItemCollapsibleState.Expanded);
      item.description = node.notice.taskListTitle ?? node.notice.title;
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
}

export class UnitTreeProvider extends Base {
  async getChildren(node?: Node): Promise<Node[]> {
    const ns = await this.notices();
    const n = ns.find(x => !x.bundled) ?? ns[0];
    if (!n) return [];
    if (!node) return [...n.units].sort((a, b) => b.leadTasks.length - a.leadTasks.length || a.name.localeCompare(b.name, 'zh')).map(unit => ({ kind: 'unit' as const, notice: n, unit }));
    if (node.kind === 'unit') {
      const tasks = (ks: number[], role: 'lead' | 'cooperating') => ks.map(k => node.notice.tasks.find(x => x.number === k)).filter((x): x is TaskInfo => !!x).map(task => ({ kind: 'task' as const, notice: node.notice, task, role }));
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
