/**
 * Unit registry of one notice: every distinct unit with its lead and cooperating tasks, spelling variants folded
 * into the notice's majority form, and resolution of any name a drafter may write (alias, full name, informal
 * short name, user alias) to that unit. Pure; built once per notice.
 */
import { classMembers, COLLECTIVE_RE, coreClass, DROPPED_PREFIXES, LEVEL_PREFIXES, NAME_REWRITES, OTHER_BODIES, variantKey } from './aliases';
import { looksLikeUnit } from './annotation';
import type { ParsedNotice } from './notice';

export interface Unit {
  /** Canonical name: the form the notice uses most (first seen on a tie). */
  name: string;
  /** Other names that resolve to it: variants in the notice, built-in aliases, user aliases. */
  aliases: string[];
  leadTasks: number[];
  cooperatingTasks: number[];
  collective: boolean;
}

export type ResolveVia = 'exact' | 'variant' | 'alias' | 'user-alias';
export interface Resolved { unit: Unit; via: ResolveVia }

interface Split { prefix: string; core: string }

/**
 * Bodies and the second nameplates they commonly carry (加挂牌子, after the 2018–2019 reforms): 市场监管局 is also
 * 知识产权局, 自然资源和规划局 林业局, 发展改革委 能源局, 委组织部 公务员局, 委宣传部 新闻出版局 / 版权局, 委统战部
 * 民族宗教局, 农业农村局 乡村振兴局, 卫生健康委 中医药管理局. By core, after the level (市/县/区/省).
 */
const SECOND_NAMEPLATES: [RegExp, string[]][] = [
  [/^(?:市场监督管理局|市场监管局)$/, ['知识产权局']],
  [/^(?:自然资源和规划局|自然资源局)$/, ['林业局']],
  [/^(?:发展改革委|发展和改革委员会|发改委|发展和改革局|发展改革局)$/, ['能源局']],
  [/^委组织部$/, ['公务员局']],
  [/^委宣传部$/, ['新闻出版局', '版权局']],
  [/^委统战部$/, ['民族宗教局', '民族宗教事务局']],
  [/^农业农村局$/, ['乡村振兴局']],
  [/^(?:卫生健康委|卫生健康委员会|卫生健康局)$/, ['中医药管理局']],
];

/** The writer's own body, not a unit any notice lists (我局, 本单位). */
const OWN_BODY = /^(?:我|本)(?:局|委|办|厅|单位|部门|中心|科室|院|处|室)/;

export class UnitRegistry {
  readonly units: Unit[] = [];
  private readonly byName = new Map<string, { unit: Unit; via: ResolveVia }>();
  private readonly byKey = new Map<string, Unit>();
  private readonly byClass = new Map<number, { unit: Unit; prefix: string }[]>();
  private readonly byCore = new Map<string, { unit: Unit; prefix: string }[]>();
  private readonly resolveCache = new Map<string, Resolved | null>();

  /** The notice's issuer as a draft may write it before one of the issuer's divisions (洛阳市教育局, 市教育局). */
  private readonly issuerNames: string[] = [];

