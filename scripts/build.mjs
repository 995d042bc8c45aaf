// Bundles the client, the language server and the CLI with esbuild. tsc only type-checks (npm run typecheck).
import { build } from 'esbuild';
import { mkdirSync, copyFileSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true,
  logLevel: 'warning', minify: !process.argv.includes('--no-minify'), legalComments: 'none',
};
mkdirSync('dist', { recursive: true });
await Promise.all([
  // The banner times the bundle's loading (read by activate, client/src/extension.ts); "use strict" stays first.
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], banner: { js: '"use strict"; var __policyDraftLoadStart = performance.now();' } }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  // iconv-lite's GB18030 tables, loaded by the CLI only to write a GB18030 file back (server/src/node/encode.ts).
  build({ ...common, entryPoints: ['server/src/node/gb18030.ts'], outfile: 'dist/gb18030.js' }),
]);
if (watch) console.log('watch mode is not supported; rerun npm run build');
