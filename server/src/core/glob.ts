/** Minimal glob → RegExp (`**`, `*`, `?`, `{a,b}`, `[…]`), linear-time, for notice globs in the config. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let i = 0;
  let braces = 0;
  const g = glob.replace(/\\/g, '/');
  while (i < g.length) {
    const c = g[i];
    if (c === '*') {
      if (g[i + 1] === '*') {
        const slash = g[i + 2] === '/';
        re += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 3 : 2;
        continue;
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') { braces++; re += '(?:'; }
    else if (c === '}' && braces > 0) { braces--; re += ')'; }
    else if (c === ',' && braces > 0) re += '|';
    else if (c === '[') {
      const e = g.indexOf(']', i + 1);
      if (e > i) { re += '[' + g.slice(i + 1, e).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']'; i = e + 1; continue; }
      re += '\\[';
    } else re += c.replace(/[.+^$()|\\]/g, '\\$&');
    i++;
  }
  while (braces-- > 0) re += ')';
  return new RegExp('^' + re + '$');
}

/** The literal directory part of a glob (where a walk can start). */
export function globBase(glob: string): string {
  const parts = glob.replace(/\\/g, '/').split('/');
  const out: string[] = [];
  for (const p of parts) { if (/[*?{[]/.test(p)) break; out.push(p); }
  if (out.length === parts.length) out.pop();
  return out.join('/') || '.';
}
