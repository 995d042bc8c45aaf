/**
 * Encoding text back to bytes in the file's own encoding, for `check --fix`. Kept apart from fsio.ts so the
 * language server (which never writes) does not bundle iconv-lite's code tables; the CLI loads them (dist/gb18030.js,
 * a bundle of its own) only when it writes a GB18030 file, so no other run pays for parsing them.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Encoding } from './fsio';

type Gb18030 = { encodeGb18030(text: string): Buffer };
let gb: Gb18030 | undefined;
function gb18030(): Gb18030 {
  if (gb) return gb;
  // Next to the bundle (dist/cli.js → dist/gb18030.js); from the sources (tests run them), the module itself. The
  // path is computed so that esbuild leaves both requires alone.
  const bundled = path.join(__dirname, 'gb18030.js');
  const file = existsSync(bundled) ? bundled : path.join(__dirname, 'gb18030');
  return (gb = require(file) as Gb18030);
}

export function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf-8': return Buffer.from(text, 'utf8');
    case 'utf-8-bom': return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le': return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be': { const b = Buffer.from(text, 'utf16le'); b.swap16(); return Buffer.concat([Buffer.from([0xfe, 0xff]), b]); }
    case 'gb18030': return gb18030().encodeGb18030(text);
    case 'docx': throw new Error('a .docx file is never written back');
  }
}
