/**
 * GB18030 encoding through iconv-lite, built as its own bundle (dist/gb18030.js): its code tables are ~460 KB of
 * the CLI's 640 KB, and only `check --fix` on a GB18030 file needs them. Loaded by encode.ts on first use.
 */
import * as iconv from 'iconv-lite';

export function encodeGb18030(text: string): Buffer { return iconv.encode(text, 'gb18030'); }
