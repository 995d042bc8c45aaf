/**
 * The set of indexed notices: each parsed once, with its unit registry and search structures, looked up by
 * 发文字号, title or id. Adapters feed it text (the core never reads files); updating one notice re-parses that
 * notice alone and bumps `version`, which invalidates cached draft analyses.
 */
import { parseNotice, ParsedNotice, Task } from './notice';
import { TaskSearch } from './search';
import { UnitRegistry } from './units';

export interface IndexedNotice {
  /** Stable id: the notice's uri. */
  id: string;
  uri: string;
  notice: ParsedNotice;
  /**
   * Built on first use, once per notice (and alias set): a workspace of a thousand notices is indexed whole but a
   * draft cites a few of them.
   */
  readonly units: UnitRegistry;
  readonly search: TaskSearch;
  readonly byNumber: Map<number, Task>;
  /** Normalised titles (full title, task-list title) → this notice. */
  titleKeys: string[];
  /** Shipped with the extension (the embedded default). */
  bundled: boolean;
  /** Highest task number: for `第N项` bound checks. */
  readonly maxTask: number;
}

export interface DocNumberParts { issuer: string; year: number; serial: number }

/** `聊政办字〔2023〕3号`, `聊政办字[2023]3号`, `聊政办字（2023）03号` → parts; undefined when not a 文号. */
export function parseDocNumber(s: string): DocNumberParts | undefined {
  const m = /([\u4e00-\u9fff]{1,12})[ \t]{0,3}[〔\[［(（【][ \t]{0,3}((?:19|20)\d{2})[ \t]{0,3}[〕\]］)）】][ \t]{0,3}第?[ \t]{0,3}(\d{1,5})[ \t]{0,3}号/.exec(s);
  if (!m) return undefined;
  return { issuer: m[1], year: Number(m[2]), serial: Number(m[3]) };
}

export function docNumberKey(p: DocNumberParts): string { return `${p.issuer}|${p.year}|${p.serial}`; }

