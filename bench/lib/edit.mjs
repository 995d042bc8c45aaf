/** The k-th variant of a draft line for edit benchmarks: its first task number changed and a full stop toggled,
 * so consecutive variants always differ (a cache miss for that block, every time). */
export function editLine(line, k) {
  return line.replace(/第(\d+)项/, (_m, n) => `第${((Number(n) + k) % 90) + 1}项`) + (k % 2 ? '' : '。');
}