  constructor(notice: ParsedNotice, userAliases: Record<string, string> = {}, readonly place?: string) {
    this.place = place ?? notice.place;
    const iss = notice.issuer ? clean(notice.issuer) : '';
    if (iss && !/政府|办公室|办公厅/.test(iss)) { this.issuerNames.push(iss); const short = iss.replace(/^[\u4e00-\u9fff]{2,3}?(?=[市县区])/, ''); if (short !== iss) this.issuerNames.push(short); }
    // Count each written form; group forms by variant key.
    const groups = new Map<string, { forms: Map<string, number>; order: number; lead: Set<number>; coop: Set<number> }>();
    let order = 0;
    // A unit written with its second nameplate (市市场监管局（市知识产权局）): the body named first; the whole form and
    // the nameplate are its aliases (below), so a draft may write either, or the first name alone.
    const plates = new Map<string, string>();
    const touch = (written: string, task: number, lead: boolean) => {
      let name = written;
      const last = written.charCodeAt(written.length - 1);
      const two = last === 41 || last === 0xff09 ? BRACKETED.exec(clean(written)) : null;
      if (two && looksLikeUnit(two[1]) && looksLikeUnit(two[2])) { name = two[1]; plates.set(written, name); plates.set(two[0], name); plates.set(two[2], name); }
      const key = variantKey(name);
      let g = groups.get(key);
      if (!g) { g = { forms: new Map(), order: order++, lead: new Set(), coop: new Set() }; groups.set(key, g); }
      g.forms.set(name, (g.forms.get(name) ?? 0) + 1);
      (lead ? g.lead : g.coop).add(task);
    };
    for (const t of notice.tasks) {
      for (const u of t.leads) touch(u.name, t.number, true);
      for (const u of t.cooperating) touch(u.name, t.number, false);
    }
    for (const g of [...groups.values()].sort((a, b) => a.order - b.order)) {
      const best = bestForm(g.forms);
      const unit: Unit = {
        name: best, aliases: [...g.forms.keys()].filter(f => f !== best),
        leadTasks: [...g.lead].sort((a, b) => a - b), cooperatingTasks: [...g.coop].sort((a, b) => a - b),
        // A body's own division named by its notice (组织人事科 in 市教育局's own notice) is a unit of it, no collective.
        collective: COLLECTIVE_RE.test(best) || OWN_BODY.test(best),
      };
      this.units.push(unit);
      this.byName.set(best, { unit, via: 'exact' });
      for (const a of unit.aliases) this.byName.set(a, { unit, via: 'variant' });
      this.byKey.set(variantKey(best), unit);
      const bk = branchKey(best);
      if (bk) this.byKey.set(bk, unit);
      const sp = splitName(best);
      for (const s of sp) {
        const cls = coreClass(s.core);
        if (cls !== undefined) push(this.byClass, cls, { unit, prefix: s.prefix });
        push(this.byCore, variantKey(s.core), { unit, prefix: s.prefix });
      }
    }
    // Second nameplates: aliases of their body, unless the notice lists that name as a unit of its own.
    for (const [form, name] of plates) {
      const r = this.byName.get(name);
      if (!r || this.byName.has(form)) continue;
      this.byName.set(form, { unit: r.unit, via: 'variant' });
      r.unit.aliases.push(form);
      this.nameplates.add(form);
    }
    // Second nameplates bodies commonly carry (市市场监管局 is also 市知识产权局): names of the body, unless the notice
    // lists a unit by that name.
    for (const unit of this.units) {
      const m = /^([市县区省])(.+)$/.exec(unit.name);
      if (!m) continue;
      for (const [host, plates] of SECOND_NAMEPLATES) {
        if (!host.test(m[2])) continue;
        for (const pl of plates) {
          const name = m[1] + pl;
          if (this.byName.has(name)) continue;
          this.byName.set(name, { unit, via: 'variant' });
          this.nameplates.add(name);
        }
      }
    }
    // Built-in aliases for the listing: the same-class cores with the unit's prefix.
    for (const unit of this.units) {
      const extra = new Set<string>();
      for (const s of splitName(unit.name)) {
        if (coreClass(s.core) === undefined) continue;
        for (const m of classMembers(s.core)) if (s.prefix + m !== unit.name) extra.add(s.prefix + m);
        if (this.place && s.prefix === '市') extra.add(this.place + s.core);
      }
      for (const [from, to] of NAME_REWRITES) if (unit.name.startsWith(to)) extra.add(from + unit.name.slice(to.length));
      for (const e of extra) if (!unit.aliases.includes(e) && !this.byName.has(e)) unit.aliases.push(e);
    }
    for (const [alias, target] of Object.entries(userAliases ?? {})) {
      if (typeof alias !== 'string' || typeof target !== 'string') continue;
      const r = this.resolveBuiltin(clean(target));
      if (r) {
        this.byName.set(clean(alias), { unit: r.unit, via: 'user-alias' });
        if (!r.unit.aliases.includes(alias)) r.unit.aliases.push(alias);
      }
    }
  }

  get(name: string): Unit | undefined { return this.byName.get(name)?.unit; }

  /** Names the notice itself writes a unit by besides its own: its second nameplate (市知识产权局), or both together. */
  readonly nameplates = new Set<string>();

  /** Resolves a name as a drafter wrote it to a unit of this notice, or undefined. Cached. */
  resolve(raw: string): Resolved | undefined {
    const direct = this.byName.get(raw);
    if (direct) return direct;
    // Cached under the name as written too: the scanner asks about the same words before 牵头 again and again.
    const seen = this.resolveCache.get(raw);
    if (seen !== undefined) return seen ?? undefined;
    const name = clean(raw);
    const hit = this.resolveCache.get(name);
    const r = hit !== undefined ? hit ?? undefined : this.byName.get(name) ?? this.resolveBuiltin(name);
    if (this.resolveCache.size > 50_000) this.resolveCache.clear();
    this.resolveCache.set(name, r ?? null);
    if (raw !== name) this.resolveCache.set(raw, r ?? null);
    return r;
  }