/** Normalised form for comparing titles: no white space, no quotes or brackets of either width. */
export function titleKey(s: string): string {
  return String(s ?? '').replace(/[\s\u3000“”"「」『』‘’'《》〈〉<>()（）*#]/g, '');
}

/**
 * An index entry. Its unit registry, number map and keyword search are built when first read; the registry is
 * dropped when the user aliases change.
 */
class Entry implements IndexedNotice {
  readonly id: string;
  readonly titleKeys: string[];
  private registry: UnitRegistry | undefined;
  private numbers: Map<number, Task> | undefined;
  private finder: TaskSearch | undefined;
  constructor(readonly uri: string, readonly notice: ParsedNotice, readonly bundled: boolean, private readonly aliases: () => Record<string, string>) {
    this.id = uri;
    this.titleKeys = [notice.title, notice.taskListTitle].filter((x): x is string => !!x).map(titleKey);
  }
  get units(): UnitRegistry { return this.registry ??= new UnitRegistry(this.notice, this.aliases()); }
  resetUnits(): void { this.registry = undefined; }
  get byNumber(): Map<number, Task> {
    if (!this.numbers) {
      this.numbers = new Map();
      for (const t of this.notice.tasks) {
        if (!this.numbers.has(t.number)) this.numbers.set(t.number, t);
        if (t.number > this.max) this.max = t.number;
      }
    }
    return this.numbers;
  }
  get search(): TaskSearch { return this.finder ??= new TaskSearch(this.notice.tasks); }
  /** Found while the number map is built. */
  get maxTask(): number { void this.byNumber; return this.max; }
  private max = 0;
}

export class NoticeIndex {
  private readonly notices = new Map<string, Entry>();
  private readonly byDocKey = new Map<string, IndexedNotice>();
  private readonly byTitle = new Map<string, IndexedNotice>();
  private defaultId: string | undefined;
  private defaultSpec = '';
  /** Bumped on every change; part of cache keys of draft analyses. */
  version = 0;

  constructor(private aliases: Record<string, string> = {}) {}

  /** Parses (or re-parses) one notice. */
  set(uri: string, text: string, bundled = false): IndexedNotice {
    const entry = new Entry(uri, parseNotice(uri, text), bundled, () => this.aliases);
    this.notices.set(uri, entry);
    this.invalidate();
    return entry;
  }

  delete(uri: string): boolean {
    const had = this.notices.delete(uri);
    if (had) this.invalidate();
    return had;
  }

  clear(): void { this.notices.clear(); this.invalidate(); }

  /** User aliases changed: registries are rebuilt (from the parsed notice) when next read. */
  setAliases(aliases: Record<string, string>): void {
    this.aliases = aliases ?? {};
    for (const e of this.notices.values()) e.resetUnits();
    this.version++;
  }

  /** `spec` is a 文号, a title or a uri; empty: the first non-bundled notice, else the bundled one. */
  setDefault(spec: string | undefined): void { this.defaultSpec = spec ?? ''; this.invalidate(); }

  get(id: string): IndexedNotice | undefined { return this.notices.get(id); }
  all(): IndexedNotice[] { return [...this.notices.values()]; }
  get size(): number { return this.notices.size; }

  default(): IndexedNotice | undefined { this.ensure(); return this.defaultId ? this.notices.get(this.defaultId) : undefined; }

  byDocNumber(parts: DocNumberParts): IndexedNotice | undefined {
    this.ensure();
    const exact = this.byDocKey.get(docNumberKey(parts));
    if (exact) return exact;
    // A draft may run the issuer code into preceding words (根据聊政办字〔2023〕3号): match by suffix.
    for (const [issuer, e] of this.byYearSerial.get(`${parts.year}|${parts.serial}`) ?? []) if (parts.issuer.endsWith(issuer)) return e;
    return undefined;
  }

  byTitleText(title: string): IndexedNotice | undefined { this.ensure(); return this.byTitle.get(titleKey(title)); }

  /** Resolve a user's spec (文号, title or uri) to a notice. */
  find(spec: string): IndexedNotice | undefined { this.ensure(); return this.findRaw(spec); }
  private findRaw(spec: string): IndexedNotice | undefined {
    if (!spec) return undefined;
    const byId = this.notices.get(spec);
    if (byId) return byId;
    const p = parseDocNumber(spec);
    if (p) return this.byDocNumber(p);
    return this.byTitleText(spec) ?? this.all().find(e => e.uri.endsWith(spec));
  }

  private dirty = true;
  private readonly byYearSerial = new Map<string, [string, IndexedNotice][]>();
  /** Lookups are rebuilt lazily, once after a batch of changes (indexing N notices stays O(N)). */
  private invalidate(): void { this.version++; this.dirty = true; }
  private ensure(): void { if (this.dirty) this.reindex(); }
  private reindex(): void {
    this.dirty = false;
    this.byDocKey.clear();
    this.byTitle.clear();
    this.byYearSerial.clear();
    for (const e of this.notices.values()) {
      const p = e.notice.docNumber ? parseDocNumber(e.notice.docNumber) : undefined;
      if (p && !this.byDocKey.has(docNumberKey(p))) this.byDocKey.set(docNumberKey(p), e);
      if (p) { const k = `${p.year}|${p.serial}`; const l = this.byYearSerial.get(k); if (l) l.push([p.issuer, e]); else this.byYearSerial.set(k, [[p.issuer, e]]); }
      for (const k of e.titleKeys) if (!this.byTitle.has(k)) this.byTitle.set(k, e);
    }
    const spec = this.defaultSpec ? this.findRaw(this.defaultSpec) : undefined;
    const first = this.all().find(e => !e.bundled && e.notice.taskCount) ?? this.all().find(e => e.notice.taskCount) ?? this.all()[0];
    this.defaultId = (spec ?? first)?.id;
  }
}
