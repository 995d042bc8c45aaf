/**
 * `policy-draft` command line: `index` (the notice model), `check` (the editor's diagnostics, for CI and batch
 * review; text, JSON, SARIF; `--fix`), `coverage` (a unit's tasks against drafts). Same core, rule ids and config
 * as the language server. Exit status: 0 clean, 1 errors found, 2 usage or I/O problem.
 */
import { CONFIG_FILE } from '../core/config';
import type { Locale } from '../core/types';
import { DecodeError } from '../node/fsio';
import { Common, Io, IoError, makeService, parseArgs, UsageError } from './common';
import { indexJson, indexText } from './indexCmd';
import { runCheck } from './check';
import { runCoverage } from './coverage';
import { startShortRun, willRead } from './tiering';

export type { Io } from './common';

const HELP_ZH = `政策起草助手 policy-draft — 检查对重点工作任务通知的引用与责任单位

用法:
  policy-draft index [通知文件…] [--format text|json]
  policy-draft check [路径|glob|-]… [--notice 文件…] [--config 文件] [--format text|json|sarif]
                     [--severity error|warning|information|hint] [--max-warnings N] [--quiet]
                     [--fix [--dry-run]] [--lang zh|en]
  policy-draft coverage --unit 单位名 文件… [--format text|json]

不指定通知时使用内置通知（聊政办字〔2023〕3号）；工作目录下有 ${CONFIG_FILE} 时按其配置。
退出码: 0 无错误，1 发现错误，2 用法或读写错误。`;
const HELP_EN = `policy-draft — checks citations of key-task notices and their responsible units

Usage:
  policy-draft index [NOTICE…] [--format text|json]
  policy-draft check [PATH|GLOB|-]… [--notice FILE…] [--config FILE] [--format text|json|sarif]
                     [--severity error|warning|information|hint] [--max-warnings N] [--quiet]
                     [--fix [--dry-run]] [--lang zh|en]
  policy-draft coverage --unit NAME FILE… [--format text|json]

Without notices the bundled one (聊政办字〔2023〕3号) is used; a ${CONFIG_FILE} in the working directory applies.
Exit status: 0 no errors, 1 errors found, 2 usage or I/O problem.`;

export async function main(argv: string[], io: Io): Promise<number> {
  let lang: Locale = 'zh';
  try {
    if (!argv.length || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      const en = /^en/i.test(process.env.LANG ?? '') && !argv.includes('--lang=zh');
      io.out((argv.includes('--lang=en') || en ? HELP_EN : HELP_ZH) + '\n');
      return argv.length ? 0 : 2;
    }
    if (argv[0] === '--version' || argv[0] === '-v') { io.out('0.1.0\n'); return 0; }
    const { cmd, c } = parseArgs(argv);
    lang = c.lang;
    if (c.flags.has('--help')) { io.out((lang === 'en' ? HELP_EN : HELP_ZH) + '\n'); return 0; }
    switch (cmd) {
      case 'index': return await runIndex(c, io);
      case 'check': return await runCheck(c, io);
      case 'coverage': return await runCoverage(c, io);
      default: throw new UsageError(lang === 'en' ? `unknown command: ${cmd}` : `未知命令：${cmd}`);
    }
  } catch (e) {
    if (e instanceof UsageError) { io.err(`policy-draft: ${e.message}\n${lang === 'en' ? 'Run policy-draft --help for usage.' : '运行 policy-draft --help 查看用法。'}\n`); return 2; }
    if (e instanceof IoError || e instanceof DecodeError) { io.err(`policy-draft: ${e.message}\n`); return 2; }
    io.err(`policy-draft: ${(e as Error)?.stack ?? e}\n`);
    return 2;
  }
}

async function runIndex(c: Common, io: Io): Promise<number> {
  if (c.format !== 'text' && c.format !== 'json') throw new UsageError('--format takes text or json');
  const files = c.rest.length ? c.rest : c.notices;
  const { service, messages } = await makeService({ ...c, notices: [] }, io, files.length ? files : undefined);
  const errors = messages.filter(m => m.level === 'error');
  for (const m of messages) io.err(`policy-draft: ${c.lang === 'en' ? m.en : m.zh}\n`);
  const all = service.index.all();
  if (c.format === 'json') {
    const objs = all.map(n => indexJson(n));
    io.out(JSON.stringify(objs.length === 1 ? objs[0] : objs, null, 2) + '\n');
  } else {
    io.out(all.map(n => indexText(n, c.lang)).join('\n') + '\n');
  }
  return errors.length ? 2 : 0;
}

if (require.main === module) {
  startShortRun();
  // `policy-draft index | head`: the reader has gone; that is the end of the output, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw e; });
  const io: Io = {
    out: s => { process.stdout.write(s); },
    err: s => { process.stderr.write(s); },
    isTTY: !!process.stdout.isTTY,
    cwd: process.cwd(),
    willRead,
    readStdin: () => new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      process.stdin.on('data', d => chunks.push(d as Buffer));
      process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
      process.stdin.on('error', reject);
    }),
  };
  main(process.argv.slice(2), io).then(code => { process.exitCode = code; });
}
