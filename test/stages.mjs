// Stages of `npm test` after the node:test suites: every test/stages/*.mjs exports { name, cmd: [..], env? }
// (and optionally order). Each stage's process must print `N passed, N failed` as its last such line.
import { readdirSync } from 'node:fs';
import path from 'node:path';

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), 'stages');
const mods = await Promise.all(readdirSync(dir).filter(f => f.endsWith('.mjs')).sort().map(f => import(path.join(dir, f))));
export const stages = mods.map(m => m.default ?? m.stage).filter(Boolean).sort((a, b) => (a.order ?? 50) - (b.order ?? 50));