  private resolveBuiltin(name: string): Resolved | undefined {
    const exact = this.byName.get(name);
    if (exact) return exact;
    const byKey = this.byKey.get(variantKey(name));
    if (byKey) return { unit: byKey, via: 'variant' };
    for (const [from, to] of NAME_REWRITES) {
      if (name.startsWith(from)) {
        const r = this.resolveBuiltin(to + name.slice(from.length));
        if (r) return { unit: r.unit, via: 'alias' };
      }
    }
    const bk = branchKey(name);
    const branch = bk ? this.byKey.get(bk) : undefined;
    if (branch) return { unit: branch, via: 'alias' };
    // 原市安监局: a body by its former name, the body now (its name as written is informal).
    if (name.charCodeAt(0) === 0x539f /* 原 */ && name.length >= 4) { const r = this.resolveBuiltin(name.slice(1)); if (r) return { unit: r.unit, via: 'alias' }; }
    for (const p of DROPPED_PREFIXES) {
      if (name.startsWith(p) && name.length - p.length >= 2) {
        const r = this.resolveBuiltin(name.slice(p.length));
        if (r) return { unit: r.unit, via: 'alias' };
      }
    }
    // prefix + core, the core looked up by class (发改委 ~ 发展改革委) or spelling key; prefixes must agree.
    const found = new Set<Unit>();
    for (const s of splitName(name, this.place)) {
      const cls = coreClass(s.core);
      const cands = cls !== undefined ? this.byClass.get(cls) ?? [] : this.byCore.get(variantKey(s.core)) ?? [];
      for (const c of cands) if (prefixesAgree(s.prefix, c.prefix)) found.add(c.unit);
    }
    if (found.size === 1) return { unit: [...found][0], via: 'alias' };
    // The notice's issuer before one of its own divisions (市教育局组织人事科 in 市教育局's notice to its 科室).
    for (const p of this.issuerNames) {
      if (name.length > p.length + 1 && name.startsWith(p)) { const r = this.byName.get(name.slice(p.length)); if (r) return { unit: r.unit, via: 'alias' }; }
    }
    // A second nameplate in brackets (市发展改革委（市能源局）): the body named first. A bracket naming the same
    // body again (市发展和改革委员会（市发改委）) is that body too; one naming another unit of the notice is no name.
    const two = name.charCodeAt(name.length - 1) === 41 ? BRACKETED.exec(name) : null;
    if (two && looksLikeUnit(two[2])) {
      const r = this.resolveBuiltin(two[1]);
      const inner = r && this.resolveBuiltin(two[2]);
      if (r && (!inner || inner.unit === r.unit)) return { unit: r.unit, via: 'alias' };
    }
    return undefined;
  }

  /**
   * The name before a second nameplate (`市发展改革委` in `市发展改革委（市能源局）`): the bracket holds a unit-like name
   * that is no unit of the notice. Undefined for any other name.
   */
  /** A body's own name that may stand in brackets after another's (聊城市能源局), not a name this notice's units go by (市发改委). */
  isNameplate(raw: string): boolean { const n = clean(raw); return looksLikeUnit(n) && (this.nameplates.has(n) || !this.resolveBuiltin(n)); }

  secondNameplate(raw: string): string | undefined {
    const last = raw.charCodeAt(raw.length - 1);
    if (last !== 41 && last !== 0xff09) return undefined; // no closing bracket at the end: the common case, no work
    const two = BRACKETED.exec(clean(raw));
    if (!two || !looksLikeUnit(two[2])) return undefined;
    const outer = this.resolveBuiltin(two[1]);
    if (!outer) return undefined;
    // A nameplate the notice does not know, or one of this body's own (市发展改革委（市能源局）).
    const inner = this.resolveBuiltin(two[2]);
    return !inner || (this.nameplates.has(two[2]) && inner.unit === outer.unit) ? two[1] : undefined;
  }

