/**
 * Encoding text back to bytes in the file's own encoding, for `check --fix`. Kept apart from fsio.ts so the
 * language server (which never writes) does not bundle iconv-lite's code tables.
 */
import * as iconv from 'iconv-lite';
import type { Encoding } from './fsio';

export function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf-8': return Buffer.from(text, 'utf8');
    case 'utf-8-bom': return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le': return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be': { const b = Buffer.from(text, 'utf16le'); b.swap16(); return Buffer.concat([Buffer.from([0xfe, 0xff]), b]); }
    case 'gb18030': return iconv.encode(text, 'gb18030');
  }
}

