/** A unified diff of two versions of a file, for `check --fix --dry-run`. Line-based, 3 lines of context. */
export function unifiedDiff(name: string, a: string, b: string): string {
  const al = a.split('\n'), bl = b.split('\n');
  // Trim the common head and tail, then diff the middle line by line (fixes change lines in place).
  let head = 0;
  while (head < al.length && head < bl.length && al[head] === bl[head]) head++;
  let ta = al.length - 1, tb = bl.length - 1;
  while (ta >= head && tb >= head && al[ta] === bl[tb]) { ta--; tb--; }
  if (head > ta && head > tb) return '';
  const ops: { t: ' ' | '-' | '+'; s: string; ai: number; bi: number }[] = [];
  if (ta - head === tb - head) {
    for (let k = head; k <= ta; k++) {
      if (al[k] === bl[k]) ops.push({ t: ' ', s: al[k], ai: k, bi: k });
      else { ops.push({ t: '-', s: al[k], ai: k, bi: k }); ops.push({ t: '+', s: bl[k], ai: k, bi: k }); }
    }
  } else {
    for (let k = head; k <= ta; k++) ops.push({ t: '-', s: al[k], ai: k, bi: head });
    for (let k = head; k <= tb; k++) ops.push({ t: '+', s: bl[k], ai: ta + 1, bi: k });
  }
  // Group into hunks with context.
  const out = [`--- a/${name}`, `+++ b/${name}`];
  const changed = ops.map((o, i) => (o.t !== ' ' ? i : -1)).filter(i => i >= 0);
  let i = 0;
  while (i < changed.length) {
    let j = i;
    while (j + 1 < changed.length && changed[j + 1] - changed[j] <= 7) j++;
    const from = changed[i], to = changed[j];
    const firstOp = ops[from];
    const ctxBefore = Math.min(3, firstOp.ai);
    const aStart = firstOp.ai - ctxBefore;
    const lines: string[] = [];
    for (let k = aStart; k < firstOp.ai; k++) lines.push(' ' + al[k].replace(/\r$/, ''));
    let aCount = ctxBefore, bCount = ctxBefore;
    for (let k = from; k <= to; k++) {
      const o = ops[k];
      lines.push(o.t + o.s.replace(/\r$/, ''));
      if (o.t !== '+') aCount++;
      if (o.t !== '-') bCount++;
    }
    // Loops, not Math.max(...xs) / push(...xs): a hunk may hold 100,000 lines, too many for call arguments.
    let lastA = firstOp.ai - 1;
    for (let k = from; k <= to; k++) if (ops[k].t !== '+' && ops[k].ai > lastA) lastA = ops[k].ai;
    for (let k = lastA + 1; k < Math.min(al.length, lastA + 4); k++) { if (k > ta && k <= ta) break; lines.push(' ' + al[k].replace(/\r$/, '')); aCount++; bCount++; }
    const bStart = aStart + (ops[from].bi - ops[from].ai);
    out.push(`@@ -${aStart + 1},${aCount} +${bStart + 1},${bCount} @@`);
    for (const l of lines) out.push(l);
    i = j + 1;
  }
  return out.join('\n') + '\n';
}