  /**
   * When `name` is a lower-level body's version of a notice unit (冠县工业和信息化局 ~ 市工业和信息化局), that
   * unit; the name is then *not* the unit, but a message can say which one was probably meant.
   */
  otherLevelOf(raw: string): Unit | undefined {
    const name = clean(raw);
    // 冠县水利局, 东昌府区…; also a level alone, as a county's own documents write its bodies (县水利局).
    const m = /^([\u4e00-\u9fff]{0,5}?(?:自治县|县级市|县|区|市|旗))(.{2,})$/.exec(name);
    if (!m) return undefined;
    if (this.place && m[1] === this.place) return undefined;
    if (m[1].startsWith('市') || m[1].startsWith('原')) return undefined;
    const r = this.resolveBuiltin('市' + m[2]);
    return r?.unit;
  }

  /**
   * A city body by its name (市统计局, 聊城市审计局: the city's level and a body's core the built-in lists know), whether
   * or not this notice names it.
   */
  isCityBody(raw: string): boolean {
    const name = clean(raw);
    for (const s of splitName(name, this.place)) if (s.prefix === '市' && (coreClass(s.core) !== undefined || OTHER_BODIES.has(s.core))) return true;
    return false;
  }

  /** Up to `k` canonical names nearest to `name` (character-bigram Dice), best first. */
  suggest(raw: string, k = 3): string[] {
    const key = `${k}|${raw}`;
    const hit = this.suggestCache.get(key);
    if (hit) return hit;
    const res = this.computeSuggest(raw, k);
    if (this.suggestCache.size > 10_000) this.suggestCache.clear();
    this.suggestCache.set(key, res);
    return res;
  }
  private readonly suggestCache = new Map<string, string[]>();

  /**
   * The informal names of this notice's units a drafter may write anywhere (市发改委, 市住建局, 市工商局, 人行聊城市中心支行),
   * for the prose outside unit lists: a built-in alias no longer than the notice's own name and not a full name
   * (委员会, 办公室…: 聊城市发展和改革委员会 heads letters), and every user alias: one regex of literal alternatives
   * (longest first, so the longest form at a place matches), or undefined when there is none. Built once.
   */
  informalForms(): RegExp | undefined {
    if (this.informal !== null) return this.informal;
    const byFirst = new Map<string, Set<string>>();
    for (const u of this.units) {
      if (u.collective) continue;
      for (const al of u.aliases) {
        if (al.length < 3 || al === u.name) continue;
        const r = this.resolve(al);
        if (!r || r.unit !== u) continue;
        if (r.via !== 'user-alias' && (r.via !== 'alias' || al.length > u.name.length || !/^(?:市|人行)/.test(al) || /委员会|办公室|人民政府|管理局$/.test(al))) continue;
        let set = byFirst.get(al[0]);
        if (!set) byFirst.set(al[0], (set = new Set()));
        set.add(al.slice(1));
      }
    }
    // Literal alternatives only, grouped by their first character (a quick test per place), longest first.
    const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    const source = [...byFirst].map(([c, rest]) => `${esc(c)}(?:${[...rest].sort((x, y) => y.length - x.length).map(esc).join('|')})`).join('|');
    return (this.informal = source ? new RegExp(source, 'g') : undefined);
  }
  private informal: RegExp | undefined | null = null;

  /** A name without its place (聊城市, 聊城) or level (市, 县…) in front and its kind (局, 委…) behind. */
  private bodyOf(name: string): string {
    let s = name;
    const p = this.place;
    if (p && s.startsWith(p)) s = s.slice(p.length);
    else if (p && p.length > 2 && s.startsWith(p.slice(0, -1))) s = s.slice(p.length - 1); // 聊城 of 聊城市
    if (s.length > 1 && (s[0] === '市' || s[0] === '县' || s[0] === '区' || s[0] === '省')) s = s.slice(1);
    if (s.length > 1 && /[局委办厅]$/.test(s)) s = s.slice(0, -1);
    return s || name;
  }

  private computeSuggest(raw: string, k: number): string[] {
    const name = clean(raw);
    const a = bigrams(name);
    const scored: [number, string][] = [];
    // A people's organisation is never another name of a department: 市工商联 is not 市工商局 (市市场监管局). Each
    // form is compared only when the two kinds agree (or one name says neither).
    const kind = bodyKind(name);
    // Two names alike only in their place (聊城大学, 聊城海关), level or kind (…局) are not alike: what they call the
    // body must share a character (科创委 and 科技局 do).
    const body = this.bodyOf(name);
    const shares = (form: string) => { const o = this.bodyOf(form); for (const ch of body) if (o.includes(ch)) return true; return false; };
    const apart = (form: string) => { const k = bodyKind(form); return (kind !== '' && k !== '' && k !== kind) || !shares(form); };
    for (const u of this.units) {
      if (u.collective) continue;
      let best = apart(u.name) ? 0 : dice(a, bigrams(u.name));
      if (best < 0.3) best = 0;
      // An alias (an informal or old name) must be nearer: 市招商局 is not 市工商局, so not 市市场监管局.
      for (const al of u.aliases) { if (apart(al)) continue; const d = dice(a, bigrams(al)); if (d >= 0.45) best = Math.max(best, d * 0.95); }
      if (best >= 0.3) scored.push([best, u.name]);
    }
    scored.sort((x, y) => y[0] - x[0] || x[1].localeCompare(y[1]));
    return scored.slice(0, k).map(s => s[1]);
  }
}

