/**
 * Entry point VS Code's extension host calls (extensionTestsPath → out/test/integration/suite/index.js).
 * PD_SUITE=installed runs the checks of an extension installed from the .vsix; anything else the development suite.
 */
import * as fs from 'fs';
import * as path from 'path';
// mocha 12's main is an ES module re-exporting lib/mocha.cjs: take the class from the CommonJS build directly.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Mocha = require('mocha/lib/mocha.cjs') as typeof import('mocha');

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, reporter: 'spec' });
  // mocha's ✔/✖ come from log-symbols, coloured whenever CI is set: plain ones keep the relayed log plain.
  Object.assign(Mocha.reporters.Base.symbols, { ok: '✔', err: '✖' });
  const installed = process.env.PD_SUITE === 'installed';
  const files = fs.readdirSync(__dirname)
    .filter(f => f.endsWith('.test.js') && (f === 'installed.test.js') === installed)
    .sort();
  if (process.env.PD_GREP) mocha.grep(process.env.PD_GREP);
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    try {
      mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve()));
    } catch (e) { reject(e); }
  });
}
