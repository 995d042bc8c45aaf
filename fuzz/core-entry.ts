// What the fuzzer drives: the pure core, bundled by fuzz/run.mjs (esbuild) into fuzz/tmp/core.cjs.
export { parseNotice, MAX_NOTICE_CHARS } from '../server/src/core/notice';
export { analyzeDraft, BlockCache } from '../server/src/core/document';
export { computeDiagnostics } from '../server/src/core/diagnostics';
export { complete } from '../server/src/core/completion';
export { hover } from '../server/src/core/hover';
export { NoticeIndex } from '../server/src/core/workspace';
export { PolicyDraftService } from '../server/src/core/service';