/**
 * What kind of body a name ends like: a department (…局, …委, …办, …厅, …委员会) or a people's organisation (…联,
 * …协, …会: 市工商联, 市科协, 市总工会, 市贸促会); '' when the name says neither.
 */
function bodyKind(name: string): 'dept' | 'org' | '' {
  const last = name[name.length - 1];
  if (last === '局' || last === '委' || last === '办' || last === '厅' || name.endsWith('委员会') || name.endsWith('办公室')) return 'dept';
  if (last === '联' || last === '协' || last === '会') return 'org';
  return '';
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) { if (!a.includes(v)) a.push(v); } else m.set(k, [v]);
}

/**
 * A unit's name in a notice: the form it is written in most often (the first such), among the forms with the same
 * variantKey, counted in task order (leads, then cooperating units). Also used by the tree's filter (search.ts).
 */
export function bestForm(forms: Map<string, number>): string {
  let best = '', bestN = -1;
  for (const [form, n] of forms) if (n > bestN) { best = form; bestN = n; }
  return best;
}

/** `X（Y）` with neither part bracketed again. */
const BRACKETED = /^([^()]{2,30})\(([^()]{2,20})\)$/;

export function clean(name: string): string {
  return String(name ?? '').replace(/[\s\u3000]+/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

/** Every plausible (prefix, core) reading of a name: `市发改委` → ('市','发改委') and ('','市发改委'). */
function splitName(name: string, place?: string): Split[] {
  const out: Split[] = [{ prefix: '', core: name }];
  // The place's level is the prefix its name stands for (聊城市商务局 → 市商务局, 山东省科技厅 → 省科技厅).
  const level = place && /[省县区]$/.test(place) ? place[place.length - 1] : '市';
  if (place && name.startsWith(place) && name.length > place.length + 1) out.push({ prefix: level, core: name.slice(place.length) });
  if (place) {
    const bare = place.replace(/[市省县区]$/, '');
    if (bare.length >= 2 && name.startsWith(bare) && !name.startsWith(place) && name.length > bare.length + 1) out.push({ prefix: level, core: name.slice(bare.length) });
  }
  for (const p of LEVEL_PREFIXES) {
    if (name.startsWith(p) && name.length > p.length + 1) out.push({ prefix: p === '国家' ? '' : p, core: name.slice(p.length) });
  }
  return out;
}

function prefixesAgree(a: string, b: string): boolean {
  return a === b || a === '' || b === '';
}

/** Character-bigram Dice similarity of two strings (0…1). */
export function similarity(a: string, b: string): number { return dice(bigrams(a), bigrams(b)); }

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) { const g = s.slice(i, i + 2); m.set(g, (m.get(g) ?? 0) + 1); }
  if (s.length === 1) m.set(s, 1);
  return m;
}
function dice(a: Map<string, number>, b: Map<string, number>): number {
  let inter = 0, na = 0, nb = 0;
  for (const v of a.values()) na += v;
  for (const v of b.values()) nb += v;
  for (const [g, v] of a) { const w = b.get(g); if (w) inter += Math.min(v, w); }
  return na + nb === 0 ? 0 : (2 * inter) / (na + nb);
}

/**
 * The key under which a bank branch's usual short forms meet its full name: 人行聊城中支, 人民银行聊城市中支 and
 * 人民银行聊城中心支行 are 人民银行聊城市中心支行 (中支 = 中心支行; the place's 市 is often left out). A key never
 * equals a unit's variantKey (it starts with a mark), or undefined for any other name.
 */
function branchKey(name: string): string | undefined {
  const m = /^(?:中国人民银行|人民银行|人行)(.{1,8}?)市?(中心支行|中支|分行|支行|营业管理部)$/.exec(name);
  return m ? `#人民银行${m[1]}${m[2] === '中支' ? '中心支行' : m[2]}` : undefined;
}
