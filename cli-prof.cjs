"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// server/src/cli/main.ts
var main_exports = {};
__export(main_exports, {
  main: () => main
});
module.exports = __toCommonJS(main_exports);

// server/src/core/rules.ts
var RULES = {
  "unknown-task": {
    severity: "error",
    zh: "\u5F15\u7528\u7684\u4EFB\u52A1\u7F16\u53F7\u5728\u6240\u7ED1\u5B9A\u7684\u901A\u77E5\u4E2D\u4E0D\u5B58\u5728",
    en: "The cited task number does not exist in the bound notice"
  },
  "title-mismatch": {
    severity: "error",
    zh: "\u5F15\u53F7\u4E2D\u7684\u4EFB\u52A1\u540D\u79F0\u4E0E\u6240\u5F15\u7F16\u53F7\u7684\u4EFB\u52A1\u4E0D\u7B26\uFF08\u5C5E\u4E8E\u53E6\u4E00\u9879\u4EFB\u52A1\u6216\u4E0D\u5B58\u5728\uFF09",
    en: "The quoted title is not the cited task\u2019s (it is another task\u2019s, or none)"
  },
  "wrong-lead-unit": {
    severity: "error",
    zh: "\u5217\u4E3A\u7275\u5934\u5355\u4F4D\uFF0C\u4F46\u4E0D\u7275\u5934\u6240\u5F15\u7684\u4EFB\u4F55\u4EFB\u52A1",
    en: "Listed as lead unit, but leads none of the cited tasks"
  },
  "cooperating-unit-as-lead": {
    severity: "warning",
    zh: "\u914D\u5408\u5355\u4F4D\u88AB\u5199\u6210\u4E86\u7275\u5934\u5355\u4F4D",
    en: "A cooperating unit is listed as lead"
  },
  "missing-lead-unit": {
    severity: "warning",
    zh: "\u6240\u5F15\u4EFB\u52A1\u7684\u7275\u5934\u5355\u4F4D\u672A\u5217\u5168",
    en: "A lead unit of the cited task is left out"
  },
  "unknown-unit": {
    severity: "warning",
    zh: "\u4E0D\u662F\u901A\u77E5\u4E2D\u7684\u5355\u4F4D\uFF0C\u4E5F\u4E0D\u662F\u5DF2\u77E5\u522B\u540D",
    en: "Not a unit of the notice nor a known alias"
  },
  "non-canonical-unit": {
    severity: "information",
    zh: "\u5355\u4F4D\u540D\u79F0\u5E94\u4E0E\u901A\u77E5\u7684\u5199\u6CD5\u4E00\u81F4\uFF08\u7B80\u79F0\u3001\u5168\u79F0\u6216\u65E7\u79F0\uFF09",
    en: "Use the notice\u2019s form of the unit name (not an alias, full or old name)"
  },
  "doc-number-format": {
    severity: "warning",
    zh: "\u53D1\u6587\u5B57\u53F7\u7684\u5E74\u4EFD\u5E94\u4F7F\u7528\u516D\u89D2\u62EC\u53F7\u3014\u3015\uFF0C\u5E8F\u53F7\u4E0D\u52A0\u201C\u7B2C\u201D\u5B57\u3001\u4E0D\u7F16\u865A\u4F4D\uFF08GB/T 9704-2012\uFF09",
    en: "A document number\u2019s year takes hexagonal brackets \u3014\u3015, its serial no \u7B2C and no leading zero (GB/T 9704-2012)"
  }
};
var RULE_IDS = Object.keys(RULES);
function isRuleId(s) {
  return Object.prototype.hasOwnProperty.call(RULES, s);
}
function effectiveSeverity(rule, settings) {
  const s = settings?.[rule];
  return s ?? RULES[rule].severity;
}

// server/src/core/config.ts
var CONFIG_FILE = "policy-draft.json";
var DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;
function defaultConfig() {
  return { notices: ["bundled"], aliases: {}, rules: {}, citationStyle: "number-title", maxFileSize: DEFAULT_MAX_FILE_SIZE, allowOutsideWorkspace: false };
}
var SEVERITIES = ["off", "error", "warning", "information", "hint"];
function validateConfig(raw, base = defaultConfig()) {
  const config = { ...base, aliases: { ...base.aliases }, rules: { ...base.rules }, notices: [...base.notices] };
  const problems = [];
  const bad = (path7, zh2, en) => problems.push({ path: path7, message: { zh: zh2, en } });
  if (raw === void 0 || raw === null) return { config, problems };
  if (typeof raw !== "object" || Array.isArray(raw)) {
    bad("", "\u914D\u7F6E\u5E94\u4E3A JSON \u5BF9\u8C61", "The configuration must be a JSON object");
    return { config, problems };
  }
  const r = raw;
  for (const k of Object.keys(r)) {
    if (!["$schema", "notices", "defaultNotice", "aliases", "rules", "citationStyle", "maxFileSize", "allowOutsideWorkspace"].includes(k)) bad(k, `\u672A\u77E5\u7684\u914D\u7F6E\u9879\u201C${k}\u201D`, `Unknown setting \u201C${k}\u201D`);
  }
  if (r.notices !== void 0) {
    if (typeof r.notices === "string") config.notices = [r.notices];
    else if (Array.isArray(r.notices) && r.notices.every((x) => typeof x === "string")) config.notices = r.notices;
    else bad("notices", "notices \u5E94\u4E3A\u5B57\u7B26\u4E32\u6570\u7EC4\uFF08\u901A\u77E5\u6587\u4EF6\u7684 glob\uFF09", "notices must be an array of strings (globs of notice files)");
  }
  if (r.defaultNotice !== void 0) {
    if (typeof r.defaultNotice === "string") config.defaultNotice = r.defaultNotice || void 0;
    else bad("defaultNotice", "defaultNotice \u5E94\u4E3A\u5B57\u7B26\u4E32\uFF08\u6587\u53F7\u3001\u6807\u9898\u6216\u8DEF\u5F84\uFF09", "defaultNotice must be a string (\u6587\u53F7, title or path)");
  }
  if (r.aliases !== void 0) {
    if (r.aliases && typeof r.aliases === "object" && !Array.isArray(r.aliases)) {
      for (const [k, v] of Object.entries(r.aliases)) {
        if (typeof v === "string") config.aliases[k] = v;
        else bad(`aliases.${k}`, `\u522B\u540D\u201C${k}\u201D\u7684\u503C\u5E94\u4E3A\u5B57\u7B26\u4E32`, `Alias \u201C${k}\u201D must map to a string`);
      }
    } else bad("aliases", 'aliases \u5E94\u4E3A\u5BF9\u8C61\uFF1A{"\u522B\u540D": "\u901A\u77E5\u4E2D\u7684\u540D\u79F0"}', 'aliases must be an object: {"alias": "name in the notice"}');
  }
  if (r.rules !== void 0) {
    if (r.rules && typeof r.rules === "object" && !Array.isArray(r.rules)) {
      for (const [k, v] of Object.entries(r.rules)) {
        if (!isRuleId(k)) bad(`rules.${k}`, `\u672A\u77E5\u7684\u89C4\u5219\u201C${k}\u201D`, `Unknown rule \u201C${k}\u201D`);
        else if (typeof v !== "string" || !SEVERITIES.includes(v)) bad(`rules.${k}`, `\u89C4\u5219\u201C${k}\u201D\u7684\u7EA7\u522B\u5E94\u4E3A ${SEVERITIES.join("/")}`, `Rule \u201C${k}\u201D takes one of ${SEVERITIES.join("/")}`);
        else config.rules[k] = v;
      }
    } else bad("rules", 'rules \u5E94\u4E3A\u5BF9\u8C61\uFF1A{"\u89C4\u5219": "\u7EA7\u522B"}', 'rules must be an object: {"rule": "severity"}');
  }
  if (r.citationStyle !== void 0) {
    if (r.citationStyle === "number-title" || r.citationStyle === "number") config.citationStyle = r.citationStyle;
    else bad("citationStyle", 'citationStyle \u5E94\u4E3A "number-title" \u6216 "number"', 'citationStyle must be "number-title" or "number"');
  }
  if (r.maxFileSize !== void 0) {
    if (typeof r.maxFileSize === "number" && r.maxFileSize > 0 && Number.isFinite(r.maxFileSize)) config.maxFileSize = r.maxFileSize;
    else bad("maxFileSize", "maxFileSize \u5E94\u4E3A\u6B63\u6570\uFF08\u5B57\u8282\uFF09", "maxFileSize must be a positive number (bytes)");
  }
  if (r.allowOutsideWorkspace !== void 0) {
    if (typeof r.allowOutsideWorkspace === "boolean") config.allowOutsideWorkspace = r.allowOutsideWorkspace;
    else bad("allowOutsideWorkspace", "allowOutsideWorkspace \u5E94\u4E3A true \u6216 false", "allowOutsideWorkspace must be true or false");
  }
  return { config, problems };
}
function parseJsonc(text) {
  try {
    const stripped = stripJsonComments(text.replace(/^\uFEFF/, ""));
    return { value: JSON.parse(stripped) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
function stripJsonComments(s) {
  let out = "", i = 0, inStr = false;
  while (i < s.length) {
    const c = s[i];
    if (inStr) {
      out += c;
      if (c === "\\") {
        out += s[i + 1] ?? "";
        i += 2;
        continue;
      }
      if (c === '"') inStr = false;
      i++;
      continue;
    }
    if (c === '"') {
      inStr = true;
      out += c;
      i++;
      continue;
    }
    if (c === ",") {
      let k = i + 1;
      while (k < s.length && /\s/.test(s[k])) k++;
      if (s[k] === "}" || s[k] === "]") {
        i++;
        continue;
      }
    }
    if (c === "/" && s[i + 1] === "/") {
      while (i < s.length && s[i] !== "\n") i++;
      continue;
    }
    if (c === "/" && s[i + 1] === "*") {
      const e = s.indexOf("*/", i + 2);
      i = e < 0 ? s.length : e + 2;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

// server/src/node/fsio.ts
var import_node_fs = require("node:fs");
var path = __toESM(require("node:path"));
var DecodeError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
};
function decode(buf, maxSize = Infinity) {
  if (buf.length > maxSize) throw new DecodeError("too-large", `\u6587\u4EF6\u8FC7\u5927\uFF08${buf.length} \u5B57\u8282\uFF0C\u4E0A\u9650 ${maxSize}\uFF09/ file too large (${buf.length} bytes, limit ${maxSize})`);
  let text;
  let encoding;
  const strict = (enc, b) => {
    try {
      return new TextDecoder(enc, { fatal: true }).decode(b);
    } catch {
      throw new DecodeError("undecodable", `\u6587\u4EF6\u4EE5 ${enc} \u7684 BOM \u5F00\u5934\uFF0C\u4F46\u5185\u5BB9\u4E0D\u662F\u6709\u6548\u7684 ${enc} / the file starts with a ${enc} BOM but is not valid ${enc}`);
    }
  };
  if (buf[0] === 239 && buf[1] === 187 && buf[2] === 191) {
    text = strict("utf-8", buf.subarray(3));
    encoding = "utf-8-bom";
  } else if (buf[0] === 255 && buf[1] === 254) {
    if (buf.length % 2) strict("utf-16le", buf.subarray(0, 1));
    text = strict("utf-16le", buf.subarray(2));
    encoding = "utf-16le";
  } else if (buf[0] === 254 && buf[1] === 255) {
    if (buf.length % 2) strict("utf-16be", buf.subarray(0, 1));
    text = strict("utf-16be", buf.subarray(2));
    encoding = "utf-16be";
  } else {
    const head = buf.subarray(0, 8192);
    let nul = 0;
    for (const b of head) if (b === 0) nul++;
    if (nul > 0) throw new DecodeError("binary", "\u6587\u4EF6\u662F\u4E8C\u8FDB\u5236\u6587\u4EF6\uFF0C\u4E0D\u662F\u6587\u672C / the file is binary, not text");
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
      encoding = "utf-8";
    } catch {
      try {
        text = new TextDecoder("gb18030", { fatal: true }).decode(buf);
        encoding = "gb18030";
      } catch {
        throw new DecodeError("undecodable", "\u65E0\u6CD5\u8BC6\u522B\u6587\u4EF6\u7F16\u7801\uFF08\u65E2\u4E0D\u662F UTF-8 \u4E5F\u4E0D\u662F GB18030/GBK\uFF09/ cannot decode the file (neither UTF-8 nor GB18030/GBK)");
      }
    }
  }
  const crlf = text.indexOf("\r\n");
  const lf = text.indexOf("\n");
  const eol = crlf >= 0 && crlf < lf + 1 ? "\r\n" : lf >= 0 ? "\n" : text.includes("\r") ? "\r" : "\n";
  return { text, encoding, eol, size: buf.length };
}
async function readText(file, maxSize = Infinity) {
  return decode(await readBytes(file, maxSize), maxSize);
}
async function readBytes(file, maxSize = Infinity) {
  let st;
  try {
    st = await import_node_fs.promises.stat(file);
  } catch (e) {
    throw new DecodeError("io", `\u65E0\u6CD5\u8BFB\u53D6 ${file}\uFF1A${e.message} / cannot read ${file}`);
  }
  if (!st.isFile()) throw new DecodeError("io", `${file} \u4E0D\u662F\u6587\u4EF6 / is not a file`);
  if (st.size > maxSize) throw new DecodeError("too-large", `\u6587\u4EF6\u8FC7\u5927\uFF08${st.size} \u5B57\u8282\uFF0C\u4E0A\u9650 ${maxSize}\uFF09/ file too large (${st.size} bytes, limit ${maxSize})`);
  let buf;
  try {
    buf = await import_node_fs.promises.readFile(file);
  } catch (e) {
    throw new DecodeError("io", `\u65E0\u6CD5\u8BFB\u53D6 ${file}\uFF1A${e.message} / cannot read ${file}`);
  }
  return buf;
}
async function writeAtomic(file, data) {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let mode;
  try {
    mode = (await import_node_fs.promises.stat(file)).mode;
  } catch {
  }
  await import_node_fs.promises.writeFile(tmp, data, mode !== void 0 ? { mode } : void 0);
  try {
    await import_node_fs.promises.rename(tmp, file);
  } catch (e) {
    await import_node_fs.promises.rm(tmp, { force: true });
    throw e;
  }
}
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".vscode-test", "dist", "out", ".hg", ".svn"]);
function walk(dir, test, limit = 2e4) {
  const out = [];
  const stack = [dir];
  while (stack.length && out.length < limit) {
    const d = stack.pop();
    let entries;
    try {
      entries = (0, import_node_fs.readdirSync)(d, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith(".")) stack.push(p);
      } else if (e.isFile()) {
        const rel = path.relative(dir, p).split(path.sep).join("/");
        if (test(rel)) out.push(p);
      }
    }
  }
  return out.sort();
}
function isFile(p) {
  try {
    return (0, import_node_fs.statSync)(p).isFile();
  } catch {
    return false;
  }
}
function isDir(p) {
  try {
    return (0, import_node_fs.statSync)(p).isDirectory();
  } catch {
    return false;
  }
}
function bundledNoticePath() {
  const candidates = [path.join(__dirname, "..", "seeds", "liaozhengbanzi-2023-3.md"), path.join(__dirname, "..", "..", "..", "seeds", "liaozhengbanzi-2023-3.md")];
  return candidates.find(isFile) ?? candidates[0];
}

// server/src/cli/common.ts
var fs = __toESM(require("node:fs"));
var path3 = __toESM(require("node:path"));

// server/src/core/aliases.ts
var CORE_CLASSES = [
  ["\u53D1\u5C55\u6539\u9769\u59D4", "\u53D1\u5C55\u548C\u6539\u9769\u59D4\u5458\u4F1A", "\u53D1\u5C55\u6539\u9769\u59D4\u5458\u4F1A", "\u53D1\u6539\u59D4", "\u53D1\u5C55\u6539\u9769\u5C40", "\u53D1\u5C55\u548C\u6539\u9769\u5C40", "\u53D1\u6539\u5C40"],
  ["\u5DE5\u4E1A\u548C\u4FE1\u606F\u5316\u5C40", "\u5DE5\u4E1A\u4FE1\u606F\u5316\u5C40", "\u5DE5\u4FE1\u5C40", "\u7ECF\u6D4E\u548C\u4FE1\u606F\u5316\u59D4\u5458\u4F1A", "\u7ECF\u6D4E\u548C\u4FE1\u606F\u5316\u5C40", "\u7ECF\u4FE1\u59D4", "\u7ECF\u4FE1\u5C40"],
  ["\u4EBA\u529B\u8D44\u6E90\u793E\u4F1A\u4FDD\u969C\u5C40", "\u4EBA\u529B\u8D44\u6E90\u548C\u793E\u4F1A\u4FDD\u969C\u5C40", "\u4EBA\u793E\u5C40"],
  ["\u4F4F\u623F\u57CE\u4E61\u5EFA\u8BBE\u5C40", "\u4F4F\u623F\u548C\u57CE\u4E61\u5EFA\u8BBE\u5C40", "\u4F4F\u5EFA\u5C40", "\u57CE\u4E61\u5EFA\u8BBE\u5C40"],
  ["\u536B\u751F\u5065\u5EB7\u59D4", "\u536B\u751F\u5065\u5EB7\u59D4\u5458\u4F1A", "\u536B\u751F\u548C\u5065\u5EB7\u59D4\u5458\u4F1A", "\u536B\u5065\u59D4", "\u536B\u751F\u8BA1\u751F\u59D4", "\u536B\u751F\u548C\u8BA1\u5212\u751F\u80B2\u59D4\u5458\u4F1A", "\u536B\u8BA1\u59D4"],
  ["\u5E02\u573A\u76D1\u7BA1\u5C40", "\u5E02\u573A\u76D1\u7763\u7BA1\u7406\u5C40", "\u5E02\u76D1\u5C40", "\u5DE5\u5546\u5C40", "\u5DE5\u5546\u884C\u653F\u7BA1\u7406\u5C40", "\u8D28\u76D1\u5C40", "\u8D28\u91CF\u6280\u672F\u76D1\u7763\u5C40", "\u98DF\u54C1\u836F\u54C1\u76D1\u7BA1\u5C40", "\u98DF\u54C1\u836F\u54C1\u76D1\u7763\u7BA1\u7406\u5C40", "\u98DF\u836F\u76D1\u5C40"],
  ["\u5E94\u6025\u5C40", "\u5E94\u6025\u7BA1\u7406\u5C40", "\u5B89\u76D1\u5C40", "\u5B89\u5168\u751F\u4EA7\u76D1\u7763\u7BA1\u7406\u5C40", "\u5B89\u5168\u751F\u4EA7\u76D1\u7BA1\u5C40"],
  ["\u653F\u5E9C\u529E\u516C\u5BA4", "\u653F\u5E9C\u529E", "\u4EBA\u6C11\u653F\u5E9C\u529E\u516C\u5BA4"],
  ["\u653F\u5E9C\u529E\u516C\u5385", "\u4EBA\u6C11\u653F\u5E9C\u529E\u516C\u5385"],
  ["\u81EA\u7136\u8D44\u6E90\u548C\u89C4\u5212\u5C40", "\u81EA\u7136\u8D44\u6E90\u5C40", "\u81EA\u89C4\u5C40", "\u56FD\u571F\u8D44\u6E90\u5C40", "\u56FD\u571F\u5C40"],
  ["\u751F\u6001\u73AF\u5883\u5C40", "\u73AF\u5883\u4FDD\u62A4\u5C40", "\u73AF\u4FDD\u5C40"],
  ["\u6559\u80B2\u4F53\u80B2\u5C40", "\u6559\u80B2\u548C\u4F53\u80B2\u5C40", "\u6559\u4F53\u5C40", "\u6559\u80B2\u5C40"],
  ["\u6587\u5316\u548C\u65C5\u6E38\u5C40", "\u6587\u5316\u65C5\u6E38\u5C40", "\u6587\u65C5\u5C40"],
  ["\u4EA4\u901A\u8FD0\u8F93\u5C40", "\u4EA4\u901A\u5C40"],
  ["\u533B\u4FDD\u5C40", "\u533B\u7597\u4FDD\u969C\u5C40"],
  ["\u5730\u65B9\u91D1\u878D\u76D1\u7BA1\u5C40", "\u5730\u65B9\u91D1\u878D\u76D1\u7763\u7BA1\u7406\u5C40", "\u91D1\u878D\u76D1\u7BA1\u5C40", "\u91D1\u878D\u529E", "\u91D1\u878D\u5DE5\u4F5C\u529E\u516C\u5BA4"],
  ["\u56FD\u8D44\u59D4", "\u56FD\u6709\u8D44\u4EA7\u76D1\u7763\u7BA1\u7406\u59D4\u5458\u4F1A", "\u56FD\u8D44\u5C40", "\u653F\u5E9C\u56FD\u8D44\u59D4", "\u4EBA\u6C11\u653F\u5E9C\u56FD\u6709\u8D44\u4EA7\u76D1\u7763\u7BA1\u7406\u59D4\u5458\u4F1A"],
  ["\u6295\u8D44\u4FC3\u8FDB\u5C40", "\u6295\u4FC3\u5C40"],
  ["\u57CE\u7BA1\u5C40", "\u57CE\u5E02\u7BA1\u7406\u5C40", "\u57CE\u5E02\u7BA1\u7406\u884C\u653F\u6267\u6CD5\u5C40"],
  ["\u5927\u6570\u636E\u5C40"],
  ["\u884C\u653F\u5BA1\u6279\u5C40", "\u884C\u653F\u5BA1\u6279\u670D\u52A1\u5C40", "\u5BA1\u6279\u5C40"],
  ["\u519C\u4E1A\u519C\u6751\u5C40", "\u519C\u4E1A\u5C40"],
  ["\u6C34\u5229\u5C40", "\u6C34\u52A1\u5C40"],
  ["\u79D1\u6280\u5C40", "\u79D1\u5B66\u6280\u672F\u5C40"],
  ["\u5546\u52A1\u5C40"],
  ["\u6C11\u653F\u5C40"],
  ["\u8D22\u653F\u5C40"],
  ["\u53F8\u6CD5\u5C40"],
  ["\u516C\u5B89\u5C40"],
  ["\u7EDF\u8BA1\u5C40"],
  ["\u7A0E\u52A1\u5C40"],
  ["\u8D38\u4FC3\u4F1A", "\u56FD\u9645\u8D38\u6613\u4FC3\u8FDB\u59D4\u5458\u4F1A"],
  // People's organisations (群团组织): the short form and the full name.
  ["\u79D1\u534F", "\u79D1\u5B66\u6280\u672F\u534F\u4F1A"],
  ["\u5DE5\u5546\u8054", "\u5DE5\u5546\u4E1A\u8054\u5408\u4F1A"],
  ["\u5987\u8054", "\u5987\u5973\u8054\u5408\u4F1A"],
  ["\u6B8B\u8054", "\u6B8B\u75BE\u4EBA\u8054\u5408\u4F1A"],
  ["\u4FA8\u8054", "\u5F52\u56FD\u534E\u4FA8\u8054\u5408\u4F1A"],
  ["\u6587\u8054", "\u6587\u5B66\u827A\u672F\u754C\u8054\u5408\u4F1A"],
  ["\u793E\u79D1\u8054", "\u793E\u4F1A\u79D1\u5B66\u754C\u8054\u5408\u4F1A"],
  ["\u5DE5\u4E1A\u548C\u4FE1\u606F\u5316\u90E8", "\u5DE5\u4FE1\u90E8"],
  ["\u4EBA\u529B\u8D44\u6E90\u793E\u4F1A\u4FDD\u969C\u90E8", "\u4EBA\u529B\u8D44\u6E90\u548C\u793E\u4F1A\u4FDD\u969C\u90E8", "\u4EBA\u793E\u90E8"],
  ["\u4F4F\u623F\u57CE\u4E61\u5EFA\u8BBE\u90E8", "\u4F4F\u623F\u548C\u57CE\u4E61\u5EFA\u8BBE\u90E8", "\u4F4F\u5EFA\u90E8"],
  ["\u5E02\u573A\u76D1\u7BA1\u603B\u5C40", "\u56FD\u5BB6\u5E02\u573A\u76D1\u7763\u7BA1\u7406\u603B\u5C40", "\u5E02\u573A\u76D1\u7763\u7BA1\u7406\u603B\u5C40"]
];
var OTHER_BODIES = /* @__PURE__ */ new Set([
  "\u5BA1\u8BA1\u5C40",
  "\u6C11\u65CF\u5B97\u6559\u5C40",
  "\u6C11\u65CF\u5B97\u6559\u4E8B\u52A1\u5C40",
  "\u9000\u5F79\u519B\u4EBA\u4E8B\u52A1\u5C40",
  "\u4FE1\u8BBF\u5C40",
  "\u6863\u6848\u9986",
  "\u6863\u6848\u5C40",
  "\u673A\u5173\u4E8B\u52A1\u670D\u52A1\u4E2D\u5FC3",
  "\u673A\u5173\u4E8B\u52A1\u7BA1\u7406\u5C40",
  "\u5916\u529E",
  "\u5916\u4E8B\u529E\u516C\u5BA4",
  "\u7CAE\u98DF\u548C\u7269\u8D44\u50A8\u5907\u5C40",
  "\u6797\u4E1A\u5C40",
  "\u6C14\u8C61\u5C40",
  "\u5730\u9707\u5C40",
  "\u4EBA\u9632\u529E",
  "\u4EBA\u6C11\u9632\u7A7A\u529E\u516C\u5BA4",
  "\u6D88\u9632\u6551\u63F4\u652F\u961F",
  "\u4F9B\u9500\u793E",
  "\u603B\u5DE5\u4F1A",
  "\u7EA2\u5341\u5B57\u4F1A",
  "\u878D\u5A92\u4F53\u4E2D\u5FC3",
  "\u516C\u5171\u8D44\u6E90\u4EA4\u6613\u4E2D\u5FC3",
  "\u5927\u6570\u636E\u4E2D\u5FC3",
  "\u90AE\u653F\u7BA1\u7406\u5C40",
  "\u901A\u4FE1\u53D1\u5C55\u529E",
  "\u70DF\u8349\u4E13\u5356\u5C40",
  "\u4F53\u80B2\u5C40",
  "\u4F4F\u623F\u516C\u79EF\u91D1\u7BA1\u7406\u4E2D\u5FC3",
  "\u4E2D\u7EA7\u4EBA\u6C11\u6CD5\u9662",
  "\u4EBA\u6C11\u68C0\u5BDF\u9662",
  "\u68C0\u5BDF\u9662",
  "\u56FD\u5BB6\u5B89\u5168\u5C40",
  "\u5E94\u6025\u7BA1\u7406\u5C40",
  "\u4E61\u6751\u632F\u5174\u5C40",
  "\u8425\u5546\u73AF\u5883\u670D\u52A1\u4E2D\u5FC3",
  "\u653F\u52A1\u670D\u52A1\u7BA1\u7406\u5C40",
  "\u653F\u52A1\u670D\u52A1\u4E2D\u5FC3",
  "\u6D77\u5173",
  "\u793E\u4F1A\u4FDD\u9669\u4E8B\u4E1A\u4E2D\u5FC3",
  "\u75BE\u75C5\u9884\u9632\u63A7\u5236\u4E2D\u5FC3",
  "\u6B8B\u75BE\u4EBA\u8054\u5408\u4F1A",
  "\u5E7F\u64AD\u7535\u89C6\u53F0"
]);
var NAME_REWRITES = [
  ["\u4EBA\u884C", "\u4EBA\u6C11\u94F6\u884C"],
  ["\u4E2D\u56FD\u4EBA\u6C11\u94F6\u884C", "\u4EBA\u6C11\u94F6\u884C"]
];
var DROPPED_PREFIXES = ["\u4E2D\u56FD\u5171\u4EA7\u515A", "\u4E2D\u5171", "\u56FD\u5BB6\u7A0E\u52A1\u603B\u5C40", "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD"];
var LEVEL_PREFIXES = ["\u56FD\u5BB6", "\u5E02", "\u7701", "\u53BF", "\u533A"];
var COLLECTIVE_RE = /^(?:各|有关|相关|其他|其它|(?:局|委)(?:办公室|机关))|(?:各有关单位|有关部门|有关单位|相关部门|相关单位|各县|各区|县级市|市属开发区|管委会|人民政府|试点城市政府|等部门|等单位)$/;
var classOf = /* @__PURE__ */ new Map();
CORE_CLASSES.forEach((cls, i) => {
  for (const c of cls) if (!classOf.has(c)) classOf.set(c, i);
});
function coreClass(core) {
  return classOf.get(core);
}
function classMembers(core) {
  const i = classOf.get(core);
  return i === void 0 ? [core] : CORE_CLASSES[i];
}
function variantKey(name) {
  return name.replace(/[\s和与及]/g, "");
}
var SELF_RE = /^(?:我|本)(?:局|委|办|厅|单位|部门|中心|科室|院|处|室)|^(?:局|委|厅)(?!办公室|机关)[\u4e00-\u9fff]{2,14}(?:科|股|处|室|中心|队)$|^(?![市县区省]|聊城|国家|中共)[\u4e00-\u9fff]{2,14}(?:科|股)$/;

// server/src/core/text.ts
var LineIndex = class _LineIndex {
  constructor(text, starts) {
    this.text = text;
    if (starts) {
      this.starts = starts;
      return;
    }
    const found = [0];
    if (text.indexOf("\r") < 0) {
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) found.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          found.push(i + 1);
        } else if (c === 10) found.push(i + 1);
      }
    }
    this.starts = Int32Array.from(found);
  }
  /** Offsets where lines start; a typed array: exact size, four bytes a line, outside the JS heap. */
  starts;
  /**
   * The index of `text`, an edit of `old.text`: line starts before the changed region are kept, those after it
   * shifted, only the region itself is scanned. Equals `new LineIndex(text)`.
   */
  static afterEdit(old, text) {
    const a = old.text;
    const p = commonPrefix(a, text), q = commonSuffix(a, text, Math.min(a.length, text.length) - p);
    const lo = Math.max(0, p - 1), oldHi = a.length - q + 1, newHi = text.length - q + 1, delta = text.length - a.length;
    const os = old.starts;
    let head = 0;
    while (head < os.length && os[head] <= lo) head++;
    const mid = [];
    for (let i = lo; i < Math.min(newHi, text.length); i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) mid.push(i + 1);
    }
    let tail = head;
    while (tail < os.length && os[tail] <= oldHi) tail++;
    const starts = new Int32Array(head + mid.length + os.length - tail);
    starts.set(os.subarray(0, head));
    for (let k = 0; k < mid.length; k++) starts[head + k] = mid[k];
    for (let k = tail, o = head + mid.length; k < os.length; k++, o++) starts[o] = os[k] + delta;
    return new _LineIndex(text, starts);
  }
  get lineCount() {
    return this.starts.length;
  }
  lineStart(line) {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }
  /** End of the line's content, before its line break. */
  lineEnd(line) {
    if (line + 1 >= this.starts.length) return this.text.length;
    let e = this.starts[line + 1];
    if (this.text.charCodeAt(e - 1) === 10) e--;
    if (this.text.charCodeAt(e - 1) === 13) e--;
    return e;
  }
  positionAt(offset) {
    const o = Math.max(0, Math.min(offset | 0, this.text.length));
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }
  /** Clamps out-of-range positions (past the line's end, past the last line) instead of failing. */
  offsetAt(pos) {
    if (!pos || !Number.isFinite(pos.line) || pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[pos.line];
    const ch = Number.isFinite(pos.character) ? Math.max(0, pos.character) : 0;
    return Math.min(start + ch, this.lineEnd(pos.line));
  }
  range(span) {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
  span(range) {
    return { start: this.offsetAt(range.start), end: this.offsetAt(range.end) };
  }
};
function isHan(c) {
  return c >= 19968 && c <= 40959 || c >= 13312 && c <= 19903 || c >= 63744 && c <= 64255;
}
var FULL_WIDTH = /[\uff01-\uff5e\u3000\ufe5d\ufe5e]/g;
var HALF = Array.from({ length: 65374 - 65281 + 1 }, (_, k) => String.fromCharCode(33 + k));
var toHalf = (c) => c === "\u3000" ? " " : c === "\uFE5D" ? "\u3014" : c === "\uFE5E" ? "\u3015" : HALF[c.charCodeAt(0) - 65281];
function fold(text) {
  FULL_WIDTH.lastIndex = 0;
  return FULL_WIDTH.test(text) ? text.replace(FULL_WIDTH, toHalf) : text;
}
var HAS_SPACE = /\s/;
function squeezeCjkSpaces(s) {
  if (!HAS_SPACE.test(s)) return s;
  return s.replace(/\s+/g, " ").trim().replace(/ (?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”《》0-9])|(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”《》0-9]) /g, "");
}
function isPageNumber(line, bare = false) {
  if (line.length >= 40) return false;
  const s = line.trim();
  return PAGE_NUMBER.test(s) && /[-—–－]/.test(s) || PAGE_OF.test(s) || bare && (/^\d{1,3}$/.test(s) || RUNNING_HEAD.test(s));
}
var RUNNING_HEAD = /^[\u4e00-\u9fff]{2,24}(?:局|委|办公室|政府|委员会|厅|部|院|中心|办)文件$/;
var PAGE_NUMBER = /^[-—–－]?[ \t]{0,3}\d{1,4}[ \t]{0,3}[-—–－]?$/;
var PAGE_OF = /^第[ \t]{0,2}\d{1,4}[ \t]{0,2}页(?:[ \t,，]{0,3}共[ \t]{0,2}\d{1,4}[ \t]{0,2}页)?$/;
function commonPrefix(a, b) {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (const step of [65536, 4096, 256]) while (i + step <= n && a.slice(i, i + step) === b.slice(i, i + step)) i += step;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
function commonSuffix(a, b, max2) {
  const n = Math.min(a.length, b.length, max2);
  let i = 0;
  for (const step of [65536, 4096, 256]) while (i + step <= n && a.slice(a.length - i - step, a.length - i) === b.slice(b.length - i - step, b.length - i)) i += step;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}
function detach(s) {
  return s.length > 12 ? (" " + s).slice(1) : s;
}

// server/src/core/annotation.ts
var LEAD_LABELS = ["\u7275\u5934\u5355\u4F4D", "\u7275\u5934\u90E8\u95E8", "\u4E3B\u8981\u8D23\u4EFB\u5355\u4F4D", "\u4E3B\u8981\u8D23\u4EFB\u90E8\u95E8", "\u4E3B\u8D23\u5355\u4F4D", "\u4E3B\u529E\u5355\u4F4D", "\u7275\u5934"];
var COOP_LABELS = ["\u534F\u540C\u914D\u5408\u5355\u4F4D", "\u534F\u540C\u914D\u5408\u90E8\u95E8", "\u914D\u5408\u5355\u4F4D", "\u914D\u5408\u90E8\u95E8", "\u53C2\u4E0E\u5355\u4F4D", "\u53C2\u4E0E\u90E8\u95E8", "\u534F\u540C\u5355\u4F4D", "\u534F\u540C\u90E8\u95E8", "\u534F\u529E\u5355\u4F4D", "\u534F\u52A9\u5355\u4F4D", "\u914D\u5408"];
var RESP_LABELS = ["\u8D23\u4EFB\u5355\u4F4D", "\u8D23\u4EFB\u90E8\u95E8", "\u8D1F\u8D23\u5355\u4F4D", "\u627F\u529E\u5355\u4F4D", "\u5B9E\u65BD\u5355\u4F4D"];
var LABEL_RE = new RegExp(`^(${[...LEAD_LABELS, ...COOP_LABELS, ...RESP_LABELS].sort((a, b) => b.length - a.length).join("|")})(?:[:\uFF1A]|(?:\u5206\u522B)?\u4E3A(?=[\u5E02\u53BF\u533A\u7701\u5404\u56FD\u4E2D])|(?:\u5206\u522B)?\u662F(?=[\u5E02\u53BF\u533A\u7701\u56FD\u4E2D])|[ 	\u3000]{0,2}(?=[\u5E02\u53BF\u533A\u7701](?![\u573A\u7EA7\u957F\u76F4\u5C5E\u5185\u5916\u9886])|\u4E2D\u5171|\u56FD\u5BB6|\u4EBA\u6C11\u94F6\u884C))`);
function labelRole(label) {
  if (LEAD_LABELS.includes(label)) return "lead";
  if (COOP_LABELS.includes(label)) return "cooperating";
  if (RESP_LABELS.includes(label)) return "responsible";
  return void 0;
}
function matchLabel(s) {
  const m = LABEL_RE.exec(s);
  if (m) return { role: labelRole(m[1]), length: m[0].length };
  return BROKEN_LABEL.test(s) ? matchBrokenLabel(s) : void 0;
}
var BROKEN_LABEL = /^[^\s:：]{1,5}[ \t]{0,2}[\r\n]/;
function matchBrokenLabel(s) {
  let squeezed = "";
  const at = [];
  for (let k = 0; k < s.length && squeezed.length < 12; k++) {
    const c = s.charCodeAt(k);
    if (isSpace(c)) {
      if (c === 10) {
        let e = k + 1;
        while (e < s.length && e - k < 40 && s.charCodeAt(e) !== 10) e++;
        if (e < s.length && s.charCodeAt(e) === 10 && isPageNumber(s.slice(k + 1, e).replace(/\r$/, ""), true)) k = e - 1;
      }
      continue;
    }
    squeezed += s[k];
    at.push(k);
  }
  const m = LABEL_RE.exec(squeezed);
  return m ? { role: labelRole(m[1]), length: at[m[0].length - 1] + 1 } : void 0;
}
var UNIT_SUFFIX_RE = /(?:局|委|部|厅|办|署|会|院|行|室|中心|政府|海关|集团|公司|大学|学院|法院|检察院|工会|团委|妇联|科协|残联|社|所|站|队|处|科|组|台|馆|军|部门|单位|省|市|县|区|旗|州|盟)$/;
function looksLikeUnit(name) {
  if (name.length < 2 || name.length > 40) return false;
  if (!/^[\u4e00-\u9fff()（）·、]+$/.test(name)) return false;
  return UNIT_SUFFIX_RE.test(name) || isCollective(name);
}
function isCollective(name) {
  return COLLECTIVE_RE.test(name) || SELF_RE.test(name);
}
var RULE_RE = /排在第一位|排名第一|排在首位|第一位的?(?:部门|单位)为?牵头|列第一位|首位为?牵头|第一个(?:单位|部门)?为?牵头/;
var RULE_AT = new RegExp(`^(?:\u5176\u4E2D[,\uFF0C]?)?(?:${RULE_RE.source})`);
function splitUnitList(s, base, role, out) {
  const first = out.length;
  splitNames(s, base, role, out, true);
  if (role !== "responsible") return;
  let marked = false;
  for (let k = first; k < out.length; k++) if (out[k].role === "lead") marked = true;
  if (marked) {
    for (let k = first; k < out.length; k++) if (out[k].role === "responsible") out[k] = { ...out[k], role: "cooperating" };
  }
}
function splitNames(s, base, role, out, brackets) {
  const first = out.length;
  let i = 0;
  const n = s.length;
  while (i <= n) {
    let j = i;
    let depth = 0;
    while (j < n) {
      if (!brackets) {
        if (sepLen(s, j)) break;
        j++;
        continue;
      }
      const c = s.charCodeAt(j);
      if (c === 40 || c === 65288) depth++;
      else if ((c === 41 || c === 65289) && depth > 0) {
        depth--;
        if (depth === 0 && NAME_START.has(s.charCodeAt(j + 1)) && ROLE_MARK.test(s.slice(Math.max(i, j - 9), j + 1))) {
          j++;
          break;
        }
      } else if (depth === 0 && sepLen(s, j)) break;
      j++;
    }
    if (depth > 0 && brackets) {
      splitNames(s.slice(i), base + i, role, out, false);
      return;
    }
    if (i > 0 && out.length > first && CLAUSE_SEP.has(s.charCodeAt(i - 1)) && !nameLike(s.slice(i, j))) return;
    pushName(s, i, j, base, role, out);
    i = j < n ? j + sepLen(s, j) : j;
    if (j >= n) break;
  }
}
var CLAUSE_SEP = /* @__PURE__ */ new Set([44, 65292, 59, 65307]);
function nameLike(raw) {
  const t = raw.replace(/\s+/g, "");
  return looksLikeUnit(t) || /^[市县区省][\u4e00-\u9fff]{1,15}$/.test(t);
}
function sepLen(s, j) {
  const c = s.charCodeAt(j);
  if (c === 12289 || c === 44 || c === 65292 || c === 65307 || c === 59) return 1;
  if (c === 47) return s.charCodeAt(j - 1) === 60 ? 0 : 1;
  if (c === 60) {
    const m = BR_RE.exec(s.slice(j, j + 8));
    return m ? m[0].length : 0;
  }
  return joinsNames(s, j);
}
var BR_RE = /^<br[ \t]{0,2}\/?>/i;
function joinsNames(s, j) {
  const c = s.charCodeAt(j);
  let len = 0;
  if (c === 21644 || c === 21450 || c === 19982 || c === 21516) len = 1;
  else if (c === 20250 && s.charCodeAt(j + 1) === 21516) len = 2;
  else if (c === 32 || c === 9 || c === 12288 || c === 10 || c === 13) {
    len = 1;
    while (j + len < s.length && len < 8 && isSpace(s.charCodeAt(j + len))) len++;
  } else return 0;
  return j >= 2 && NAME_END.has(s.charCodeAt(j - 1)) && NAME_START.has(s.charCodeAt(j + len)) ? len : 0;
}
var NAME_END = new Set([..."\u5C40\u59D4\u529E\u90E8\u5385\u9662\u5BA4\u7F72\u5E9C\u884C\u793E\u6240\u7AD9\u961F\u5904\u5FC3\u4F1A"].map((c) => c.charCodeAt(0)));
var NAME_START = new Set([..."\u5E02\u53BF\u533A\u7701\u5404\u56FD\u4E2D\u6211\u672C"].map((c) => c.charCodeAt(0)));
function pushName(s, from, to, base, role, out) {
  for (; ; ) {
    while (from < to && isSpace(s.charCodeAt(from))) from++;
    while (to > from && isSpace(s.charCodeAt(to - 1))) to--;
    let fl2 = from, nl = to - 1;
    while (fl2 < to && s.charCodeAt(fl2) !== 10) fl2++;
    if (fl2 === to) break;
    while (s.charCodeAt(nl) !== 10) nl--;
    if (isPageNumber(s.slice(nl + 1, to), true)) to = nl;
    else if (isPageNumber(s.slice(from, fl2), true)) from = fl2 + 1;
    else break;
  }
  let depth = 0, keep = from;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c === 41 || c === 65289) {
      if (depth === 0) continue;
      depth--;
    } else if (c === 40 || c === 65288) depth++;
    keep = k + 1;
  }
  to = keep;
  while (to > from && isSpace(s.charCodeAt(to - 1))) to--;
  let raw = s.slice(from, to);
  const last = raw.charCodeAt(raw.length - 1);
  const mark = (last === 41 || last === 65289) && raw.length > 4 ? ROLE_MARK.exec(raw) : null;
  if (mark && mark.index > 0) {
    role = markRole(mark[1]);
    to = from + mark.index;
    while (to > from && isSpace(s.charCodeAt(to - 1))) to--;
    raw = s.slice(from, to);
  }
  if ((last === 41 || last === 65289) && !mark) {
    const open = Math.max(raw.lastIndexOf("("), raw.lastIndexOf("\uFF08"));
    const inner = raw.slice(open + 1, -1).trim();
    if (open > 1 && inner.length <= 14 && !looksLikeUnit(inner) && !/^[市县区省各国中]/.test(inner) && !/[()（）:：]/.test(inner)) {
      to = from + open;
      while (to > from && isSpace(s.charCodeAt(to - 1))) to--;
      raw = s.slice(from, to);
    }
  }
  const stop = TAIL_STOP.exec(raw);
  if (stop && stop.index >= 2) {
    const head = raw.slice(0, stop.index).trimEnd().replace(FIELD_WORD, "").trimEnd();
    if (looksLikeUnit(head.replace(/\s+/g, ""))) {
      to = from + head.length;
      raw = head;
    }
  }
  if (raw.length > 5 && !looksLikeUnit(raw)) {
    for (let p = 3; p < raw.length - 1 && p < 40; p++) {
      if (PREDICATE_START.test(raw.slice(p, p + 2)) && looksLikeUnit(raw.slice(0, p))) {
        to = from + p;
        raw = raw.slice(0, p);
        break;
      }
    }
  }
  const note = FOOTNOTE.exec(raw);
  if (note && note.index >= 2) {
    to = from + note.index;
    raw = raw.slice(0, note.index);
  }
  const c0 = raw.charCodeAt(0);
  if (c0 === 20250 || c0 === 19982 || c0 === 21644 || c0 === 21450 || c0 === 21516) {
    const lead = /^(?:会同|与|和|及|同)(?=[市县区省])/.exec(raw);
    if (lead && raw.length - lead[0].length >= 2) {
      from += lead[0].length;
      raw = raw.slice(lead[0].length);
    }
  }
  for (let guard = 0; guard < 3 && raw.length > 4; guard++) {
    const m = ROLE_ADVERB.exec(raw);
    if (!m || !looksLikeUnit(raw.slice(0, m.index))) break;
    to -= m[0].length;
    raw = raw.slice(0, m.index);
  }
  const etc = /等(?:[0-9一二三四五六七八九十]{1,3}个)?(?:有关|相关|其他)?(?:部门|单位)?$/.exec(raw);
  if (etc && etc.index > 0) {
    to -= raw.length - etc.index;
    raw = raw.slice(0, etc.index);
  }
  const name = SPACE_IN_NAME.test(raw) ? withoutPageNumbers(raw).replace(SPACES, "") : raw;
  if (!name || name === "\u65E0" || name === "\u6682\u65E0" || name === "/" || name === "\uFF0F" || name === "\u2014" || name === "-" || name === "\u540C\u4E0A" || name === "\u3003" || name === "\u540C\u524D") return;
  out.push({ name, role, start: base + from, end: base + to });
}
var TAIL_STOP = /[。:：0-9０-９]/;
var COOP_VERB_END = /(?:配合|参与|协助|协同|协办)[\s)）]*$/;
var ROLE_ADVERB = /(?:共同|分别|具体|统筹|总|按职责|依职责|按照职责|积极|密切|大力|予以|全力|协同|主动|认真|全面|切实|各自|做好|抓好)$/;
var PREDICATE_START = /^(?:进度|进展|推进|正在|已经|已[完开启建落]|要[求把]|将[在于]|抓好|落实|完成|尚未|未能|目前|积极|认真|持续|切实|全力|加快|加强|做好|组织|开展|主动|协调|统筹|按照|根据)/;
var FOOTNOTE = /(?:\[\^?[0-9]{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|[①-⑳]|<sup>[^<>]{0,6}<\/sup>)$/;
var FIELD_WORD = /(?:完成时限|完成时间|时间节点|时限|责任人|联系人)$/;
function withoutPageNumbers(raw) {
  return /[\r\n]/.test(raw) ? raw.split(/\r\n|\r|\n/).filter((l) => !isPageNumber(l, true)).join("\n") : raw;
}
function listCutShort(before2) {
  let e = before2.length;
  while (e > 0 && isSpace(before2.charCodeAt(e - 1))) e--;
  if (e === 0) return true;
  const end = before2.slice(Math.max(0, e - 8), e);
  if (/等(?:有关|相关|其他)?(?:部门|单位)?$|(?:^|[:：、，,])\s*(?:无|暂无|—|-|\/)$/.test(end)) return false;
  const c = before2.charCodeAt(e - 1);
  if (c === 12289 || c === 65292 || c === 44 || c === 65306 || c === 58 || c === 65307 || c === 59) return true;
  if (c < 19968 || c > 40959) return false;
  let s = e;
  while (s > 0 && e - s < 40) {
    const d = before2.charCodeAt(s - 1);
    if (d < 19968 || d > 40959) break;
    s--;
  }
  const last = before2.slice(s, e);
  return last.length < 3 || !UNIT_SUFFIX_RE.test(last);
}
var ROLE_MARK = /[(（][ \t]{0,2}(牵头(?:单位|部门|负责)?|主责|配合(?:单位|部门)?|参与|协同|协助|协办)[ \t]{0,2}[)）]$/;
function markRole(m) {
  return m.startsWith("\u7275\u5934") || m === "\u4E3B\u8D23" ? "lead" : "cooperating";
}
var LEAD_MARK = /[(（][ \t]{0,2}(?:牵头(?:单位|部门|负责)?|主责)[ \t]{0,2}[)）]/;
function leadMarker(s) {
  return LEAD_MARK.exec(s)?.[0];
}
function parseAnnotation(content) {
  const text = content;
  const units = [];
  let firstLeadsRule = false;
  let i = 0;
  while (i < text.length && /\s/.test(text[i])) i++;
  const first = matchLabel(text.slice(i));
  if (first) {
    let role = first.role;
    const hasRule = RULE_RE.test(text);
    let segStart = i + first.length;
    let k = segStart;
    while (k <= text.length) {
      let boundary = -1, nextRole, nextLen = 0;
      for (; k < text.length; k++) {
        const c = text[k];
        if (c === ";" || c === "\uFF1B" || c === "\u3002" || c === "," || c === "\uFF0C" || c === "\n" || c === " " || c === "	" || c === "\u3000") {
          let p = k + 1;
          while (p < text.length && /\s/.test(text[p])) p++;
          const lab = matchLabel(text.slice(p, p + 24));
          if (lab) {
            boundary = k;
            nextRole = lab.role;
            nextLen = p - k + lab.length;
            break;
          }
          if (c === ";" || c === "\uFF1B") {
            let e = p;
            while (e < text.length && e - p < 200 && text[e] !== ";" && text[e] !== "\uFF1B" && text[e] !== "\u3002") e++;
            if (COOP_VERB_END.test(text.slice(p, e))) {
              boundary = k;
              nextRole = "cooperating";
              nextLen = p - k;
              break;
            }
          }
          if (hasRule && (c === ";" || c === "\uFF1B" || c === "\u3002" ? RULE_RE : c === "," || c === "\uFF0C" ? RULE_AT : void 0)?.test(text.slice(p, p + 40))) {
            boundary = k;
            nextRole = role;
            nextLen = p - k;
            break;
          }
          k = p - 1;
        }
      }
      const segEnd = boundary < 0 ? text.length : boundary;
      let seg = text.slice(segStart, segEnd);
      const verb = role === "cooperating" ? COOP_VERB_END.exec(seg) : null;
      if (verb) seg = seg.slice(0, verb.index);
      if (RULE_RE.test(seg)) firstLeadsRule = true;
      else splitUnitList(seg, segStart, role, units);
      if (boundary < 0) break;
      role = nextRole;
      segStart = boundary + nextLen;
      k = segStart;
    }
    return { units: units.filter((u) => u.name.length <= 40), firstLeadsRule, labelled: true };
  }
  let start = 0;
  let recognised = 0, unrecognised = 0;
  for (let k = 0; k <= text.length; k++) {
    const c = text[k];
    if (k < text.length && c !== "," && c !== "\uFF0C" && c !== ";" && c !== "\uFF1B" && c !== "\u3002") continue;
    const clause = text.slice(start, k);
    const base = start;
    start = k + 1;
    if (!clause.trim()) continue;
    if (RULE_RE.test(clause)) {
      firstLeadsRule = true;
      recognised++;
      continue;
    }
    if (/^\s*(?:以下|下同|不再列出)/.test(clause)) continue;
    const before2 = units.length;
    if (parseClause(clause, base, units)) recognised++;
    else {
      units.length = before2;
      unrecognised++;
    }
  }
  if (recognised === 0 || units.length === 0) return void 0;
  if (!units.every((u) => looksLikeUnit(u.name))) return void 0;
  if (unrecognised > recognised) return void 0;
  return { units, firstLeadsRule, labelled: false };
}
var CLAUSE_RES = [
  // X会同Y负责 / X会同Y共同负责
  [/^(.{1,60}?)会同(.{1,80}?)(?:共同)?负责(?:落实)?$/, (m, b, o) => {
    list(m, 1, b, "lead", o);
    list(m, 2, b, "cooperating", o);
  }],
  // X牵头、Y参与 within one clause is rare; X牵头 alone
  [/^(.+?)(?:牵头|主责|牵头负责|负总责)$/, (m, b, o) => list(m, 1, b, "lead", o)],
  [/^(.+?)(?:参与|配合|协同|协助|参加)$/, (m, b, o) => list(m, 1, b, "cooperating", o)],
  [/^(.+?)(?:分别)?(?:按职责)?(?:分工)?负责(?:落实)?$/, (m, b, o) => list(m, 1, b, "responsible", o)],
  [/^(.+?)指导$/, (m, b, o) => list(m, 1, b, "lead", o)],
  // A plain list with roles marked after names: 市发展改革委（牵头）、市财政局 · 市财政局（配合）
  [/^(?=.{0,300}?[(（][ \t]{0,2}(?:牵头|主责|配合|参与|协同|协助|协办)(?:单位|部门|负责)?[ \t]{0,2}[)）])(.+)$/, (m, b, o) => list(m, 1, b, "responsible", o)]
];
function list(m, group, base, role, out) {
  const g = m[group];
  const off = m.index + m[0].indexOf(g, group === 1 ? 0 : m[1].length);
  splitUnitList(g, base + off, role, out);
}
function parseClause(clause, base, out) {
  if (clause.length > 300) return false;
  let s = 0;
  while (s < clause.length && /\s/.test(clause[s])) s++;
  const by = BY_PREFIX.exec(clause.slice(s, s + 6));
  if (by) s += by[0].length;
  const body = clause.slice(s);
  for (const [re, fn] of CLAUSE_RES) {
    const m = re.exec(body);
    if (m) {
      fn(m, base + s, out);
      return true;
    }
  }
  return false;
}
var BY_PREFIX = /^(?:分别|均|主要|统一|具体)?(?:由|请)(?=[市县区省各中聊])/;
function resolveRoles(units, firstLeads) {
  let seenResponsible = false;
  return units.map((u) => {
    if (u.role !== "responsible") return u;
    const lead = !firstLeads || !seenResponsible;
    seenResponsible = true;
    return { ...u, role: lead ? "lead" : "cooperating" };
  });
}
function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12288 || c === 160 || c >= 8203 && c <= 8205 || c === 8288 || c === 65279;
}
var SPACE_IN_NAME = /[\s\u200b-\u200d\u2060]/;
var SPACES = /[\s\u200b-\u200d\u2060]+/g;

// server/src/core/table.ts
function isWs(c) {
  return c === 32 || c >= 9 && c <= 13 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
function onlySepChars(f, s, e) {
  for (let i = s; i < e; i++) {
    const c = f.charCodeAt(i);
    if (c !== 124 && c !== 58 && c !== 45 && !isWs(c)) return false;
  }
  return true;
}
function splitTsvRow(text, lineStart, lineEnd) {
  const cells = [];
  let start = lineStart;
  for (let i = lineStart; i <= lineEnd; i++) {
    if (i === lineEnd || text.charCodeAt(i) === 9) {
      let s = start, e = i;
      while (s < e && isWs(text.charCodeAt(s))) s++;
      while (e > s && isWs(text.charCodeAt(e - 1))) e--;
      cells.push({ start: s, end: e, text: text.slice(s, e) });
      start = i + 1;
    }
  }
  while (cells.length && cells[cells.length - 1].text === "") cells.pop();
  return cells;
}
function splitRow(text, lineStart, lineEnd) {
  const cells = [];
  let i = lineStart;
  while (i < lineEnd && (text[i] === " " || text[i] === "	")) i++;
  if (text[i] === "|") i++;
  let start = i;
  for (; i <= lineEnd; i++) {
    if (i === lineEnd || text[i] === "|" && text[i - 1] !== "\\") {
      let s = start, e = i;
      while (s < e && isWs(text.charCodeAt(s))) s++;
      while (e > s && isWs(text.charCodeAt(e - 1))) e--;
      if (!(i === lineEnd && start === lineEnd)) cells.push({ start: s, end: e, text: text.slice(s, e) });
      start = i + 1;
    }
  }
  if (cells.length && cells[cells.length - 1].text === "" && /\|\s*$/.test(text.slice(lineStart, lineEnd))) cells.pop();
  return cells;
}
function rowCellCount(text, lineStart, lineEnd) {
  return splitRow(text, lineStart, lineEnd).length;
}
function isSeparatorRow(f, s, e) {
  return onlySepChars(f, s, e) && /^\|?:?-{2,}:?(?:\|:?-{2,}:?)*\|?$/.test(f.slice(s, e).replace(/\s/g, ""));
}
function columnKind(header) {
  const h = header.replace(/[\s*`]/g, "");
  if (/^(?:序号|序|编号序号|No\.?|#)$/i.test(h)) return "counter";
  if (/领导|责任人|联系人|[(（]项[)）]|数量|个数|任务数|项数/.test(h)) return "other";
  if (/^(?:牵头|配合|参与|负责)(?:任务|事项|项目)$/.test(h)) return "number";
  if (/^(?:责任|负责|承办|实施)/.test(h) && /牵头/.test(h) && /第一|首位|首个/.test(h)) return "firstLeads";
  if (/协同配合|配合|参与|协办|协同/.test(h)) return "cooperating";
  if (/牵头|主要责任|主责/.test(h)) return "lead";
  if (/责任单位|责任部门|负责单位|承办单位|责任主体/.test(h)) return "responsible";
  if (/任务编号|任务序号|对应任务|任务号|编号|对应条目|条目|对应事项|项次/.test(h)) return "number";
  if (/^(?:通知|原文|文件|原通知|通知中的?)序号$|^对应(?:通知|文件)(?:任务|条目|事项)?$/.test(h)) return "number";
  if (/任务名称|重点任务|工作任务|任务内容|主要任务|具体任务|任务事项|任务|事项|名称/.test(h)) return "title";
  if (/^(?:工作内容|重点工作|主要工作|工作事项|主要内容)$/.test(h)) return "title";
  return "other";
}

// server/src/core/numerals.ts
var DIGITS = {
  "\u96F6": 0,
  "\u3007": 0,
  "\u25CB": 0,
  "\u041E": 0,
  "\u4E00": 1,
  "\u58F9": 1,
  "\u4E8C": 2,
  "\u8D30": 2,
  "\u4E24": 2,
  "\u4E09": 3,
  "\u53C1": 3,
  "\u56DB": 4,
  "\u8086": 4,
  "\u4E94": 5,
  "\u4F0D": 5,
  "\u516D": 6,
  "\u9646": 6,
  "\u4E03": 7,
  "\u67D2": 7,
  "\u516B": 8,
  "\u634C": 8,
  "\u4E5D": 9,
  "\u7396": 9
};
var UNITS = { "\u5341": 10, "\u62FE": 10, "\u767E": 100, "\u4F70": 100, "\u5343": 1e3, "\u4EDF": 1e3 };
var BIG = { "\u4E07": 1e4, "\u842C": 1e4, "\u4EBF": 1e8, "\u5104": 1e8 };
var byCode = (t) => new Map(Object.entries(t).map(([k, v]) => [k.charCodeAt(0), v]));
var DIGIT_CODES = byCode(DIGITS);
var UNIT_CODES = byCode(UNITS);
var BIG_CODES = byCode(BIG);
function parseNumeral(raw) {
  const s = raw.trim();
  const len = s.length;
  if (!len) return void 0;
  let arabic = true, hasUnit = false;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if ((c < 48 || c > 57) && (c < 65296 || c > 65305)) {
      arabic = false;
      if (UNIT_CODES.has(c) || BIG_CODES.has(c)) {
        hasUnit = true;
        break;
      }
    }
  }
  if (arabic) {
    let n2 = 0;
    for (let i = 0; i < len; i++) {
      const c = s.charCodeAt(i);
      n2 = n2 * 10 + (c >= 65296 ? c - 65296 : c - 48);
    }
    return Number.isSafeInteger(n2) ? n2 : Infinity;
  }
  if (!hasUnit) {
    let n2 = 0;
    for (let i = 0; i < len; i++) {
      const d = DIGIT_CODES.get(s.charCodeAt(i));
      if (d === void 0) return void 0;
      n2 = n2 * 10 + d;
    }
    return Number.isSafeInteger(n2) ? n2 : Infinity;
  }
  let total = 0, section = 0, digit = -1;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    const d = DIGIT_CODES.get(c);
    if (d !== void 0) {
      if (digit > 0) return void 0;
      digit = d;
      continue;
    }
    const u = UNIT_CODES.get(c);
    if (u !== void 0) {
      section += (digit < 0 ? 1 : digit) * u;
      digit = -1;
      continue;
    }
    const b = BIG_CODES.get(c);
    if (b !== void 0) {
      section += digit < 0 ? 0 : digit;
      total = (total + section) * b;
      section = 0;
      digit = -1;
      continue;
    }
    return void 0;
  }
  if (digit > 0) section += digit;
  const n = total + section;
  return Number.isSafeInteger(n) ? n : Infinity;
}
function toChineseNumeral(n) {
  if (!Number.isSafeInteger(n) || n < 0) return String(n);
  if (n === 0) return "\u96F6";
  const d = "\u96F6\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D";
  const parts = [];
  const units = ["", "\u5341", "\u767E", "\u5343"];
  const chunk = (x) => {
    let out = "", zero = false;
    for (let i2 = 3; i2 >= 0; i2--) {
      const v = Math.floor(x / 10 ** i2) % 10;
      if (v === 0) {
        if (out) zero = true;
        continue;
      }
      if (zero) {
        out += "\u96F6";
        zero = false;
      }
      out += d[v] + units[i2];
    }
    return out;
  };
  const bigs = ["", "\u4E07", "\u4EBF"];
  let rest = n, i = 0, needZero = false;
  while (rest > 0 && i < bigs.length) {
    const c = rest % 1e4;
    if (c) {
      parts.unshift(chunk(c) + bigs[i] + (needZero ? "\u96F6" : ""));
    }
    needZero = c > 0 && c < 1e3;
    rest = Math.floor(rest / 1e4);
    i++;
  }
  let s = parts.join("");
  if (s.startsWith("\u4E00\u5341")) s = s.slice(1);
  return s;
}

// server/src/core/notice.ts
var ARABIC_RE = /^(\d{1,4})\s*[.、](?!\d)\s*/;
var CHINESE_RE = /^([一二三四五六七八九十百零〇两]{1,6})\s*[、.](?!\d)\s*/;
var BRACKETED_RE = /^\(([一二三四五六七八九十百零〇两]{1,6})\)\s*/;
var HEADING_RE = /^(#{1,6})\s+/;
var MAX_NOTICE_CHARS = 8e6;
function parseNotice(uri, input) {
  const outer = parseCache, outerNames = parseNames;
  parseCache = /* @__PURE__ */ new Map();
  parseNames = /* @__PURE__ */ new Map();
  try {
    return parse(uri, input);
  } finally {
    parseCache = outer;
    parseNames = outerNames;
  }
}
function parse(uri, input) {
  const problems = [];
  let text = typeof input === "string" ? input : "";
  if (text.length > MAX_NOTICE_CHARS) {
    problems.push(problem("too-large", "warning", `\u901A\u77E5\u8FC7\u5927\uFF0C\u53EA\u89E3\u6790\u524D ${MAX_NOTICE_CHARS} \u4E2A\u5B57\u7B26`, `Notice too large; only the first ${MAX_NOTICE_CHARS} characters are parsed`, { start: MAX_NOTICE_CHARS, end: MAX_NOTICE_CHARS }, 0));
  }
  const lines = new LineIndex(text);
  const model = new NoticeModel(uri, text, lines, problems);
  if (looksBinary(text)) {
    problems.push(problem("not-text", "error", "\u6587\u4EF6\u4E0D\u662F\u6587\u672C\uFF08\u542B\u4E8C\u8FDB\u5236\u5B57\u7B26\uFF0C\u6216\u7F16\u7801\u8BFB\u9519\uFF0C\u5982\u628A GBK \u5F53\u4F5C Latin-1\uFF09\uFF0C\u65E0\u6CD5\u4F5C\u4E3A\u901A\u77E5\u89E3\u6790", "The file is not text (binary characters, or decoded with the wrong encoding such as GBK read as Latin-1); it cannot be parsed as a notice", { start: 0, end: 0 }, 0));
    return model;
  }
  const limit = Math.min(text.length, MAX_NOTICE_CHARS);
  const folded = fold(text.slice(0, limit));
  const ls = classify(folded, lines, limit);
  const style = chooseStyle(folded, ls);
  model.style = style;
  const taskKind = style === "none" ? void 0 : style;
  const sectionKind = style === "arabic" || style === "bracketed" ? "chinese" : void 0;
  const firstBody = ls.findIndex((l) => l.kind === taskKind || sectionKind && l.kind === sectionKind && hasTaskAfter(ls, l.index, taskKind));
  const headerEnd = firstBody < 0 ? ls.length : firstBody;
  readHeader(model, folded, ls.slice(0, headerEnd));
  if (!taskKind) {
    const rows = tableTasks(model, folded, ls);
    if (rows.length) {
      model.style = "table";
      checkNumbering(model, rows);
      model.keep(rows);
      return model;
    }
    problems.push(problem("no-tasks", "error", "\u672A\u627E\u5230\u7F16\u53F7\u7684\u4EFB\u52A1\uFF08\u5982\u201C1.\u201D\u201C\u4E00\u3001\u201D\u201C\uFF08\u4E00\uFF09\u201D\u540E\u8DDF\u7275\u5934\u5355\u4F4D\uFF09", "No numbered tasks found (such as `1.`, `\u4E00\u3001` or `\uFF08\u4E00\uFF09` followed by responsible units)", { start: 0, end: 0 }, 0));
    return model;
  }
  if (style === "bracketed") keepAnnotatedSections(folded, ls, headerEnd);
  const renumber = style === "bracketed";
  let sequence = 0;
  let firstLeads = false;
  let currentSection = -1;
  let i = headerEnd;
  const seen = /* @__PURE__ */ new Map();
  const tasks = [];
  while (i < ls.length) {
    const l = ls[i];
    if (sectionKind && l.kind === sectionKind) {
      model.sections.push({
        number: l.num,
        label: detach(l.label),
        title: detach(cleanTitle(folded.slice(l.bodyStart, l.end))),
        tasks: [],
        span: { start: l.start, end: l.end },
        line: l.index
      });
      currentSection = model.sections.length - 1;
      i++;
      continue;
    }
    if (l.kind !== taskKind) {
      i++;
      continue;
    }
    let j = i + 1;
    const frags = [l];
    let complete2 = endsWithAnnotation(folded, l);
    while (j < ls.length) {
      const f = ls[j];
      if (f.kind === "blank") {
        j++;
        continue;
      }
      if (f.kind === taskKind || f.kind === "chinese" || f.kind === "bracketed" && taskKind !== "chinese" || f.heading) break;
      if (f.kind === "arabic" && taskKind !== "arabic") break;
      const prev = frags[frags.length - 1];
      const gap = f.index - prev.index > 1;
      if (taskKind !== "bracketed") {
        if (complete2 && !matchLabel(folded.slice(f.start, f.start + 12).replace(/^[(（]/, ""))) break;
        if (gap && /[。！？!?]\s*$/.test(folded.slice(prev.start, prev.end)) && !matchLabel(folded.slice(f.start, f.start + 12)) && !/^\s*[(（]/.test(folded.slice(f.start, f.start + 2))) break;
      }
      frags.push(f);
      complete2 = endsWithAnnotation(folded, f);
      j++;
    }
    const task = buildTask(model, folded, frags, l, currentSection, firstLeads);
    if (task.rule) firstLeads = true;
    const t = task.task;
    if (renumber) {
      const sec = currentSection >= 0 ? model.sections[currentSection].label : "";
      t.label = sec + t.label;
      t.number = ++sequence;
    }
    const dup = seen.get(t.number);
    if (dup !== void 0) {
      problems.push(problem("duplicate-task", "warning", `\u4EFB\u52A1\u7F16\u53F7 ${t.number} \u91CD\u590D\uFF08\u7B2C ${dup + 1} \u884C\u5DF2\u6709\uFF09\uFF0C\u5F15\u7528\u65F6\u4EE5\u7B2C\u4E00\u4E2A\u4E3A\u51C6`, `Task number ${t.number} occurs again (first on line ${dup + 1}); citations use the first`, t.numberSpan, t.line));
    } else {
      seen.set(t.number, t.line);
      tasks.push(t);
      if (currentSection >= 0) model.sections[currentSection].tasks.push(t.number);
    }
    i = j;
  }
  const kept = [];
  let nKept = 0;
  for (const s of model.sections) kept.push(s.tasks.length > 0 ? nKept++ : -1);
  model.sections = model.sections.filter((s) => s.tasks.length > 0);
  for (const s of model.sections) s.tasks = s.tasks.slice();
  for (const t of tasks) t.section = t.section >= 0 ? kept[t.section] : -1;
  if (!model.date) {
    for (let k = ls.length - 1; k >= 0 && k >= ls.length - 30; k--) {
      const f = folded.slice(ls[k].start, ls[k].end);
      if (f.length >= 40) continue;
      const m = DATE_RE.exec(f);
      if (m) {
        model.date = isoDate(m[1], m[2], m[3]);
        break;
      }
    }
  }
  if (tasks.every((t) => !t.leads.length && !t.cooperating.length)) {
    const rows = tableTasks(model, folded, ls);
    if (rows.length) {
      model.style = "table";
      model.sections = [];
      model.problems = problems.filter((x) => x.code !== "no-units" && x.code !== "unparsed-units" && x.code !== "duplicate-task");
      checkNumbering(model, rows);
      model.keep(rows);
      return model;
    }
  }
  checkNumbering(model, tasks);
  model.keep(tasks);
  return model;
}
function tableTasks(model, folded, ls) {
  const tasks = [];
  const text = model.text;
  let last = 0;
  for (let i = 0; i + 1 < ls.length; i++) {
    const h = ls[i];
    if (folded[h.start] !== "|" || !isSeparatorRow(folded, ls[i + 1].start, ls[i + 1].end)) continue;
    const header = splitRow(folded, h.start, h.end);
    const kinds = header.map((c) => columnKind(c.text));
    if (kinds.includes("cooperating") && !kinds.includes("lead")) {
      for (let k = 0; k < kinds.length; k++) if (kinds[k] === "responsible") kinds[k] = "lead";
    }
    const ti = kinds.indexOf("title");
    const firstUnit = kinds.findIndex((k) => k === "lead" || k === "responsible" || k === "firstLeads" || k === "cooperating");
    if (ti < 0 || firstUnit < 0 || !kinds.some((k) => k === "lead" || k === "responsible" || k === "firstLeads")) continue;
    const ni = kinds.indexOf("number") >= 0 ? kinds.indexOf("number") : kinds.indexOf("counter");
    const headerText = header.map((c) => c.text).join("|");
    let j = i + 2;
    for (; j < ls.length; j++) {
      const r = ls[j];
      if (r.kind === "blank") {
        if (j + 1 < ls.length && folded[ls[j + 1].start] === "|") continue;
        break;
      }
      if (folded[r.start] !== "|") break;
      if (isSeparatorRow(folded, r.start, r.end)) continue;
      const cells = splitRow(folded, r.start, r.end);
      if (cells.map((c) => c.text).join("|") === headerText) continue;
      const tc = cells[ti];
      if (!tc || tc.text.length < 2) continue;
      const written = ni >= 0 ? cells[ni]?.text ?? "" : "";
      const num = /^[0-9]{1,4}$/.test(written) ? Number(written) : last + 1;
      last = num;
      let te = tc.end;
      for (let k = tc.start; k < tc.end; k++) {
        const c = folded.charCodeAt(k);
        if (c === 12290 || c === 65307 || c === 59) {
          te = k;
          break;
        }
      }
      const mentions = [];
      let us = -1, ue = -1, firstLeads = false;
      cells.forEach((cell, k) => {
        const kind = kinds[k];
        if (kind !== "lead" && kind !== "responsible" && kind !== "firstLeads" && kind !== "cooperating" || !cell.text) return;
        const inner = folded.slice(cell.start, cell.end);
        const a = matchLabel(inner) ? parseAnnotation(inner) : void 0;
        if (a) {
          for (const u of a.units) mentions.push({ ...u, start: u.start + cell.start, end: u.end + cell.start });
          if (a.firstLeadsRule) firstLeads = true;
        } else splitUnitList(inner, cell.start, kind === "lead" ? "lead" : kind === "cooperating" ? "cooperating" : "responsible", mentions);
        if (kind === "firstLeads") firstLeads = true;
        if (us < 0) us = cell.start;
        ue = cell.end;
      });
      const leads = [], cooperating = [];
      const seen = /* @__PURE__ */ new Set();
      for (const u of resolveRoles(mentions, firstLeads)) {
        const name = intern(text.slice(u.start, u.end).replace(/\s+/g, "") || u.name);
        const key = `${u.role}|${name}`;
        if (seen.has(key)) continue;
        seen.add(key);
        (u.role === "lead" ? leads : cooperating).push(new UnitName(name, u.start, u.end));
      }
      const textEnd = firstUnit > ti && cells[firstUnit - 1] ? cells[firstUnit - 1].end : tc.end;
      tasks.push(new TaskRecord(text, num, String(num), -1, r.index, leads, cooperating, void 0, r.start, tc.start, Math.max(textEnd, tc.end), te, us, ue));
    }
    i = j - 1;
  }
  return tasks.some((t) => t.leads.length || t.cooperating.length) ? tasks : [];
}
function keepAnnotatedSections(folded, ls, from) {
  let secStart = from;
  const flush = (end) => {
    let annotated = false;
    for (let k = secStart; k < end && !annotated; k++) {
      if (ls[k].kind !== "bracketed") continue;
      let e = ls[k].end;
      for (let q = k + 1; q < end && ls[q].kind !== "bracketed"; q++) e = ls[q].end;
      annotated = hasAnnotation(folded.slice(ls[k].bodyStart, e), ls[k].bodyStart);
    }
    if (!annotated) {
      for (let k = secStart; k < end; k++) if (ls[k].kind === "bracketed") ls[k].kind = "text";
    }
  };
  for (let k = from; k < ls.length; k++) {
    if (ls[k].kind === "chinese") {
      flush(k);
      secStart = k;
    }
  }
  flush(ls.length);
}
function hasTaskAfter(ls, from, kind) {
  for (let k = from + 1; k < ls.length && k < from + 400; k++) {
    if (ls[k].kind === kind) return true;
    if (ls[k].kind === "chinese") return false;
  }
  return false;
}
function looksBinary(text) {
  const n = Math.min(text.length, 4096);
  let bad = 0, latin = 0, han = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || c === 65533 || c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) bad++;
    else if (c >= 128 && c <= 255) latin++;
    else if (isHan(c)) han++;
  }
  return n > 0 && (bad / n > 0.05 || latin / n > 0.2 && han === 0);
}
function classify(folded, lines, limit) {
  const out = [];
  let inComment = false;
  for (let li = 0; li < lines.lineCount; li++) {
    let s = lines.lineStart(li);
    if (s >= limit) break;
    const e = Math.min(lines.lineEnd(li), limit);
    const raw = folded.slice(s, e);
    if (inComment || /^\s*<!--/.test(raw)) {
      inComment = !/-->\s*$/.test(raw);
      out.push({ kind: "blank", start: s, end: s, num: 0, label: "", bodyStart: s, heading: 0, index: li });
      continue;
    }
    if (isPageNumber(raw)) {
      out.push({ kind: "blank", start: s, end: s, num: 0, label: "", bodyStart: s, heading: 0, index: li });
      continue;
    }
    let heading = 0;
    while (s < e && (folded[s] === " " || folded[s] === "	" || folded[s] === "\uFEFF")) s++;
    const hm = HEADING_RE.exec(folded.slice(s, Math.min(e, s + 8)));
    if (hm) {
      heading = hm[1].length;
      s += hm[0].length;
    }
    while (s < e && folded[s] === "*") s++;
    let end = e;
    while (end > s && /\s/.test(folded[end - 1])) end--;
    const line = { kind: "text", start: s, end, num: 0, label: "", bodyStart: s, heading, index: li };
    if (s >= end) {
      line.kind = "blank";
      out.push(line);
      continue;
    }
    const head = folded.slice(s, Math.min(end, s + 12));
    let m;
    if (m = ARABIC_RE.exec(head)) {
      line.kind = "arabic";
      line.num = Number(m[1]);
      line.label = m[1];
    } else if (m = BRACKETED_RE.exec(head)) {
      line.kind = "bracketed";
      line.num = parseNumeral(m[1]) ?? 0;
      line.label = `\uFF08${m[1]}\uFF09`;
    } else if (m = CHINESE_RE.exec(head)) {
      line.kind = "chinese";
      line.num = parseNumeral(m[1]) ?? 0;
      line.label = m[1];
    }
    if (m) {
      line.bodyStart = s + m[0].length;
      if (line.bodyStart >= end) {
        line.kind = "text";
        line.bodyStart = s;
      }
    }
    out.push(line);
  }
  return out;
}
function endsWithAnnotation(folded, l) {
  const s = folded.slice(l.start, l.end);
  if (!/[)）]$/.test(s)) {
    return !!matchLabel(folded.slice(l.start, l.start + 12)) && !/[、,;:]$/.test(s);
  }
  const open = findOpen(s, s.length - 1);
  if (open < 0) return false;
  return !!parseAnnotationCached(s.slice(open + 1, s.length - 1), l.start + open + 1);
}
function findOpen(s, close) {
  let depth = 0;
  for (let k = close; k >= 0 && close - k < 2e3; k--) {
    const c = s[k];
    if (c === ")" || c === "\uFF09") depth++;
    else if (c === "(" || c === "\uFF08") {
      depth--;
      if (depth === 0) return k;
    }
  }
  return -1;
}
function chooseStyle(folded, ls) {
  const count = {
    arabic: { items: 0, annotated: 0 },
    chinese: { items: 0, annotated: 0 },
    bracketed: { items: 0, annotated: 0 }
  };
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i];
    if (l.kind !== "arabic" && l.kind !== "chinese" && l.kind !== "bracketed") continue;
    count[l.kind].items++;
    let end = l.end;
    for (let j = i + 1; j < ls.length && j < i + 200; j++) {
      const k = ls[j].kind;
      if (k === "arabic" || k === "chinese" || k === "bracketed" || ls[j].heading) break;
      end = ls[j].end;
    }
    if (hasAnnotation(folded.slice(l.bodyStart, end), l.bodyStart)) count[l.kind].annotated++;
  }
  const order = ["arabic", "chinese", "bracketed"];
  let best;
  for (const k of order) if (count[k].annotated > 0 && (!best || count[k].annotated > count[best].annotated)) best = k;
  if (best) return best;
  if (count.arabic.items >= 2) return "arabic";
  if (count.chinese.items >= 3) return "chinese";
  return "none";
}
function hasAnnotation(s, at) {
  for (const a of findAnnotations(s, true, at)) if (a.annotation.units.length) return true;
  return false;
}
var parseCache;
var parseNames;
function intern(name) {
  const hit = parseNames?.get(name);
  if (hit !== void 0) return hit;
  const own = detach(name);
  parseNames?.set(own, own);
  return own;
}
var HAS_SPACE_RE = /\s/;
var textCache = /* @__PURE__ */ new Map();
function parseAnnotationCached(content, at = -1) {
  if (content.length > 400) return parseAnnotation(content);
  if (parseCache) {
    if (at < 0) return parseAnnotation(content);
    const key = at * 512 + content.length;
    const hit2 = parseCache.get(key);
    if (hit2 !== void 0) return hit2 ?? void 0;
    const a2 = parseAnnotation(content);
    parseCache.set(key, a2 ?? null);
    return a2;
  }
  const hit = textCache.get(content);
  if (hit !== void 0) return hit ?? void 0;
  const a = parseAnnotation(content);
  if (textCache.size > 2e4) textCache.clear();
  if (a) for (const u of a.units) u.name = detach(u.name);
  textCache.set(detach(content), a ?? null);
  return a;
}
var BRACKET_RE = /[()（）]/g;
function findAnnotations(s, firstWithUnits = false, at = -1) {
  const out = [];
  if (s.indexOf("(") < 0 && s.indexOf("\uFF08") < 0) return out;
  let depth = 0, open = -1;
  for (let next = 0; ; ) {
    BRACKET_RE.lastIndex = next;
    if (!BRACKET_RE.test(s)) break;
    next = BRACKET_RE.lastIndex;
    const k = next - 1, c = s.charCodeAt(k);
    if (c === 40 || c === 65288) {
      if (depth === 0) open = k;
      depth++;
    } else if ((c === 41 || c === 65289) && depth > 0) {
      depth--;
      if (depth === 0 && open >= 0) {
        const a = parseAnnotationCached(s.slice(open + 1, k), at < 0 ? -1 : at + open + 1);
        if (a) {
          out.push({ annotation: a, start: open, end: k + 1, contentStart: open + 1, closed: true });
          if (firstWithUnits && a.units.length) return out;
        }
        open = -1;
      }
    }
  }
  if (depth > 0 && open >= 0) {
    const a = parseAnnotation(s.slice(open + 1));
    if (a && a.labelled) out.push({ annotation: a, start: open, end: s.length, contentStart: open + 1, closed: false });
  }
  return out;
}
var Joined = class {
  text = "";
  pieces = [];
  add(folded, from, to) {
    this.pieces.push({ src: from, len: to - from, at: this.text.length });
    this.text += folded.slice(from, to);
  }
  /** Source offset of a joined offset (end offsets map to the end of the piece they close). */
  src(at, isEnd = false) {
    let lo = 0, hi = this.pieces.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.pieces[mid].at <= at - (isEnd ? 1 : 0)) lo = mid;
      else hi = mid - 1;
    }
    const p = this.pieces[lo];
    if (!p) return 0;
    return p.src + Math.min(Math.max(at - p.at, 0), p.len);
  }
  span(a, b) {
    return { start: this.src(a), end: this.src(b, true) };
  }
};
function buildTask(model, folded, frags, first, section, firstLeads) {
  const j = new Joined();
  j.add(folded, first.bodyStart, first.end);
  for (let k = 1; k < frags.length; k++) j.add(folded, frags[k].start, frags[k].end);
  const body = j.text;
  const original = model.text;
  const found = findAnnotations(body, false, frags.length === 1 ? first.bodyStart : -1);
  for (let k = 1; k < frags.length; k++) {
    const f = frags[k];
    if (matchLabel(folded.slice(f.start, f.start + 12)) && !/^[(（]/.test(folded[f.start])) {
      const at = j.pieces[k].at;
      const a = parseAnnotation(body.slice(at, at + j.pieces[k].len));
      if (a) found.push({ annotation: a, start: at, end: at + j.pieces[k].len, contentStart: at, closed: false });
    }
  }
  let rule = false;
  const mentions = [];
  for (const f of found) {
    if (f.annotation.firstLeadsRule) rule = true;
    for (const u of f.annotation.units) mentions.push({ ...u, start: u.start + f.contentStart, end: u.end + f.contentStart });
  }
  const roles = resolveRoles(mentions, firstLeads || rule);
  const leads = [], cooperating = [];
  const seenLead = /* @__PURE__ */ new Set(), seenCoop = /* @__PURE__ */ new Set();
  for (const u of roles) {
    const at = j.src(u.start), end = j.src(u.end, true);
    const raw = frags.length === 1 ? original.slice(at, end) : unfoldLike(body.slice(u.start, u.end), j, u.start, original);
    const name = intern((HAS_SPACE_RE.test(raw) ? raw.replace(/\s+/g, "") : raw) || u.name);
    const lead = u.role === "lead", seen = lead ? seenLead : seenCoop;
    if (seen.has(name)) continue;
    seen.add(name);
    (lead ? leads : cooperating).push(new UnitName(name, at, end));
  }
  let firstAnn = body.length, lastAnn = 0;
  for (const f of found) {
    if (f.start < firstAnn) firstAnn = f.start;
    if (f.end > lastAnn) lastAnn = f.end;
  }
  let titleEnd = firstAnn;
  let depth = 0;
  for (let k = 0; k < firstAnn; k++) {
    const c = body.charCodeAt(k);
    if (c === 40 || c === 65288) depth++;
    else if ((c === 41 || c === 65289) && depth > 0) depth--;
    else if (depth === 0 && (c === 12290 || c === 33 || c === 63)) {
      titleEnd = k;
      break;
    }
  }
  const lastFrag = frags[frags.length - 1];
  let pieces;
  if (frags.length > 1) {
    pieces = [];
    for (const p of j.pieces) pieces.push(p.src, p.len);
  }
  const task = new TaskRecord(
    original,
    first.num,
    first.label,
    section,
    first.index,
    leads,
    cooperating,
    pieces,
    first.start,
    first.bodyStart,
    lastFrag.end,
    j.src(titleEnd, true),
    found.length ? j.src(firstAnn) : -1,
    found.length ? j.src(lastAnn, true) : -1
  );
  if (found.length && !mentions.length) {
    model.problems.push(problem("unparsed-units", "warning", `\u4EFB\u52A1 ${task.number} \u7684\u8D23\u4EFB\u5355\u4F4D\u4E3A\u7A7A\u6216\u65E0\u6CD5\u89E3\u6790`, `The responsible units of task ${task.number} are empty or could not be parsed`, task.unitsSpan ?? task.span, task.line));
  } else if (!found.length) {
    const joinedRaw = body;
    if (/牵头|责任单位|配合单位|负责\)/.test(joinedRaw.slice(Math.max(0, joinedRaw.length - 200)))) {
      model.problems.push(problem("unparsed-units", "warning", `\u4EFB\u52A1 ${task.number} \u7684\u8D23\u4EFB\u5355\u4F4D\u65E0\u6CD5\u89E3\u6790`, `The responsible units of task ${task.number} could not be parsed`, task.span, task.line));
    } else {
      model.problems.push(problem("no-units", "information", `\u4EFB\u52A1 ${task.number} \u672A\u5217\u51FA\u8D23\u4EFB\u5355\u4F4D`, `Task ${task.number} names no responsible unit`, task.numberSpan, task.line));
    }
  }
  return { task, rule };
}
var NoticeModel = class {
  constructor(uri, text, lines, problems) {
    this.uri = uri;
    this.text = text;
    this.lines = lines;
    this.problems = problems;
  }
  sections = [];
  style = "none";
  table;
  made;
  get tasks() {
    return this.made ??= this.table ? this.table.make(this.text, this.lines) : [];
  }
  get taskCount() {
    return this.made ? this.made.length : this.table ? this.table.count : 0;
  }
  eachTask(visit) {
    for (const t of this.made ?? this.table?.make(this.text, this.lines) ?? []) visit(t);
  }
  /** Packs the parser's task records (which are then dropped). */
  keep(tasks) {
    this.table = tasks.length ? TaskTable.pack(tasks) : void 0;
    this.made = void 0;
  }
  toJSON() {
    return { ...this, table: void 0, made: void 0, lines: void 0, tasks: this.tasks };
  }
};
var F_NUMBER = 0;
var F_SECTION = 1;
var F_S = 2;
var F_B = 3;
var F_E = 4;
var F_TE = 5;
var F_US = 6;
var F_UE = 7;
var FIELDS = 8;
var C_LEADS = 0;
var C_COOPS = 1;
var C_PIECES = 2;
var COUNTS = 3;
var TaskTable = class _TaskTable {
  constructor(count, f, c, u, names, p, labels) {
    this.count = count;
    this.f = f;
    this.c = c;
    this.u = u;
    this.names = names;
    this.p = p;
    this.labels = labels;
  }
  static pack(tasks) {
    const f = new Int32Array(tasks.length * FIELDS);
    let nUnits = 0, nPieces = 0, most = 0;
    for (const t of tasks) {
      const np = t.pieceList ? t.pieceList.length : 0;
      nUnits += t.leads.length + t.cooperating.length;
      nPieces += np;
      most = Math.max(most, t.leads.length, t.cooperating.length, np);
    }
    const c = most > 65535 ? new Int32Array(tasks.length * COUNTS) : new Uint16Array(tasks.length * COUNTS);
    const u = new Int32Array(nUnits * 3), p = nPieces ? new Int32Array(nPieces) : void 0;
    const names = [], ids = /* @__PURE__ */ new Map();
    let labels;
    let ku = 0, kp = 0;
    tasks.forEach((t, i) => {
      const o = i * FIELDS, q = i * COUNTS;
      f[o + F_NUMBER] = t.number;
      f[o + F_SECTION] = t.section;
      t.offsets(f, o + F_S);
      c[q + C_LEADS] = t.leads.length;
      c[q + C_COOPS] = t.cooperating.length;
      c[q + C_PIECES] = t.pieceList ? t.pieceList.length : 0;
      for (const x of [t.leads, t.cooperating]) for (const un of x) {
        let id = ids.get(un.name);
        if (id === void 0) {
          id = names.length;
          names.push(un.name);
          ids.set(un.name, id);
        }
        u[ku++] = id;
        u[ku++] = un.start;
        u[ku++] = un.end;
      }
      if (t.pieceList) for (const x of t.pieceList) p[kp++] = x;
      if (t.label !== String(t.number)) (labels ??= /* @__PURE__ */ new Map()).set(i, t.label);
    });
    return new _TaskTable(tasks.length, f, c, u, names, p, labels);
  }
  /** The tasks as objects (units of one name share one string). */
  make(source, lines) {
    const { f, c, u, names, p } = this;
    const out = [];
    let ku = 0, kp = 0;
    const unitsOf2 = (n) => {
      if (!n) return NO_UNITS;
      const a = new Array(n);
      for (let k = 0; k < n; k++, ku += 3) a[k] = new UnitName(names[u[ku]], u[ku + 1], u[ku + 2]);
      return a;
    };
    for (let i = 0; i < this.count; i++) {
      const o = i * FIELDS, q = i * COUNTS;
      const np = c[q + C_PIECES];
      const pieces = np && p ? Array.from(p.subarray(kp, kp + np)) : void 0;
      kp += np;
      const s = f[o + F_S], number = f[o + F_NUMBER];
      const leads = unitsOf2(c[q + C_LEADS]), cooperating = unitsOf2(c[q + C_COOPS]);
      out.push(new TaskRecord(
        source,
        number,
        this.labels?.get(i) ?? String(number),
        f[o + F_SECTION],
        lines.positionAt(s).line,
        leads,
        cooperating,
        pieces,
        s,
        f[o + F_B],
        f[o + F_E],
        f[o + F_TE],
        f[o + F_US],
        f[o + F_UE]
      ));
    }
    return out;
  }
};
var UnitName = class {
  constructor(name, start, end) {
    this.name = name;
    this.start = start;
    this.end = end;
  }
  get span() {
    return { start: this.start, end: this.end };
  }
  toJSON() {
    return { name: this.name, span: this.span };
  }
};
var NO_UNITS = [];
var TaskRecord = class {
  constructor(source, number, label, section, line, leads, cooperating, pieces, s, b, e, te, us, ue) {
    this.source = source;
    this.number = number;
    this.section = section;
    this.line = line;
    this.pieces = pieces;
    this.s = s;
    this.b = b;
    this.e = e;
    this.te = te;
    this.us = us;
    this.ue = ue;
    this.lbl = label === String(number) ? void 0 : detach(label);
    this.leads = leads.length ? leads.slice() : NO_UNITS;
    this.cooperating = cooperating.length ? cooperating.slice() : NO_UNITS;
  }
  lbl;
  ttl;
  leads;
  cooperating;
  get pieceList() {
    return this.pieces;
  }
  /** Writes s, b, e, te, us, ue into `to` from `at`. */
  offsets(to, at) {
    to[at] = this.s;
    to[at + 1] = this.b;
    to[at + 2] = this.e;
    to[at + 3] = this.te;
    to[at + 4] = this.us;
    to[at + 5] = this.ue;
  }
  get label() {
    return this.lbl ?? String(this.number);
  }
  /** The title as written: the source from the body's start to the title's end, across page breaks (made once). */
  get title() {
    if (this.ttl === void 0) {
      const p = this.pieces, b = this.b, te = this.te;
      let raw = "";
      if (!p) raw = this.source.slice(b, te);
      else for (let k = 0; k < p.length; k += 2) {
        const x = Math.max(p[k], b), y = Math.min(p[k] + p[k + 1], te);
        if (x < y) raw += this.source.slice(x, y);
      }
      this.ttl = detach(cleanTitle(raw));
    }
    return this.ttl;
  }
  set label(v) {
    this.lbl = v;
  }
  get span() {
    return { start: this.s, end: this.e };
  }
  get numberSpan() {
    return { start: this.s, end: this.b };
  }
  get titleSpan() {
    return { start: this.b, end: this.te };
  }
  get unitsSpan() {
    return this.us < 0 ? void 0 : { start: this.us, end: this.ue };
  }
  get text() {
    const p = this.pieces;
    if (!p) {
      const raw = this.source.slice(this.b, this.e);
      return cleanText(raw.indexOf("|") < 0 ? raw : raw.split("|").map((x) => x.trim()).filter((x) => x).join("\uFF1B"));
    }
    let out = "";
    for (let k = 0; k < p.length; k += 2) out += this.source.slice(p[k], p[k] + p[k + 1]);
    return cleanText(out);
  }
  toJSON() {
    return {
      number: this.number,
      label: this.label,
      title: this.title,
      text: this.text,
      section: this.section,
      leads: this.leads,
      cooperating: this.cooperating,
      span: this.span,
      numberSpan: this.numberSpan,
      titleSpan: this.titleSpan,
      unitsSpan: this.unitsSpan,
      line: this.line
    };
  }
};
function unfoldLike(joined, j, offset, original) {
  let out = "";
  for (const p of j.pieces) {
    const a = Math.max(p.at, offset), b = Math.min(p.at + p.len, offset + joined.length);
    if (a < b) out += original.slice(p.src + (a - p.at), p.src + (b - p.at));
  }
  return out;
}
var TAG_RE = /<\/?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>]{0,200})?\/?>/g;
function cleanText(s) {
  return squeezeCjkSpaces(s.indexOf("<") < 0 ? s : s.replace(TAG_RE, ""));
}
function cleanTitle(s) {
  const t = cleanText(s);
  let a = 0, b = t.length;
  while (a < b && (t[a] === "*" || /\s/.test(t[a]))) a++;
  while (b > a && (t[b - 1] === "*" || t[b - 1] === "\u3002" || /\s/.test(t[b - 1]))) b--;
  return t.slice(a, b);
}
var DOC_NUMBER_RE = /([\u4e00-\u9fff]{1,12}?)[ \t]{0,3}[〔\[［(（【][ \t]{0,3}((?:19|20)\d{2})[ \t]{0,3}[〕\]］)）】][ \t]{0,3}(\d{1,5})[ \t]{0,3}号/;
var DATE_RE = /((?:19|20)\d{2}|[二〇零○一二三四五六七八九]{4})\s*年\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日/;
function readHeader(model, folded, header) {
  const texts = header.filter((l) => l.kind !== "blank").map((l) => ({ l, s: model.text.slice(l.start, l.end), f: folded.slice(l.start, l.end) }));
  let dn = texts.find((t) => DOC_NUMBER_RE.test(t.f) && t.f.replace(DOC_NUMBER_RE, "").trim().length <= 2);
  if (!dn) dn = texts.find((t) => DOC_NUMBER_RE.test(t.f) && !/《|》|印发/.test(t.f));
  if (dn) {
    const m = DOC_NUMBER_RE.exec(dn.f);
    model.docNumber = `${m[1]}\u3014${m[2]}\u3015${m[3]}\u53F7`;
    model.docNumberSpan = { start: dn.l.start + m.index, end: dn.l.start + m.index + m[0].length };
  } else {
    model.problems.push(problem("no-doc-number", "information", "\u672A\u627E\u5230\u53D1\u6587\u5B57\u53F7\uFF08\u5982\u201C\u804A\u653F\u529E\u5B57\u30142023\u30153\u53F7\u201D\uFF09", "No document number (such as \u804A\u653F\u529E\u5B57\u30142023\u30153\u53F7) found", { start: 0, end: 0 }, 0));
  }
  const isTitleEnd = (s) => /(?:通知|意见|方案|办法|规定|决定|计划|要点|函|批复|报告|清单|任务|措施|规划|细则|纲要)$/.test(s.replace(/[\s*#]/g, ""));
  let ti = texts.findIndex((t) => /关于/.test(t.f) && t !== dn && t.f.length < 200);
  if (ti >= 0) {
    let title = texts[ti].s;
    let k = ti;
    while (!isTitleEnd(title) && k + 1 < texts.length && texts[k + 1] !== dn && texts[k + 1].f.length < 60 && k - ti < 3) {
      k++;
      title += texts[k].s;
    }
    model.title = cleanTitle(title.replace(/^#+\s*/, ""));
  } else {
    const h = texts.find((t) => t.l.heading > 0 && isTitleEnd(t.f) && t !== dn);
    if (h) model.title = cleanTitle(h.s);
  }
  for (const t of texts) {
    if (t.f.length >= 40) continue;
    const m = DATE_RE.exec(t.f);
    if (m) model.date = isoDate(m[1], m[2], m[3]);
  }
  const dateIdx = texts.findIndex((t) => t.f.length < 40 && DATE_RE.test(t.f));
  const sig = dateIdx > 0 ? texts[dateIdx - 1].s.trim() : "";
  if (sig && sig.length <= 40 && /^[\u4e00-\u9fff\s]+$/.test(sig)) model.issuer = sig.replace(/\s+/g, "");
  else if (model.title && /关于/.test(model.title)) model.issuer = model.title.slice(0, model.title.indexOf("\u5173\u4E8E")).trim() || void 0;
  else if (texts.length && texts[0].s.length < 40) model.issuer = cleanTitle(texts[0].s);
  if (model.issuer) {
    const pm = /^([\u4e00-\u9fff]{1,6}?(?:市|省|县|自治区|自治州|区))/.exec(model.issuer);
    if (pm && !/^(?:市|省|县|区)$/.test(pm[1])) model.place = pm[1];
  }
  for (const t of texts) {
    const m = /《([^《》]{4,120})》[^《》]{0,20}(?:已经|现印发|印发给)/.exec(t.s);
    if (m) {
      model.taskListTitle = cleanTitle(m[1]);
      break;
    }
  }
  if (!model.taskListTitle && dateIdx >= 0) {
    for (let k = dateIdx + 1; k < texts.length; k++) {
      const s = texts[k].f;
      if (/^[(（]?此件/.test(s) || s.length > 80 || /[。:：]$/.test(s)) continue;
      model.taskListTitle = cleanTitle(texts[k].s.replace(/^#+\s*/, ""));
      break;
    }
  }
  if (model.taskListTitle && model.taskListTitle === model.title) model.taskListTitle = void 0;
}
function isoDate(y, m, d) {
  const year = parseNumeral(y), month = parseNumeral(m), day = parseNumeral(d);
  if (!year || !month || !day || month > 12 || day > 31) return void 0;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
function checkNumbering(model, tasks) {
  const nums = tasks.map((t) => t.number);
  for (let k = 1; k < nums.length; k++) {
    if (nums[k] !== nums[k - 1] + 1 && nums[k] > nums[k - 1]) {
      const t = tasks[k];
      model.problems.push(problem("task-gap", "information", `\u4EFB\u52A1\u7F16\u53F7\u4ECE ${nums[k - 1]} \u8DF3\u5230 ${nums[k]}`, `Task numbers jump from ${nums[k - 1]} to ${nums[k]}`, t.numberSpan, t.line));
    }
  }
  const ok = /* @__PURE__ */ new Map();
  const looksLikeUnit2 = (name) => {
    let r = ok.get(name);
    if (r === void 0) ok.set(name, r = isCollective(name) || /^[\u4e00-\u9fff()（）·]{2,40}$/.test(name));
    return r;
  };
  for (const t of tasks) {
    for (const u of [...t.leads, ...t.cooperating]) {
      if (!looksLikeUnit2(u.name)) {
        model.problems.push(problem("suspicious-unit", "warning", `\u4EFB\u52A1 ${t.number} \u7684\u5355\u4F4D\u540D\u201C${u.name}\u201D\u4E0D\u50CF\u5355\u4F4D\u540D\u79F0`, `Unit name \u201C${u.name}\u201D of task ${t.number} does not look like a unit`, u.span, model.lines.positionAt(u.span.start).line));
      }
    }
  }
}
function problem(code, severity, zh2, en, span, line) {
  return { code, severity, message: { zh: zh2, en }, span, line };
}

// node_modules/fuse.js/dist/fuse.mjs
function isArray(value) {
  return !Array.isArray ? getTag(value) === "[object Array]" : Array.isArray(value);
}
var INFINITY = 1 / 0;
function baseToString(value) {
  if (typeof value == "string") {
    return value;
  }
  let result = value + "";
  return result == "0" && 1 / value == -INFINITY ? "-0" : result;
}
function toString(value) {
  return value == null ? "" : baseToString(value);
}
function isString(value) {
  return typeof value === "string";
}
function isNumber(value) {
  return typeof value === "number";
}
function isBoolean(value) {
  return value === true || value === false || isObjectLike(value) && getTag(value) == "[object Boolean]";
}
function isObject(value) {
  return typeof value === "object";
}
function isObjectLike(value) {
  return isObject(value) && value !== null;
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isBlank(value) {
  return !value.trim().length;
}
function getTag(value) {
  return value == null ? value === void 0 ? "[object Undefined]" : "[object Null]" : Object.prototype.toString.call(value);
}
var INCORRECT_INDEX_TYPE = "Incorrect 'index' type";
var LOGICAL_SEARCH_INVALID_QUERY_FOR_KEY = (key) => `Invalid value for key ${key}`;
var PATTERN_LENGTH_TOO_LARGE = (max2) => `Pattern length exceeds max of ${max2}.`;
var MISSING_KEY_PROPERTY = (name) => `Missing ${name} property in key`;
var INVALID_KEY_WEIGHT_VALUE = (key) => `Property 'weight' in key '${key}' must be a positive integer`;
var hasOwn = Object.prototype.hasOwnProperty;
var KeyStore = class {
  constructor(keys) {
    this._keys = [];
    this._keyMap = {};
    let totalWeight = 0;
    keys.forEach((key) => {
      let obj = createKey(key);
      this._keys.push(obj);
      this._keyMap[obj.id] = obj;
      totalWeight += obj.weight;
    });
    this._keys.forEach((key) => {
      key.weight /= totalWeight;
    });
  }
  get(keyId) {
    return this._keyMap[keyId];
  }
  keys() {
    return this._keys;
  }
  toJSON() {
    return JSON.stringify(this._keys);
  }
};
function createKey(key) {
  let path7 = null;
  let id = null;
  let src = null;
  let weight = 1;
  let getFn = null;
  if (isString(key) || isArray(key)) {
    src = key;
    path7 = createKeyPath(key);
    id = createKeyId(key);
  } else {
    if (!hasOwn.call(key, "name")) {
      throw new Error(MISSING_KEY_PROPERTY("name"));
    }
    const name = key.name;
    src = name;
    if (hasOwn.call(key, "weight")) {
      weight = key.weight;
      if (weight <= 0) {
        throw new Error(INVALID_KEY_WEIGHT_VALUE(name));
      }
    }
    path7 = createKeyPath(name);
    id = createKeyId(name);
    getFn = key.getFn;
  }
  return { path: path7, id, weight, src, getFn };
}
function createKeyPath(key) {
  return isArray(key) ? key : key.split(".");
}
function createKeyId(key) {
  return isArray(key) ? key.join(".") : key;
}
function get(obj, path7) {
  let list2 = [];
  let arr = false;
  const deepGet = (obj2, path8, index) => {
    if (!isDefined(obj2)) {
      return;
    }
    if (!path8[index]) {
      list2.push(obj2);
    } else {
      let key = path8[index];
      const value = obj2[key];
      if (!isDefined(value)) {
        return;
      }
      if (index === path8.length - 1 && (isString(value) || isNumber(value) || isBoolean(value))) {
        list2.push(toString(value));
      } else if (isArray(value)) {
        arr = true;
        for (let i = 0, len = value.length; i < len; i += 1) {
          deepGet(value[i], path8, index + 1);
        }
      } else if (path8.length) {
        deepGet(value, path8, index + 1);
      }
    }
  };
  deepGet(obj, isString(path7) ? path7.split(".") : path7, 0);
  return arr ? list2 : list2[0];
}
var MatchOptions = {
  // Whether the matches should be included in the result set. When `true`, each record in the result
  // set will include the indices of the matched characters.
  // These can consequently be used for highlighting purposes.
  includeMatches: false,
  // When `true`, the matching function will continue to the end of a search pattern even if
  // a perfect match has already been located in the string.
  findAllMatches: false,
  // Minimum number of characters that must be matched before a result is considered a match
  minMatchCharLength: 1
};
var BasicOptions = {
  // When `true`, the algorithm continues searching to the end of the input even if a perfect
  // match is found before the end of the same input.
  isCaseSensitive: false,
  // When `true`, the algorithm will ignore diacritics (accents) in comparisons
  ignoreDiacritics: false,
  // When true, the matching function will continue to the end of a search pattern even if
  includeScore: false,
  // List of properties that will be searched. This also supports nested properties.
  keys: [],
  // Whether to sort the result list, by score
  shouldSort: true,
  // Default sort function: sort by ascending score, ascending index
  sortFn: (a, b) => a.score === b.score ? a.idx < b.idx ? -1 : 1 : a.score < b.score ? -1 : 1
};
var FuzzyOptions = {
  // Approximately where in the text is the pattern expected to be found?
  location: 0,
  // At what point does the match algorithm give up. A threshold of '0.0' requires a perfect match
  // (of both letters and location), a threshold of '1.0' would match anything.
  threshold: 0.6,
  // Determines how close the match must be to the fuzzy location (specified above).
  // An exact letter match which is 'distance' characters away from the fuzzy location
  // would score as a complete mismatch. A distance of '0' requires the match be at
  // the exact location specified, a threshold of '1000' would require a perfect match
  // to be within 800 characters of the fuzzy location to be found using a 0.8 threshold.
  distance: 100
};
var AdvancedOptions = {
  // When `true`, it enables the use of unix-like search commands
  useExtendedSearch: false,
  // The get function to use when fetching an object's properties.
  // The default will search nested paths *ie foo.bar.baz*
  getFn: get,
  // When `true`, search will ignore `location` and `distance`, so it won't matter
  // where in the string the pattern appears.
  // More info: https://fusejs.io/concepts/scoring-theory.html#fuzziness-score
  ignoreLocation: false,
  // When `true`, the calculation for the relevance score (used for sorting) will
  // ignore the field-length norm.
  // More info: https://fusejs.io/concepts/scoring-theory.html#field-length-norm
  ignoreFieldNorm: false,
  // The weight to determine how much field length norm effects scoring.
  fieldNormWeight: 1
};
var Config = {
  ...BasicOptions,
  ...MatchOptions,
  ...FuzzyOptions,
  ...AdvancedOptions
};
var SPACE = /[^ ]+/g;
function norm(weight = 1, mantissa = 3) {
  const cache = /* @__PURE__ */ new Map();
  const m = Math.pow(10, mantissa);
  return {
    get(value) {
      const numTokens = value.match(SPACE).length;
      if (cache.has(numTokens)) {
        return cache.get(numTokens);
      }
      const norm3 = 1 / Math.pow(numTokens, 0.5 * weight);
      const n = parseFloat(Math.round(norm3 * m) / m);
      cache.set(numTokens, n);
      return n;
    },
    clear() {
      cache.clear();
    }
  };
}
var FuseIndex = class {
  constructor({
    getFn = Config.getFn,
    fieldNormWeight = Config.fieldNormWeight
  } = {}) {
    this.norm = norm(fieldNormWeight, 3);
    this.getFn = getFn;
    this.isCreated = false;
    this.setIndexRecords();
  }
  setSources(docs = []) {
    this.docs = docs;
  }
  setIndexRecords(records = []) {
    this.records = records;
  }
  setKeys(keys = []) {
    this.keys = keys;
    this._keysMap = {};
    keys.forEach((key, idx) => {
      this._keysMap[key.id] = idx;
    });
  }
  create() {
    if (this.isCreated || !this.docs.length) {
      return;
    }
    this.isCreated = true;
    if (isString(this.docs[0])) {
      this.docs.forEach((doc, docIndex) => {
        this._addString(doc, docIndex);
      });
    } else {
      this.docs.forEach((doc, docIndex) => {
        this._addObject(doc, docIndex);
      });
    }
    this.norm.clear();
  }
  // Adds a doc to the end of the index
  add(doc) {
    const idx = this.size();
    if (isString(doc)) {
      this._addString(doc, idx);
    } else {
      this._addObject(doc, idx);
    }
  }
  // Removes the doc at the specified index of the index
  removeAt(idx) {
    this.records.splice(idx, 1);
    for (let i = idx, len = this.size(); i < len; i += 1) {
      this.records[i].i -= 1;
    }
  }
  getValueForItemAtKeyId(item, keyId) {
    return item[this._keysMap[keyId]];
  }
  size() {
    return this.records.length;
  }
  _addString(doc, docIndex) {
    if (!isDefined(doc) || isBlank(doc)) {
      return;
    }
    let record = {
      v: doc,
      i: docIndex,
      n: this.norm.get(doc)
    };
    this.records.push(record);
  }
  _addObject(doc, docIndex) {
    let record = { i: docIndex, $: {} };
    this.keys.forEach((key, keyIndex) => {
      let value = key.getFn ? key.getFn(doc) : this.getFn(doc, key.path);
      if (!isDefined(value)) {
        return;
      }
      if (isArray(value)) {
        let subRecords = [];
        const stack = [{ nestedArrIndex: -1, value }];
        while (stack.length) {
          const { nestedArrIndex, value: value2 } = stack.pop();
          if (!isDefined(value2)) {
            continue;
          }
          if (isString(value2) && !isBlank(value2)) {
            let subRecord = {
              v: value2,
              i: nestedArrIndex,
              n: this.norm.get(value2)
            };
            subRecords.push(subRecord);
          } else if (isArray(value2)) {
            value2.forEach((item, k) => {
              stack.push({
                nestedArrIndex: k,
                value: item
              });
            });
          } else ;
        }
        record.$[keyIndex] = subRecords;
      } else if (isString(value) && !isBlank(value)) {
        let subRecord = {
          v: value,
          n: this.norm.get(value)
        };
        record.$[keyIndex] = subRecord;
      }
    });
    this.records.push(record);
  }
  toJSON() {
    return {
      keys: this.keys,
      records: this.records
    };
  }
};
function createIndex(keys, docs, { getFn = Config.getFn, fieldNormWeight = Config.fieldNormWeight } = {}) {
  const myIndex = new FuseIndex({ getFn, fieldNormWeight });
  myIndex.setKeys(keys.map(createKey));
  myIndex.setSources(docs);
  myIndex.create();
  return myIndex;
}
function parseIndex(data, { getFn = Config.getFn, fieldNormWeight = Config.fieldNormWeight } = {}) {
  const { keys, records } = data;
  const myIndex = new FuseIndex({ getFn, fieldNormWeight });
  myIndex.setKeys(keys);
  myIndex.setIndexRecords(records);
  return myIndex;
}
function computeScore$1(pattern, {
  errors = 0,
  currentLocation = 0,
  expectedLocation = 0,
  distance = Config.distance,
  ignoreLocation = Config.ignoreLocation
} = {}) {
  const accuracy = errors / pattern.length;
  if (ignoreLocation) {
    return accuracy;
  }
  const proximity = Math.abs(expectedLocation - currentLocation);
  if (!distance) {
    return proximity ? 1 : accuracy;
  }
  return accuracy + proximity / distance;
}
function convertMaskToIndices(matchmask = [], minMatchCharLength = Config.minMatchCharLength) {
  let indices = [];
  let start = -1;
  let end = -1;
  let i = 0;
  for (let len = matchmask.length; i < len; i += 1) {
    let match = matchmask[i];
    if (match && start === -1) {
      start = i;
    } else if (!match && start !== -1) {
      end = i - 1;
      if (end - start + 1 >= minMatchCharLength) {
        indices.push([start, end]);
      }
      start = -1;
    }
  }
  if (matchmask[i - 1] && i - start >= minMatchCharLength) {
    indices.push([start, i - 1]);
  }
  return indices;
}
var MAX_BITS = 32;
function search(text, pattern, patternAlphabet, {
  location = Config.location,
  distance = Config.distance,
  threshold = Config.threshold,
  findAllMatches = Config.findAllMatches,
  minMatchCharLength = Config.minMatchCharLength,
  includeMatches = Config.includeMatches,
  ignoreLocation = Config.ignoreLocation
} = {}) {
  if (pattern.length > MAX_BITS) {
    throw new Error(PATTERN_LENGTH_TOO_LARGE(MAX_BITS));
  }
  const patternLen = pattern.length;
  const textLen = text.length;
  const expectedLocation = Math.max(0, Math.min(location, textLen));
  let currentThreshold = threshold;
  let bestLocation = expectedLocation;
  const computeMatches = minMatchCharLength > 1 || includeMatches;
  const matchMask = computeMatches ? Array(textLen) : [];
  let index;
  while ((index = text.indexOf(pattern, bestLocation)) > -1) {
    let score = computeScore$1(pattern, {
      currentLocation: index,
      expectedLocation,
      distance,
      ignoreLocation
    });
    currentThreshold = Math.min(score, currentThreshold);
    bestLocation = index + patternLen;
    if (computeMatches) {
      let i = 0;
      while (i < patternLen) {
        matchMask[index + i] = 1;
        i += 1;
      }
    }
  }
  bestLocation = -1;
  let lastBitArr = [];
  let finalScore = 1;
  let binMax = patternLen + textLen;
  const mask = 1 << patternLen - 1;
  for (let i = 0; i < patternLen; i += 1) {
    let binMin = 0;
    let binMid = binMax;
    while (binMin < binMid) {
      const score2 = computeScore$1(pattern, {
        errors: i,
        currentLocation: expectedLocation + binMid,
        expectedLocation,
        distance,
        ignoreLocation
      });
      if (score2 <= currentThreshold) {
        binMin = binMid;
      } else {
        binMax = binMid;
      }
      binMid = Math.floor((binMax - binMin) / 2 + binMin);
    }
    binMax = binMid;
    let start = Math.max(1, expectedLocation - binMid + 1);
    let finish = findAllMatches ? textLen : Math.min(expectedLocation + binMid, textLen) + patternLen;
    let bitArr = Array(finish + 2);
    bitArr[finish + 1] = (1 << i) - 1;
    for (let j = finish; j >= start; j -= 1) {
      let currentLocation = j - 1;
      let charMatch = patternAlphabet[text.charAt(currentLocation)];
      if (computeMatches) {
        matchMask[currentLocation] = +!!charMatch;
      }
      bitArr[j] = (bitArr[j + 1] << 1 | 1) & charMatch;
      if (i) {
        bitArr[j] |= (lastBitArr[j + 1] | lastBitArr[j]) << 1 | 1 | lastBitArr[j + 1];
      }
      if (bitArr[j] & mask) {
        finalScore = computeScore$1(pattern, {
          errors: i,
          currentLocation,
          expectedLocation,
          distance,
          ignoreLocation
        });
        if (finalScore <= currentThreshold) {
          currentThreshold = finalScore;
          bestLocation = currentLocation;
          if (bestLocation <= expectedLocation) {
            break;
          }
          start = Math.max(1, 2 * expectedLocation - bestLocation);
        }
      }
    }
    const score = computeScore$1(pattern, {
      errors: i + 1,
      currentLocation: expectedLocation,
      expectedLocation,
      distance,
      ignoreLocation
    });
    if (score > currentThreshold) {
      break;
    }
    lastBitArr = bitArr;
  }
  const result = {
    isMatch: bestLocation >= 0,
    // Count exact matches (those with a score of 0) to be "almost" exact
    score: Math.max(1e-3, finalScore)
  };
  if (computeMatches) {
    const indices = convertMaskToIndices(matchMask, minMatchCharLength);
    if (!indices.length) {
      result.isMatch = false;
    } else if (includeMatches) {
      result.indices = indices;
    }
  }
  return result;
}
function createPatternAlphabet(pattern) {
  let mask = {};
  for (let i = 0, len = pattern.length; i < len; i += 1) {
    const char = pattern.charAt(i);
    mask[char] = (mask[char] || 0) | 1 << len - i - 1;
  }
  return mask;
}
var stripDiacritics = String.prototype.normalize ? ((str) => str.normalize("NFD").replace(/[\u0300-\u036F\u0483-\u0489\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u0711\u0730-\u074A\u07A6-\u07B0\u07EB-\u07F3\u07FD\u0816-\u0819\u081B-\u0823\u0825-\u0827\u0829-\u082D\u0859-\u085B\u08D3-\u08E1\u08E3-\u0903\u093A-\u093C\u093E-\u094F\u0951-\u0957\u0962\u0963\u0981-\u0983\u09BC\u09BE-\u09C4\u09C7\u09C8\u09CB-\u09CD\u09D7\u09E2\u09E3\u09FE\u0A01-\u0A03\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A70\u0A71\u0A75\u0A81-\u0A83\u0ABC\u0ABE-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AE2\u0AE3\u0AFA-\u0AFF\u0B01-\u0B03\u0B3C\u0B3E-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B56\u0B57\u0B62\u0B63\u0B82\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD7\u0C00-\u0C04\u0C3E-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C62\u0C63\u0C81-\u0C83\u0CBC\u0CBE-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CE2\u0CE3\u0D00-\u0D03\u0D3B\u0D3C\u0D3E-\u0D44\u0D46-\u0D48\u0D4A-\u0D4D\u0D57\u0D62\u0D63\u0D82\u0D83\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DF2\u0DF3\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u0EB1\u0EB4-\u0EB9\u0EBB\u0EBC\u0EC8-\u0ECD\u0F18\u0F19\u0F35\u0F37\u0F39\u0F3E\u0F3F\u0F71-\u0F84\u0F86\u0F87\u0F8D-\u0F97\u0F99-\u0FBC\u0FC6\u102B-\u103E\u1056-\u1059\u105E-\u1060\u1062-\u1064\u1067-\u106D\u1071-\u1074\u1082-\u108D\u108F\u109A-\u109D\u135D-\u135F\u1712-\u1714\u1732-\u1734\u1752\u1753\u1772\u1773\u17B4-\u17D3\u17DD\u180B-\u180D\u1885\u1886\u18A9\u1920-\u192B\u1930-\u193B\u1A17-\u1A1B\u1A55-\u1A5E\u1A60-\u1A7C\u1A7F\u1AB0-\u1ABE\u1B00-\u1B04\u1B34-\u1B44\u1B6B-\u1B73\u1B80-\u1B82\u1BA1-\u1BAD\u1BE6-\u1BF3\u1C24-\u1C37\u1CD0-\u1CD2\u1CD4-\u1CE8\u1CED\u1CF2-\u1CF4\u1CF7-\u1CF9\u1DC0-\u1DF9\u1DFB-\u1DFF\u20D0-\u20F0\u2CEF-\u2CF1\u2D7F\u2DE0-\u2DFF\u302A-\u302F\u3099\u309A\uA66F-\uA672\uA674-\uA67D\uA69E\uA69F\uA6F0\uA6F1\uA802\uA806\uA80B\uA823-\uA827\uA880\uA881\uA8B4-\uA8C5\uA8E0-\uA8F1\uA8FF\uA926-\uA92D\uA947-\uA953\uA980-\uA983\uA9B3-\uA9C0\uA9E5\uAA29-\uAA36\uAA43\uAA4C\uAA4D\uAA7B-\uAA7D\uAAB0\uAAB2-\uAAB4\uAAB7\uAAB8\uAABE\uAABF\uAAC1\uAAEB-\uAAEF\uAAF5\uAAF6\uABE3-\uABEA\uABEC\uABED\uFB1E\uFE00-\uFE0F\uFE20-\uFE2F]/g, "")) : ((str) => str);
var BitapSearch = class {
  constructor(pattern, {
    location = Config.location,
    threshold = Config.threshold,
    distance = Config.distance,
    includeMatches = Config.includeMatches,
    findAllMatches = Config.findAllMatches,
    minMatchCharLength = Config.minMatchCharLength,
    isCaseSensitive = Config.isCaseSensitive,
    ignoreDiacritics = Config.ignoreDiacritics,
    ignoreLocation = Config.ignoreLocation
  } = {}) {
    this.options = {
      location,
      threshold,
      distance,
      includeMatches,
      findAllMatches,
      minMatchCharLength,
      isCaseSensitive,
      ignoreDiacritics,
      ignoreLocation
    };
    pattern = isCaseSensitive ? pattern : pattern.toLowerCase();
    pattern = ignoreDiacritics ? stripDiacritics(pattern) : pattern;
    this.pattern = pattern;
    this.chunks = [];
    if (!this.pattern.length) {
      return;
    }
    const addChunk = (pattern2, startIndex) => {
      this.chunks.push({
        pattern: pattern2,
        alphabet: createPatternAlphabet(pattern2),
        startIndex
      });
    };
    const len = this.pattern.length;
    if (len > MAX_BITS) {
      let i = 0;
      const remainder = len % MAX_BITS;
      const end = len - remainder;
      while (i < end) {
        addChunk(this.pattern.substr(i, MAX_BITS), i);
        i += MAX_BITS;
      }
      if (remainder) {
        const startIndex = len - MAX_BITS;
        addChunk(this.pattern.substr(startIndex), startIndex);
      }
    } else {
      addChunk(this.pattern, 0);
    }
  }
  searchIn(text) {
    const { isCaseSensitive, ignoreDiacritics, includeMatches } = this.options;
    text = isCaseSensitive ? text : text.toLowerCase();
    text = ignoreDiacritics ? stripDiacritics(text) : text;
    if (this.pattern === text) {
      let result2 = {
        isMatch: true,
        score: 0
      };
      if (includeMatches) {
        result2.indices = [[0, text.length - 1]];
      }
      return result2;
    }
    const {
      location,
      distance,
      threshold,
      findAllMatches,
      minMatchCharLength,
      ignoreLocation
    } = this.options;
    let allIndices = [];
    let totalScore = 0;
    let hasMatches = false;
    this.chunks.forEach(({ pattern, alphabet, startIndex }) => {
      const { isMatch, score, indices } = search(text, pattern, alphabet, {
        location: location + startIndex,
        distance,
        threshold,
        findAllMatches,
        minMatchCharLength,
        includeMatches,
        ignoreLocation
      });
      if (isMatch) {
        hasMatches = true;
      }
      totalScore += score;
      if (isMatch && indices) {
        allIndices = [...allIndices, ...indices];
      }
    });
    let result = {
      isMatch: hasMatches,
      score: hasMatches ? totalScore / this.chunks.length : 1
    };
    if (hasMatches && includeMatches) {
      result.indices = allIndices;
    }
    return result;
  }
};
var BaseMatch = class {
  constructor(pattern) {
    this.pattern = pattern;
  }
  static isMultiMatch(pattern) {
    return getMatch(pattern, this.multiRegex);
  }
  static isSingleMatch(pattern) {
    return getMatch(pattern, this.singleRegex);
  }
  search() {
  }
};
function getMatch(pattern, exp) {
  const matches = pattern.match(exp);
  return matches ? matches[1] : null;
}
var ExactMatch = class extends BaseMatch {
  constructor(pattern) {
    super(pattern);
  }
  static get type() {
    return "exact";
  }
  static get multiRegex() {
    return /^="(.*)"$/;
  }
  static get singleRegex() {
    return /^=(.*)$/;
  }
  search(text) {
    const isMatch = text === this.pattern;
    return {
      isMatch,
      score: isMatch ? 0 : 1,
      indices: [0, this.pattern.length - 1]
    };
  }
};
var InverseExactMatch = class extends BaseMatch {
  constructor(pattern) {
    super(pattern);
  }
  static get type() {
    return "inverse-exact";
  }
  static get multiRegex() {
    return /^!"(.*)"$/;
  }
  static get singleRegex() {
    return /^!(.*)$/;
  }
  search(text) {
    const index = text.indexOf(this.pattern);
    const isMatch = index === -1;
    return {
      isMatch,
      score: isMatch ? 0 : 1,
      indices: [0, text.length - 1]
    };
  }
};
var PrefixExactMatch = class extends BaseMatch {
  constructor(pattern) {
    super(pattern);
  }
  static get type() {
    return "prefix-exact";
  }
  static get multiRegex() {
    return /^\^"(.*)"$/;
  }
  static get singleRegex() {
    return /^\^(.*)$/;
  }
  search(text) {
    const isMatch = text.startsWith(this.pattern);
    return {
      isMatch,
      score: isMatch ? 0 : 1,
      indices: [0, this.pattern.length - 1]
    };
  }
};
var InversePrefixExactMatch = class extends BaseMatch {
  constructor(pattern) {
    super(pattern);
  }
  static get type() {
    return "inverse-prefix-exact";
  }
  static get multiRegex() {
    return /^!\^"(.*)"$/;
  }
  static get singleRegex() {
    return /^!\^(.*)$/;
  }
  search(text) {
    const isMatch = !text.startsWith(this.pattern);
    return {
      isMatch,
      score: isMatch ? 0 : 1,
      indices: [0, text.length - 1]
    };
  }
};
var SuffixExactMatch = class extends BaseMatch {
  constructor(pattern) {
    super(pattern);
  }
  static get type() {
    return "suffix-exact";
  }
  static get multiRegex() {
    return /^"(.*)"\$$/;
  }
  static get singleRegex() {
    return /^(.*)\$$/;
  }
  search(text) {
    const isMatch = text.endsWith(this.pattern);
    return {
      isMatch,
      score: isMatch ? 0 : 1,
      indices: [text.length - this.pattern.length, text.length - 1]
    };
  }
};
var InverseSuffixExactMatch = class extends BaseMatch {
  constructor(pattern) {
    super(pattern);
  }
  static get type() {
    return "inverse-suffix-exact";
  }
  static get multiRegex() {
    return /^!"(.*)"\$$/;
  }
  static get singleRegex() {
    return /^!(.*)\$$/;
  }
  search(text) {
    const isMatch = !text.endsWith(this.pattern);
    return {
      isMatch,
      score: isMatch ? 0 : 1,
      indices: [0, text.length - 1]
    };
  }
};
var FuzzyMatch = class extends BaseMatch {
  constructor(pattern, {
    location = Config.location,
    threshold = Config.threshold,
    distance = Config.distance,
    includeMatches = Config.includeMatches,
    findAllMatches = Config.findAllMatches,
    minMatchCharLength = Config.minMatchCharLength,
    isCaseSensitive = Config.isCaseSensitive,
    ignoreDiacritics = Config.ignoreDiacritics,
    ignoreLocation = Config.ignoreLocation
  } = {}) {
    super(pattern);
    this._bitapSearch = new BitapSearch(pattern, {
      location,
      threshold,
      distance,
      includeMatches,
      findAllMatches,
      minMatchCharLength,
      isCaseSensitive,
      ignoreDiacritics,
      ignoreLocation
    });
  }
  static get type() {
    return "fuzzy";
  }
  static get multiRegex() {
    return /^"(.*)"$/;
  }
  static get singleRegex() {
    return /^(.*)$/;
  }
  search(text) {
    return this._bitapSearch.searchIn(text);
  }
};
var IncludeMatch = class extends BaseMatch {
  constructor(pattern) {
    super(pattern);
  }
  static get type() {
    return "include";
  }
  static get multiRegex() {
    return /^'"(.*)"$/;
  }
  static get singleRegex() {
    return /^'(.*)$/;
  }
  search(text) {
    let location = 0;
    let index;
    const indices = [];
    const patternLen = this.pattern.length;
    while ((index = text.indexOf(this.pattern, location)) > -1) {
      location = index + patternLen;
      indices.push([index, location - 1]);
    }
    const isMatch = !!indices.length;
    return {
      isMatch,
      score: isMatch ? 0 : 1,
      indices
    };
  }
};
var searchers = [
  ExactMatch,
  IncludeMatch,
  PrefixExactMatch,
  InversePrefixExactMatch,
  InverseSuffixExactMatch,
  SuffixExactMatch,
  InverseExactMatch,
  FuzzyMatch
];
var searchersLen = searchers.length;
var SPACE_RE = / +(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)/;
var OR_TOKEN = "|";
function parseQuery(pattern, options = {}) {
  return pattern.split(OR_TOKEN).map((item) => {
    let query = item.trim().split(SPACE_RE).filter((item2) => item2 && !!item2.trim());
    let results = [];
    for (let i = 0, len = query.length; i < len; i += 1) {
      const queryItem = query[i];
      let found = false;
      let idx = -1;
      while (!found && ++idx < searchersLen) {
        const searcher = searchers[idx];
        let token = searcher.isMultiMatch(queryItem);
        if (token) {
          results.push(new searcher(token, options));
          found = true;
        }
      }
      if (found) {
        continue;
      }
      idx = -1;
      while (++idx < searchersLen) {
        const searcher = searchers[idx];
        let token = searcher.isSingleMatch(queryItem);
        if (token) {
          results.push(new searcher(token, options));
          break;
        }
      }
    }
    return results;
  });
}
var MultiMatchSet = /* @__PURE__ */ new Set([FuzzyMatch.type, IncludeMatch.type]);
var ExtendedSearch = class {
  constructor(pattern, {
    isCaseSensitive = Config.isCaseSensitive,
    ignoreDiacritics = Config.ignoreDiacritics,
    includeMatches = Config.includeMatches,
    minMatchCharLength = Config.minMatchCharLength,
    ignoreLocation = Config.ignoreLocation,
    findAllMatches = Config.findAllMatches,
    location = Config.location,
    threshold = Config.threshold,
    distance = Config.distance
  } = {}) {
    this.query = null;
    this.options = {
      isCaseSensitive,
      ignoreDiacritics,
      includeMatches,
      minMatchCharLength,
      findAllMatches,
      ignoreLocation,
      location,
      threshold,
      distance
    };
    pattern = isCaseSensitive ? pattern : pattern.toLowerCase();
    pattern = ignoreDiacritics ? stripDiacritics(pattern) : pattern;
    this.pattern = pattern;
    this.query = parseQuery(this.pattern, this.options);
  }
  static condition(_, options) {
    return options.useExtendedSearch;
  }
  searchIn(text) {
    const query = this.query;
    if (!query) {
      return {
        isMatch: false,
        score: 1
      };
    }
    const { includeMatches, isCaseSensitive, ignoreDiacritics } = this.options;
    text = isCaseSensitive ? text : text.toLowerCase();
    text = ignoreDiacritics ? stripDiacritics(text) : text;
    let numMatches = 0;
    let allIndices = [];
    let totalScore = 0;
    for (let i = 0, qLen = query.length; i < qLen; i += 1) {
      const searchers2 = query[i];
      allIndices.length = 0;
      numMatches = 0;
      for (let j = 0, pLen = searchers2.length; j < pLen; j += 1) {
        const searcher = searchers2[j];
        const { isMatch, indices, score } = searcher.search(text);
        if (isMatch) {
          numMatches += 1;
          totalScore += score;
          if (includeMatches) {
            const type = searcher.constructor.type;
            if (MultiMatchSet.has(type)) {
              allIndices = [...allIndices, ...indices];
            } else {
              allIndices.push(indices);
            }
          }
        } else {
          totalScore = 0;
          numMatches = 0;
          allIndices.length = 0;
          break;
        }
      }
      if (numMatches) {
        let result = {
          isMatch: true,
          score: totalScore / numMatches
        };
        if (includeMatches) {
          result.indices = allIndices;
        }
        return result;
      }
    }
    return {
      isMatch: false,
      score: 1
    };
  }
};
var registeredSearchers = [];
function register(...args) {
  registeredSearchers.push(...args);
}
function createSearcher(pattern, options) {
  for (let i = 0, len = registeredSearchers.length; i < len; i += 1) {
    let searcherClass = registeredSearchers[i];
    if (searcherClass.condition(pattern, options)) {
      return new searcherClass(pattern, options);
    }
  }
  return new BitapSearch(pattern, options);
}
var LogicalOperator = {
  AND: "$and",
  OR: "$or"
};
var KeyType = {
  PATH: "$path",
  PATTERN: "$val"
};
var isExpression = (query) => !!(query[LogicalOperator.AND] || query[LogicalOperator.OR]);
var isPath = (query) => !!query[KeyType.PATH];
var isLeaf = (query) => !isArray(query) && isObject(query) && !isExpression(query);
var convertToExplicit = (query) => ({
  [LogicalOperator.AND]: Object.keys(query).map((key) => ({
    [key]: query[key]
  }))
});
function parse2(query, options, { auto = true } = {}) {
  const next = (query2) => {
    let keys = Object.keys(query2);
    const isQueryPath = isPath(query2);
    if (!isQueryPath && keys.length > 1 && !isExpression(query2)) {
      return next(convertToExplicit(query2));
    }
    if (isLeaf(query2)) {
      const key = isQueryPath ? query2[KeyType.PATH] : keys[0];
      const pattern = isQueryPath ? query2[KeyType.PATTERN] : query2[key];
      if (!isString(pattern)) {
        throw new Error(LOGICAL_SEARCH_INVALID_QUERY_FOR_KEY(key));
      }
      const obj = {
        keyId: createKeyId(key),
        pattern
      };
      if (auto) {
        obj.searcher = createSearcher(pattern, options);
      }
      return obj;
    }
    let node = {
      children: [],
      operator: keys[0]
    };
    keys.forEach((key) => {
      const value = query2[key];
      if (isArray(value)) {
        value.forEach((item) => {
          node.children.push(next(item));
        });
      }
    });
    return node;
  };
  if (!isExpression(query)) {
    query = convertToExplicit(query);
  }
  return next(query);
}
function computeScore(results, { ignoreFieldNorm = Config.ignoreFieldNorm }) {
  results.forEach((result) => {
    let totalScore = 1;
    result.matches.forEach(({ key, norm: norm3, score }) => {
      const weight = key ? key.weight : null;
      totalScore *= Math.pow(
        score === 0 && weight ? Number.EPSILON : score,
        (weight || 1) * (ignoreFieldNorm ? 1 : norm3)
      );
    });
    result.score = totalScore;
  });
}
function transformMatches(result, data) {
  const matches = result.matches;
  data.matches = [];
  if (!isDefined(matches)) {
    return;
  }
  matches.forEach((match) => {
    if (!isDefined(match.indices) || !match.indices.length) {
      return;
    }
    const { indices, value } = match;
    let obj = {
      indices,
      value
    };
    if (match.key) {
      obj.key = match.key.src;
    }
    if (match.idx > -1) {
      obj.refIndex = match.idx;
    }
    data.matches.push(obj);
  });
}
function transformScore(result, data) {
  data.score = result.score;
}
function format(results, docs, {
  includeMatches = Config.includeMatches,
  includeScore = Config.includeScore
} = {}) {
  const transformers = [];
  if (includeMatches) transformers.push(transformMatches);
  if (includeScore) transformers.push(transformScore);
  return results.map((result) => {
    const { idx } = result;
    const data = {
      item: docs[idx],
      refIndex: idx
    };
    if (transformers.length) {
      transformers.forEach((transformer) => {
        transformer(result, data);
      });
    }
    return data;
  });
}
var Fuse = class {
  constructor(docs, options = {}, index) {
    this.options = { ...Config, ...options };
    if (this.options.useExtendedSearch && false) {
      throw new Error(EXTENDED_SEARCH_UNAVAILABLE);
    }
    this._keyStore = new KeyStore(this.options.keys);
    this.setCollection(docs, index);
  }
  setCollection(docs, index) {
    this._docs = docs;
    if (index && !(index instanceof FuseIndex)) {
      throw new Error(INCORRECT_INDEX_TYPE);
    }
    this._myIndex = index || createIndex(this.options.keys, this._docs, {
      getFn: this.options.getFn,
      fieldNormWeight: this.options.fieldNormWeight
    });
  }
  add(doc) {
    if (!isDefined(doc)) {
      return;
    }
    this._docs.push(doc);
    this._myIndex.add(doc);
  }
  remove(predicate = () => false) {
    const results = [];
    for (let i = 0, len = this._docs.length; i < len; i += 1) {
      const doc = this._docs[i];
      if (predicate(doc, i)) {
        this.removeAt(i);
        i -= 1;
        len -= 1;
        results.push(doc);
      }
    }
    return results;
  }
  removeAt(idx) {
    this._docs.splice(idx, 1);
    this._myIndex.removeAt(idx);
  }
  getIndex() {
    return this._myIndex;
  }
  search(query, { limit = -1 } = {}) {
    const {
      includeMatches,
      includeScore,
      shouldSort,
      sortFn,
      ignoreFieldNorm
    } = this.options;
    let results = isString(query) ? isString(this._docs[0]) ? this._searchStringList(query) : this._searchObjectList(query) : this._searchLogical(query);
    computeScore(results, { ignoreFieldNorm });
    if (shouldSort) {
      results.sort(sortFn);
    }
    if (isNumber(limit) && limit > -1) {
      results = results.slice(0, limit);
    }
    return format(results, this._docs, {
      includeMatches,
      includeScore
    });
  }
  _searchStringList(query) {
    const searcher = createSearcher(query, this.options);
    const { records } = this._myIndex;
    const results = [];
    records.forEach(({ v: text, i: idx, n: norm3 }) => {
      if (!isDefined(text)) {
        return;
      }
      const { isMatch, score, indices } = searcher.searchIn(text);
      if (isMatch) {
        results.push({
          item: text,
          idx,
          matches: [{ score, value: text, norm: norm3, indices }]
        });
      }
    });
    return results;
  }
  _searchLogical(query) {
    const expression = parse2(query, this.options);
    const evaluate = (node, item, idx) => {
      if (!node.children) {
        const { keyId, searcher } = node;
        const matches = this._findMatches({
          key: this._keyStore.get(keyId),
          value: this._myIndex.getValueForItemAtKeyId(item, keyId),
          searcher
        });
        if (matches && matches.length) {
          return [
            {
              idx,
              item,
              matches
            }
          ];
        }
        return [];
      }
      const res = [];
      for (let i = 0, len = node.children.length; i < len; i += 1) {
        const child = node.children[i];
        const result = evaluate(child, item, idx);
        if (result.length) {
          res.push(...result);
        } else if (node.operator === LogicalOperator.AND) {
          return [];
        }
      }
      return res;
    };
    const records = this._myIndex.records;
    const resultMap = {};
    const results = [];
    records.forEach(({ $: item, i: idx }) => {
      if (isDefined(item)) {
        let expResults = evaluate(expression, item, idx);
        if (expResults.length) {
          if (!resultMap[idx]) {
            resultMap[idx] = { idx, item, matches: [] };
            results.push(resultMap[idx]);
          }
          expResults.forEach(({ matches }) => {
            resultMap[idx].matches.push(...matches);
          });
        }
      }
    });
    return results;
  }
  _searchObjectList(query) {
    const searcher = createSearcher(query, this.options);
    const { keys, records } = this._myIndex;
    const results = [];
    records.forEach(({ $: item, i: idx }) => {
      if (!isDefined(item)) {
        return;
      }
      let matches = [];
      keys.forEach((key, keyIndex) => {
        matches.push(
          ...this._findMatches({
            key,
            value: item[keyIndex],
            searcher
          })
        );
      });
      if (matches.length) {
        results.push({
          idx,
          item,
          matches
        });
      }
    });
    return results;
  }
  _findMatches({ key, value, searcher }) {
    if (!isDefined(value)) {
      return [];
    }
    let matches = [];
    if (isArray(value)) {
      value.forEach(({ v: text, i: idx, n: norm3 }) => {
        if (!isDefined(text)) {
          return;
        }
        const { isMatch, score, indices } = searcher.searchIn(text);
        if (isMatch) {
          matches.push({
            score,
            key,
            value: text,
            idx,
            norm: norm3,
            indices
          });
        }
      });
    } else {
      const { v: text, n: norm3 } = value;
      const { isMatch, score, indices } = searcher.searchIn(text);
      if (isMatch) {
        matches.push({ score, key, value: text, norm: norm3, indices });
      }
    }
    return matches;
  }
};
Fuse.version = "7.1.0";
Fuse.createIndex = createIndex;
Fuse.parseIndex = parseIndex;
Fuse.config = Config;
{
  Fuse.parseQuery = parse2;
}
{
  register(ExtendedSearch);
}

// server/src/core/units.ts
var UnitRegistry = class {
  constructor(notice, userAliases = {}, place) {
    this.place = place;
    this.place = place ?? notice.place;
    const groups = /* @__PURE__ */ new Map();
    let order = 0;
    const touch = (name, task, lead) => {
      const key = variantKey(name);
      let g = groups.get(key);
      if (!g) {
        g = { forms: /* @__PURE__ */ new Map(), order: order++, lead: /* @__PURE__ */ new Set(), coop: /* @__PURE__ */ new Set() };
        groups.set(key, g);
      }
      g.forms.set(name, (g.forms.get(name) ?? 0) + 1);
      (lead ? g.lead : g.coop).add(task);
    };
    for (const t of notice.tasks) {
      for (const u of t.leads) touch(u.name, t.number, true);
      for (const u of t.cooperating) touch(u.name, t.number, false);
    }
    for (const g of [...groups.values()].sort((a, b) => a.order - b.order)) {
      const best = bestForm(g.forms);
      const unit = {
        name: best,
        aliases: [...g.forms.keys()].filter((f) => f !== best),
        leadTasks: [...g.lead].sort((a, b) => a - b),
        cooperatingTasks: [...g.coop].sort((a, b) => a - b),
        collective: isCollective(best)
      };
      this.units.push(unit);
      this.byName.set(best, { unit, via: "exact" });
      for (const a of unit.aliases) this.byName.set(a, { unit, via: "variant" });
      this.byKey.set(variantKey(best), unit);
      const bk = branchKey(best);
      if (bk) this.byKey.set(bk, unit);
      const sp = splitName(best);
      for (const s of sp) {
        const cls = coreClass(s.core);
        if (cls !== void 0) push(this.byClass, cls, { unit, prefix: s.prefix });
        push(this.byCore, variantKey(s.core), { unit, prefix: s.prefix });
      }
    }
    for (const unit of this.units) {
      const extra = /* @__PURE__ */ new Set();
      for (const s of splitName(unit.name)) {
        if (coreClass(s.core) === void 0) continue;
        for (const m of classMembers(s.core)) if (s.prefix + m !== unit.name) extra.add(s.prefix + m);
        if (this.place && s.prefix === "\u5E02") extra.add(this.place + s.core);
      }
      for (const [from, to] of NAME_REWRITES) if (unit.name.startsWith(to)) extra.add(from + unit.name.slice(to.length));
      for (const e of extra) if (!unit.aliases.includes(e) && !this.byName.has(e)) unit.aliases.push(e);
    }
    for (const [alias, target] of Object.entries(userAliases ?? {})) {
      if (typeof alias !== "string" || typeof target !== "string") continue;
      const r = this.resolveBuiltin(clean(target));
      if (r) {
        this.byName.set(clean(alias), { unit: r.unit, via: "user-alias" });
        if (!r.unit.aliases.includes(alias)) r.unit.aliases.push(alias);
      }
    }
  }
  units = [];
  byName = /* @__PURE__ */ new Map();
  byKey = /* @__PURE__ */ new Map();
  byClass = /* @__PURE__ */ new Map();
  byCore = /* @__PURE__ */ new Map();
  resolveCache = /* @__PURE__ */ new Map();
  get(name) {
    return this.byName.get(name)?.unit;
  }
  /** Resolves a name as a drafter wrote it to a unit of this notice, or undefined. Cached. */
  resolve(raw) {
    const direct = this.byName.get(raw);
    if (direct) return direct;
    const seen = this.resolveCache.get(raw);
    if (seen !== void 0) return seen ?? void 0;
    const name = clean(raw);
    const hit = this.resolveCache.get(name);
    const r = hit !== void 0 ? hit ?? void 0 : this.byName.get(name) ?? this.resolveBuiltin(name);
    if (this.resolveCache.size > 5e4) this.resolveCache.clear();
    this.resolveCache.set(name, r ?? null);
    if (raw !== name) this.resolveCache.set(raw, r ?? null);
    return r;
  }
  resolveBuiltin(name) {
    const exact2 = this.byName.get(name);
    if (exact2) return exact2;
    const byKey = this.byKey.get(variantKey(name));
    if (byKey) return { unit: byKey, via: "variant" };
    for (const [from, to] of NAME_REWRITES) {
      if (name.startsWith(from)) {
        const r = this.resolveBuiltin(to + name.slice(from.length));
        if (r) return { unit: r.unit, via: "alias" };
      }
    }
    const bk = branchKey(name);
    const branch = bk ? this.byKey.get(bk) : void 0;
    if (branch) return { unit: branch, via: "alias" };
    for (const p of DROPPED_PREFIXES) {
      if (name.startsWith(p) && name.length - p.length >= 2) {
        const r = this.resolveBuiltin(name.slice(p.length));
        if (r) return { unit: r.unit, via: "alias" };
      }
    }
    const found = /* @__PURE__ */ new Set();
    for (const s of splitName(name, this.place)) {
      const cls = coreClass(s.core);
      const cands = cls !== void 0 ? this.byClass.get(cls) ?? [] : this.byCore.get(variantKey(s.core)) ?? [];
      for (const c of cands) if (prefixesAgree(s.prefix, c.prefix)) found.add(c.unit);
    }
    if (found.size === 1) return { unit: [...found][0], via: "alias" };
    const two = name.charCodeAt(name.length - 1) === 41 ? BRACKETED.exec(name) : null;
    if (two && looksLikeUnit(two[2])) {
      const r = this.resolveBuiltin(two[1]);
      const inner = r && this.resolveBuiltin(two[2]);
      if (r && (!inner || inner.unit === r.unit)) return { unit: r.unit, via: "alias" };
    }
    return void 0;
  }
  /**
   * The name before a second nameplate (`市发展改革委` in `市发展改革委（市能源局）`): the bracket holds a unit-like name
   * that is no unit of the notice. Undefined for any other name.
   */
  /** A body's own name that may stand in brackets after another's (聊城市能源局), not a name this notice's units go by (市发改委). */
  isNameplate(raw) {
    const n = clean(raw);
    return looksLikeUnit(n) && !this.resolveBuiltin(n);
  }
  secondNameplate(raw) {
    const last = raw.charCodeAt(raw.length - 1);
    if (last !== 41 && last !== 65289) return void 0;
    const two = BRACKETED.exec(clean(raw));
    return two && looksLikeUnit(two[2]) && !this.resolveBuiltin(two[2]) && this.resolveBuiltin(two[1]) ? two[1] : void 0;
  }
  /**
   * When `name` is a lower-level body's version of a notice unit (冠县工业和信息化局 ~ 市工业和信息化局), that
   * unit; the name is then *not* the unit, but a message can say which one was probably meant.
   */
  otherLevelOf(raw) {
    const name = clean(raw);
    const m = /^([\u4e00-\u9fff]{0,5}?(?:自治县|县级市|县|区|市|旗))(.{2,})$/.exec(name);
    if (!m) return void 0;
    if (this.place && m[1] === this.place) return void 0;
    if (m[1].startsWith("\u5E02")) return void 0;
    const r = this.resolveBuiltin("\u5E02" + m[2]);
    return r?.unit;
  }
  /**
   * A city body by its name (市统计局, 聊城市审计局: the city's level and a body's core the built-in lists know), whether
   * or not this notice names it.
   */
  isCityBody(raw) {
    const name = clean(raw);
    for (const s of splitName(name, this.place)) if (s.prefix === "\u5E02" && (coreClass(s.core) !== void 0 || OTHER_BODIES.has(s.core))) return true;
    return false;
  }
  /** Up to `k` canonical names nearest to `name` (character-bigram Dice), best first. */
  suggest(raw, k = 3) {
    const key = `${k}|${raw}`;
    const hit = this.suggestCache.get(key);
    if (hit) return hit;
    const res = this.computeSuggest(raw, k);
    if (this.suggestCache.size > 1e4) this.suggestCache.clear();
    this.suggestCache.set(key, res);
    return res;
  }
  suggestCache = /* @__PURE__ */ new Map();
  /**
   * The informal names of this notice's units a drafter may write anywhere (市发改委, 市住建局, 市工商局, 人行聊城市中心支行),
   * for the prose outside unit lists: a built-in alias no longer than the notice's own name and not a full name
   * (委员会, 办公室…: 聊城市发展和改革委员会 heads letters), and every user alias: one regex of literal alternatives
   * (longest first, so the longest form at a place matches), or undefined when there is none. Built once.
   */
  informalForms() {
    if (this.informal !== null) return this.informal;
    const byFirst = /* @__PURE__ */ new Map();
    for (const u of this.units) {
      if (u.collective) continue;
      for (const al of u.aliases) {
        if (al.length < 3 || al === u.name) continue;
        const r = this.resolve(al);
        if (!r || r.unit !== u) continue;
        if (r.via !== "user-alias" && (r.via !== "alias" || al.length > u.name.length || !/^(?:市|人行)/.test(al) || /委员会|办公室|人民政府|管理局$/.test(al))) continue;
        let set = byFirst.get(al[0]);
        if (!set) byFirst.set(al[0], set = /* @__PURE__ */ new Set());
        set.add(al.slice(1));
      }
    }
    const esc = (x) => x.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
    const source = [...byFirst].map(([c, rest]) => `${esc(c)}(?:${[...rest].sort((x, y) => y.length - x.length).map(esc).join("|")})`).join("|");
    return this.informal = source ? new RegExp(source, "g") : void 0;
  }
  informal = null;
  /** A name without its place (聊城市, 聊城) or level (市, 县…) in front and its kind (局, 委…) behind. */
  bodyOf(name) {
    let s = name;
    const p = this.place;
    if (p && s.startsWith(p)) s = s.slice(p.length);
    else if (p && p.length > 2 && s.startsWith(p.slice(0, -1))) s = s.slice(p.length - 1);
    if (s.length > 1 && (s[0] === "\u5E02" || s[0] === "\u53BF" || s[0] === "\u533A" || s[0] === "\u7701")) s = s.slice(1);
    if (s.length > 1 && /[局委办厅]$/.test(s)) s = s.slice(0, -1);
    return s || name;
  }
  computeSuggest(raw, k) {
    const name = clean(raw);
    const a = bigrams(name);
    const scored = [];
    const kind = bodyKind(name);
    const body = this.bodyOf(name);
    const shares = (form) => {
      const o = this.bodyOf(form);
      for (const ch of body) if (o.includes(ch)) return true;
      return false;
    };
    const apart = (form) => {
      const k2 = bodyKind(form);
      return kind !== "" && k2 !== "" && k2 !== kind || !shares(form);
    };
    for (const u of this.units) {
      if (u.collective) continue;
      let best = apart(u.name) ? 0 : dice(a, bigrams(u.name));
      if (best < 0.3) best = 0;
      for (const al of u.aliases) {
        if (apart(al)) continue;
        const d = dice(a, bigrams(al));
        if (d >= 0.45) best = Math.max(best, d * 0.95);
      }
      if (best >= 0.3) scored.push([best, u.name]);
    }
    scored.sort((x, y) => y[0] - x[0] || x[1].localeCompare(y[1]));
    return scored.slice(0, k).map((s) => s[1]);
  }
};
function bodyKind(name) {
  const last = name[name.length - 1];
  if (last === "\u5C40" || last === "\u59D4" || last === "\u529E" || last === "\u5385" || name.endsWith("\u59D4\u5458\u4F1A") || name.endsWith("\u529E\u516C\u5BA4")) return "dept";
  if (last === "\u8054" || last === "\u534F" || last === "\u4F1A") return "org";
  return "";
}
function push(m, k, v) {
  const a = m.get(k);
  if (a) {
    if (!a.includes(v)) a.push(v);
  } else m.set(k, [v]);
}
function bestForm(forms) {
  let best = "", bestN = -1;
  for (const [form, n] of forms) if (n > bestN) {
    best = form;
    bestN = n;
  }
  return best;
}
var BRACKETED = /^([^()]{2,30})\(([^()]{2,20})\)$/;
function clean(name) {
  return String(name ?? "").replace(/[\s\u3000]+/g, "").replace(/（/g, "(").replace(/）/g, ")");
}
function splitName(name, place) {
  const out = [{ prefix: "", core: name }];
  if (place && name.startsWith(place) && name.length > place.length + 1) out.push({ prefix: "\u5E02", core: name.slice(place.length) });
  if (place) {
    const bare = place.replace(/[市省县区]$/, "");
    if (bare.length >= 2 && name.startsWith(bare) && !name.startsWith(place) && name.length > bare.length + 1) out.push({ prefix: "\u5E02", core: name.slice(bare.length) });
  }
  for (const p of LEVEL_PREFIXES) {
    if (name.startsWith(p) && name.length > p.length + 1) out.push({ prefix: p === "\u56FD\u5BB6" ? "" : p, core: name.slice(p.length) });
  }
  return out;
}
function prefixesAgree(a, b) {
  return a === b || a === "" || b === "";
}
function similarity(a, b) {
  return dice(bigrams(a), bigrams(b));
}
function bigrams(s) {
  const m = /* @__PURE__ */ new Map();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  if (s.length === 1) m.set(s, 1);
  return m;
}
function dice(a, b) {
  let inter = 0, na = 0, nb = 0;
  for (const v of a.values()) na += v;
  for (const v of b.values()) nb += v;
  for (const [g, v] of a) {
    const w = b.get(g);
    if (w) inter += Math.min(v, w);
  }
  return na + nb === 0 ? 0 : 2 * inter / (na + nb);
}
function branchKey(name) {
  const m = /^(?:中国人民银行|人民银行|人行)(.{1,8}?)市?(中心支行|中支|分行|支行|营业管理部)$/.exec(name);
  return m ? `#\u4EBA\u6C11\u94F6\u884C${m[1]}${m[2] === "\u4E2D\u652F" ? "\u4E2D\u5FC3\u652F\u884C" : m[2]}` : void 0;
}

// server/src/core/search.ts
var MAX_CANDIDATES = 40;
var TaskSearch = class {
  constructor(tasks) {
    this.tasks = tasks;
  }
  postings;
  build() {
    const m = /* @__PURE__ */ new Map();
    this.tasks.forEach((t, i) => {
      const s = norm2(t.title + "" + t.text);
      const seen = /* @__PURE__ */ new Set();
      for (let k = 0; k < s.length; k++) {
        const uni = s[k];
        if (!seen.has(uni)) {
          seen.add(uni);
          add(m, uni, i);
        }
        if (k + 1 < s.length) {
          const bi = s.slice(k, k + 2);
          if (!seen.has(bi)) {
            seen.add(bi);
            add(m, bi, i);
          }
        }
      }
    });
    return m;
  }
  search(query, limit = 20) {
    const q = norm2(query);
    if (!q || !this.tasks.length) return [];
    const postings = this.postings ??= this.build();
    const grams = q.length === 1 ? [q] : uniq(Array.from({ length: q.length - 1 }, (_, k) => q.slice(k, k + 2)));
    const counts = /* @__PURE__ */ new Map();
    for (const g of grams) for (const i of postings.get(g) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
    const need = Math.max(1, Math.ceil(grams.length * 0.5));
    const cands = [...counts].filter(([, c]) => c >= need).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_CANDIDATES).map(([i]) => this.tasks[i]);
    if (!cands.length) return [];
    const fuse = new Fuse(cands, {
      keys: [{ name: "title", weight: 3 }, { name: "text", weight: 1 }],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.6,
      minMatchCharLength: Math.min(2, q.length)
    });
    const ranked = fuse.search(q, { limit });
    return ranked.map((r) => ({ task: r.item, score: (r.score ?? 1) - (norm2(r.item.title).includes(q) ? 1 : 0) - (norm2(r.item.text).includes(q) ? 0.5 : 0) })).sort((a, b) => a.score - b.score || a.task.number - b.task.number);
  }
};
function norm2(s) {
  return s.replace(/[\s“”"《》()（）、，。；：,.;:]/g, "");
}
function add(m, k, i) {
  const a = m.get(k);
  if (a) a.push(i);
  else m.set(k, [i]);
}
function uniq(a) {
  return [...new Set(a)];
}

// server/src/core/workspace.ts
function parseDocNumber(s) {
  const m = /([\u4e00-\u9fff]{1,12})[ \t]{0,3}[〔\[［(（【][ \t]{0,3}((?:19|20)\d{2})[ \t]{0,3}[〕\]］)）】][ \t]{0,3}第?[ \t]{0,3}(\d{1,5})[ \t]{0,3}号/.exec(s);
  if (!m) return void 0;
  return { issuer: m[1], year: Number(m[2]), serial: Number(m[3]) };
}
function docNumberKey(p) {
  return `${p.issuer}|${p.year}|${p.serial}`;
}
function titleKey(s) {
  return String(s ?? "").replace(/[\s\u3000“”"「」『』‘’'《》〈〉<>()（）*#]/g, "");
}
var Entry = class {
  constructor(uri, notice, bundled, aliases) {
    this.uri = uri;
    this.notice = notice;
    this.bundled = bundled;
    this.aliases = aliases;
    this.id = uri;
    this.titleKeys = [notice.title, notice.taskListTitle].filter((x) => !!x).map(titleKey);
  }
  id;
  titleKeys;
  registry;
  numbers;
  finder;
  get units() {
    return this.registry ??= new UnitRegistry(this.notice, this.aliases());
  }
  resetUnits() {
    this.registry = void 0;
  }
  get byNumber() {
    if (!this.numbers) {
      this.numbers = /* @__PURE__ */ new Map();
      for (const t of this.notice.tasks) {
        if (!this.numbers.has(t.number)) this.numbers.set(t.number, t);
        if (t.number > this.max) this.max = t.number;
      }
    }
    return this.numbers;
  }
  get search() {
    return this.finder ??= new TaskSearch(this.notice.tasks);
  }
  /** Found while the number map is built. */
  get maxTask() {
    void this.byNumber;
    return this.max;
  }
  max = 0;
};
var NoticeIndex = class {
  constructor(aliases = {}) {
    this.aliases = aliases;
  }
  notices = /* @__PURE__ */ new Map();
  byDocKey = /* @__PURE__ */ new Map();
  byTitle = /* @__PURE__ */ new Map();
  defaultId;
  defaultSpec = "";
  /** Bumped on every change; part of cache keys of draft analyses. */
  version = 0;
  /** Parses (or re-parses) one notice. */
  set(uri, text, bundled = false) {
    const entry = new Entry(uri, parseNotice(uri, text), bundled, () => this.aliases);
    this.notices.set(uri, entry);
    this.invalidate();
    return entry;
  }
  delete(uri) {
    const had = this.notices.delete(uri);
    if (had) this.invalidate();
    return had;
  }
  clear() {
    this.notices.clear();
    this.invalidate();
  }
  /** User aliases changed: registries are rebuilt (from the parsed notice) when next read. */
  setAliases(aliases) {
    this.aliases = aliases ?? {};
    for (const e of this.notices.values()) e.resetUnits();
    this.version++;
  }
  /** `spec` is a 文号, a title or a uri; empty: the first non-bundled notice, else the bundled one. */
  setDefault(spec) {
    this.defaultSpec = spec ?? "";
    this.invalidate();
  }
  get(id) {
    return this.notices.get(id);
  }
  all() {
    return [...this.notices.values()];
  }
  get size() {
    return this.notices.size;
  }
  default() {
    this.ensure();
    return this.defaultId ? this.notices.get(this.defaultId) : void 0;
  }
  byDocNumber(parts) {
    this.ensure();
    const exact2 = this.byDocKey.get(docNumberKey(parts));
    if (exact2) return exact2;
    for (const [issuer, e] of this.byYearSerial.get(`${parts.year}|${parts.serial}`) ?? []) if (parts.issuer.endsWith(issuer)) return e;
    return void 0;
  }
  byTitleText(title) {
    this.ensure();
    return this.byTitle.get(titleKey(title));
  }
  /** Resolve a user's spec (文号, title or uri) to a notice. */
  find(spec) {
    this.ensure();
    return this.findRaw(spec);
  }
  findRaw(spec) {
    if (!spec) return void 0;
    const byId = this.notices.get(spec);
    if (byId) return byId;
    const p = parseDocNumber(spec);
    if (p) return this.byDocNumber(p);
    return this.byTitleText(spec) ?? this.all().find((e) => e.uri.endsWith(spec));
  }
  dirty = true;
  byYearSerial = /* @__PURE__ */ new Map();
  /** Lookups are rebuilt lazily, once after a batch of changes (indexing N notices stays O(N)). */
  invalidate() {
    this.version++;
    this.dirty = true;
  }
  ensure() {
    if (this.dirty) this.reindex();
  }
  reindex() {
    this.dirty = false;
    this.byDocKey.clear();
    this.byTitle.clear();
    this.byYearSerial.clear();
    for (const e of this.notices.values()) {
      const p = e.notice.docNumber ? parseDocNumber(e.notice.docNumber) : void 0;
      if (p && !this.byDocKey.has(docNumberKey(p))) this.byDocKey.set(docNumberKey(p), e);
      if (p) {
        const k = `${p.year}|${p.serial}`;
        const l = this.byYearSerial.get(k);
        if (l) l.push([p.issuer, e]);
        else this.byYearSerial.set(k, [[p.issuer, e]]);
      }
      for (const k of e.titleKeys) if (!this.byTitle.has(k)) this.byTitle.set(k, e);
    }
    const spec = this.defaultSpec ? this.findRaw(this.defaultSpec) : void 0;
    const first = this.all().find((e) => !e.bundled && e.notice.taskCount) ?? this.all().find((e) => e.notice.taskCount) ?? this.all()[0];
    this.defaultId = (spec ?? first)?.id;
  }
};

// server/src/core/scanner.ts
var MAX_RANGE = 1e3;
var MAX_BLOCK_SCAN = 2e6;
var NUM_HAN = new Set([..."\u96F6\u3007\u4E00\u4E8C\u4E24\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u5343\u4E07"].map((c) => c.charCodeAt(0)));
function isNumChar(c) {
  return c >= 48 && c <= 57 || c >= 65296 && c <= 65305 || NUM_HAN.has(c);
}
var RANGE_SEP = /[—–\-~～〜至到]/;
var LIST_SEP = /[、,，]/;
var QUOTE_PAIRS = { "\u201C": "\u201D", '"': '"', "\u300C": "\u300D", "\u300E": "\u300F", "\u2018": "\u2019" };
function bindingNotice(ctx, b) {
  return b.notice ? ctx.index.get(b.notice) : void 0;
}
function implicitBinding(ctx) {
  const c = implicitCache.get(ctx);
  if (c && c.ver === ctx.index.version) return c.b;
  const d = ctx.declared ? void 0 : ctx.index.default();
  const b = ctx.declared ? { notice: ctx.declared.id, via: "declared" } : d ? { notice: d.id, via: "default" } : { via: "none" };
  implicitCache.set(ctx, { ver: ctx.index.version, b });
  return b;
}
var implicitCache = /* @__PURE__ */ new WeakMap();
function scanBlock(raw, isTable, ctx, kept = true) {
  const text = raw.length > MAX_BLOCK_SCAN ? raw.slice(0, MAX_BLOCK_SCAN) : raw;
  const f = fold(text);
  const out = { citations: [], lists: [], docNumbers: [], noticeRefs: [], groups: [], mentions: [], memo: void 0 };
  scanNoticeRefs(text, f, ctx, out);
  if (isTable) scanTable(text, f, ctx, out);
  else scanProse(text, f, 0, f.length, ctx, out, true);
  scanMentions(text, ctx, out);
  return normalize(out, kept);
}
function scanMentions(text, ctx, out) {
  const n = bindingNotice(ctx, implicitBinding(ctx));
  const re = n?.units.informalForms();
  if (!n || !re) return;
  let taken;
  let ti = 0;
  re.lastIndex = 0;
  let m;
  while ((m = re.exec(text)) && out.mentions.length < 1e4) {
    const i = m.index, name = m[0], end = i + name.length;
    if (!taken) {
      taken = [];
      for (const l of out.lists) for (const u of l.units) taken.push(u.span);
      taken.sort((a, b) => a.start - b.start);
    }
    while (ti < taken.length && taken[ti].end <= i) ti++;
    const before2 = text[i - 1];
    let q = i;
    while (q > 0 && i - q < 40 && (text[q - 1] === "\u3001" || isHan(text.charCodeAt(q - 1))) && text[q - 1] !== "\u539F") q--;
    const formerList = q > 0 && text[q - 1] === "\u539F" && text.slice(q, i).indexOf("\u3001") >= 0;
    const otherPlace = before2 !== void 0 && isHan(before2.charCodeAt(0)) && !PLACE_OK.has(before2) && !(n.units.place && text.startsWith(n.units.place.replace(/市$/, ""), i - n.units.place.length + 1));
    const r = before2 === "\u539F" || formerList || otherPlace || before2 === "\u53BF" || before2 === "\u533A" || before2 === "\u7701" || before2 === "\u9547" || before2 === "\u4E61" || ti < taken.length && taken[ti].start < end || inBookTitle(text, i) ? void 0 : n.units.resolve(name);
    if (!r || text.startsWith(r.unit.name, i) || r.unit.aliases.some((a) => a.length > name.length && text.startsWith(a, i))) {
      re.lastIndex = i + 1;
      continue;
    }
    out.mentions.push({ name, span: { start: i, end }, notice: n.id });
  }
}
var PLACE_OK = /* @__PURE__ */ new Set([..."\u7531\u5728\u5BF9\u5411\u548C\u4E0E\u53CA\u628A\u5C06\u4E3A\u4ECE\u7B2C\u9879\u6761\u662F\u8BF7\u5404\u7B49\u7684\u4E86\u7ECF\u540C\u4F1A\u4EE5\u6309\u636E\u534F\u914D\u7275\u5934\u5168\u672C\u6211\u5E76\u6216\u3001\u540E\u524D\u53CA\u81F3\u5373\u5176\u8BE5\u6B64\u8BF7\u5E76\u52A0\u7531\u8981\u5C06\u5DF2\u5BF9"]);
function inBookTitle(text, i) {
  let depth = 0;
  for (let p = i - 1; p >= 0 && i - p <= 200; p--) {
    const c = text.charCodeAt(p);
    if (c === 10) break;
    if (c === 12299) depth++;
    else if (c === 12298) {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}
var DOCNUM_CORE = /[〔\[［(（【][ \t]{0,3}((?:19|20)\d{2})[ \t]{0,3}[〕\]］)）】][ \t]{0,3}第?[ \t]{0,3}(\d{1,5})[ \t]{0,3}号/g;
var STOP_WORDS = /^(?:根据|按照|依据|依照|对照|参照|落实|贯彻|印发|执行|结合|见|及|和|与|的|是|即|按|照|据|将|把|对|在|为|由|从|同|经|于)+/;
function scanNoticeRefs(text, f, ctx, out) {
  DOCNUM_CORE.lastIndex = 0;
  let m;
  let prevEnd = 0;
  while (m = DOCNUM_CORE.exec(f)) {
    let s = m.index;
    while (s > prevEnd && m.index - s < 12 && isHan(f.charCodeAt(s - 1))) s--;
    const run = f.slice(s, m.index);
    for (let k = run.length - 1; k >= 0; k--) if ("\u53F7\u548C\u53CA\u4E0E\u6216\u7684\u662F\u5728\u5C06\u5BF9\u4E3A\u7531\u6309\u636E\u7167\u89C1\u5373\u4E8E".includes(run[k])) {
      s += k + 1;
      break;
    }
    let issuer = f.slice(s, m.index);
    const stop = STOP_WORDS.exec(issuer);
    if (stop && stop[0].length < issuer.length) {
      s += stop[0].length;
      issuer = issuer.slice(stop[0].length);
    }
    if (!issuer) continue;
    const end = m.index + m[0].length;
    prevEnd = end;
    const open = text[m.index];
    let closeIdx = m.index + 1;
    while (closeIdx < end && !/[〕\]］)）】]/.test(f[closeIdx])) closeIdx++;
    const ok = open === "\u3014" && text[closeIdx] === "\u3015" && !/[０-９ \t]/.test(text.slice(m.index, end));
    const parts = { issuer, year: Number(m[1]), serial: Number(m[2]) };
    const n = ctx.index.byDocNumber(parts);
    const own = n && noticeSerial(n);
    const serialOk = own === void 0 || m[2] === own && !m[0].includes("\u7B2C");
    out.docNumbers.push({ span: { start: s, end }, text: text.slice(s, end), parts, ok, serialOk, yearSpan: { start: m.index, end: closeIdx + 1 }, notice: n?.id });
    out.noticeRefs.push({ span: { start: s, end }, notice: n?.id, kind: "doc-number", text: text.slice(s, end) });
  }
  for (let i = f.indexOf("\u300A"); i >= 0 && i < f.length; i = f.indexOf("\u300A", i + 1)) {
    const window = f.slice(i + 1, Math.min(f.length, i + 152));
    const rel = window.indexOf("\u300B");
    if (rel < 0) continue;
    const close = i + 1 + rel;
    const inner = f.slice(i + 1, close);
    if (inner.includes("\u300A")) continue;
    const short2 = ctx.shortTitles.get(titleKey(inner));
    const n = short2 ? ctx.index.get(short2) : ctx.index.byTitleText(inner);
    out.noticeRefs.push({ span: { start: i, end: close + 1 }, notice: n?.id, kind: short2 ? "short-title" : "title", text: text.slice(i + 1, close) });
  }
  if (ctx.shortTitles.size) {
    for (let i = f.indexOf("\u201C"); i >= 0; i = f.indexOf("\u201C", i + 1)) {
      const rel = f.slice(i + 1, Math.min(f.length, i + 42)).indexOf("\u201D");
      if (rel < 0) continue;
      const close = i + 1 + rel;
      const id = ctx.shortTitles.get(titleKey(f.slice(i + 1, close)));
      if (id) out.noticeRefs.push({ span: { start: i, end: close + 1 }, notice: id, kind: "short-title", text: text.slice(i + 1, close) });
    }
  }
  out.noticeRefs.sort((a, b) => a.span.start - b.span.start);
  for (const d of out.docNumbers) {
    if (d.notice) continue;
    const t = out.noticeRefs.find((r) => r.kind === "title" && r.notice && r.span.end <= d.span.start && d.span.start - r.span.end <= 4 && /^[(（]?$/.test(f.slice(r.span.end, d.span.start).trim()));
    if (t) {
      d.titleOf = t.notice;
      const ref = out.noticeRefs.find((r) => r.kind === "doc-number" && r.span.start === d.span.start);
      if (ref) ref.notice = t.notice;
    }
  }
}
function noticeSerial(n) {
  return n.notice.docNumber ? /〕(\d+)号$/.exec(n.notice.docNumber)?.[1] : void 0;
}
function readNumber(f, i, end) {
  let s = i;
  while (s < end && (f[s] === " " || f[s] === "	")) s++;
  if (s < end && (f[s] === "\n" || f[s] === "\r") && s > 0 && f[s - 1] === "\u7B2C") {
    if (f[s] === "\r" && f[s + 1] === "\n") s++;
    s++;
    while (s < end && (f[s] === " " || f[s] === "	")) s++;
  }
  let e = s;
  while (e < end && e - s < 24 && isNumChar(f.charCodeAt(e))) e++;
  if (e === s) return void 0;
  const v = parseNumeral(f.slice(s, e));
  if (v === void 0) return void 0;
  return [v, s, e];
}
function skipSpaces(f, i, end) {
  while (i < end && (f[i] === " " || f[i] === "	")) i++;
  return i;
}
function readDiCitation(f, i, end) {
  const items = [];
  const atom = (p) => {
    const bracket = f[p] === "(";
    const a = readNumber(f, bracket ? p + 1 : p, end);
    if (!a || bracket && f[a[2]] !== ")") return -1;
    items.push({ n: a[0], span: { start: a[1], end: a[2] } });
    let k2 = skipSpaces(f, bracket ? a[2] + 1 : a[2], end);
    if (k2 < end && RANGE_SEP.test(f[k2])) {
      let q = skipSpaces(f, k2 + 1, end);
      if (f[q] === "\u7B2C") q++;
      const b = readNumber(f, q, end);
      if (!b) return -1;
      items.push({ n: b[0], span: { start: b[1], end: b[2] }, range: true });
      k2 = skipSpaces(f, b[2], end);
    }
    return k2;
  };
  let k = atom(i + 1);
  if (k < 0) return void 0;
  while (k < end && (LIST_SEP.test(f[k]) || f[k] === "\u548C" || f[k] === "\u53CA") && items.length < 200) {
    let p = skipSpaces(f, k + 1, end);
    if (f[p] === "\u7B2C") p++;
    k = atom(p);
    if (k < 0) return void 0;
  }
  if (items.length > 1 && f[k] === "\u7B49") {
    const c = readNumber(f, k + 1, end);
    if (c && (f[c[2]] === "\u9879" || f[c[2]] === "\u6761")) k = c[2];
  }
  if (k >= end || f[k] !== "\u9879" && f[k] !== "\u6761") return void 0;
  k++;
  if (items.length === 1) {
    const r = skipSpaces(f, k, end);
    if (r < end && RANGE_SEP.test(f[r])) {
      let p = skipSpaces(f, r + 1, end);
      if (f[p] === "\u7B2C") p++;
      const second = readNumber(f, p, end);
      if (second && (f[second[2]] === "\u9879" || f[second[2]] === "\u6761")) {
        items.push({ n: second[0], span: { start: second[1], end: second[2] }, range: true });
        k = second[2] + 1;
      }
    }
  }
  if (f.startsWith("\u4EFB\u52A1", k)) k += 2;
  return { items, kind: kindOf(items, "single", "list"), end: k };
}
var MEASURE_AFTER = /^[\s]*(?:[个项件条次批家人场座处所亩台套名户元%％万亿千百]|公里|年|月|日|号)/;
function readTaskWordCitation(f, i, end) {
  const s = skipSpaces(f, i + 2, end);
  if (f[s] === "\u7B2C") return void 0;
  const num = (p) => {
    let e2 = p;
    while (e2 < end && e2 - p < 9 && f.charCodeAt(e2) >= 48 && f.charCodeAt(e2) <= 57) e2++;
    if (e2 === p || /[0-9.]/.test(f[e2] ?? "") || MEASURE_AFTER.test(f.slice(e2, e2 + 4))) return -1;
    return e2;
  };
  let e = num(s);
  if (e < 0) return void 0;
  const items = [{ n: Number(f.slice(s, e)), span: { start: s, end: e } }];
  while (e < end && items.length < 200) {
    const sep5 = f[e], range = RANGE_SEP.test(sep5);
    if (!range && sep5 !== "\u3001") break;
    const p = skipSpaces(f, e + 1, end), q = num(p);
    if (q < 0) break;
    items.push(range ? { n: Number(f.slice(p, q)), span: { start: p, end: q }, range: true } : { n: Number(f.slice(p, q)), span: { start: p, end: q } });
    e = q;
  }
  return { items, kind: kindOf(items, "single", "list"), end: e };
}
function readQuotedTitle(text, f, i, end) {
  let k = skipSpaces(f, i, end);
  if (f[k] === ":" || f[k] === "\uFF1A") k = skipSpaces(f, k + 1, end);
  const open = f[k];
  const close = QUOTE_PAIRS[open];
  if (!close) return void 0;
  let depth = 1;
  let p = k + 1;
  let broken = false, wraps = 0;
  for (; p < end && p - k < 200; p++) {
    const c = f[p];
    if (c === "\n") {
      const next = afterPageBreak(f, p, end);
      broken = true;
      if (next >= 0) p = next - 1;
      else if (++wraps > 2) return void 0;
      continue;
    }
    if (c === close && open !== close) {
      depth--;
      if (depth === 0) break;
    } else if (c === open && open !== close) depth++;
    else if (open === close && c === close) {
      depth = 0;
      break;
    }
  }
  if (depth !== 0 || p >= end) return void 0;
  const inner = broken ? withoutPageNumbers(text.slice(k + 1, p)).split("\n").map((l) => l.trim()).join("") : text.slice(k + 1, p);
  if (inner.replace(/\s/g, "").length < 4) return void 0;
  const after = f.slice(p + 1, p + 4);
  if (after && isHan(after.charCodeAt(0)) && !/^(?:任务|工作|要求|事项|进展|情况|方面|相关|有关|台账|落实|清单|方案|专项|推进|完成|中|等|和|及|已|的|由|牵头)/.test(after)) return void 0;
  return { text: inner, span: { start: k + 1, end: p }, outer: { start: k, end: p + 1 } };
}
function kindOf(items, single, list2) {
  return items.length === 1 ? single : items.length === 2 && items[1].range ? "range" : list2;
}
function citeEnd(c) {
  return c.title ? Math.max(c.span.end, c.title.outer.end) : c.span.end;
}
function readTitleBefore(text, f, i, end, from, to, ctx, binding) {
  let o = i - 1;
  if (f[o] === "\u300B") {
    const l = f.lastIndexOf("\u300A", o);
    const nl = f.indexOf("\n", l);
    if (l >= from && o - l <= 40 && (nl < 0 || nl > o)) o = l - 1;
  }
  if (f.startsWith("\u5BF9\u5E94", o - 1)) o -= 2;
  if (o - 1 < from || f[o] !== "(" || f[skipSpaces(f, end, to)] !== ")") return void 0;
  const q = o - 1, close = f[q];
  if (close !== "\u201D" && close !== '"') return headingTitleBefore(text, f, o, from, ctx, binding);
  let p = q - 1, depth = 1;
  for (; p >= from && q - p < 200; p--) {
    const ch = f[p];
    if (ch === "\n") return void 0;
    if (close === '"') {
      if (ch === '"') {
        depth = 0;
        break;
      }
      continue;
    }
    if (ch === "\u201D") depth++;
    else if (ch === "\u201C" && --depth === 0) break;
  }
  if (depth !== 0 || p < from) return void 0;
  const inner = text.slice(p + 1, q);
  if (inner.replace(/\s/g, "").length < 4) return void 0;
  return { text: inner, span: { start: p + 1, end: q }, outer: { start: p, end: q + 1 } };
}
function headingTitleBefore(text, f, o, from, ctx, binding) {
  const n = binding.notice ? ctx.index.get(binding.notice) : void 0;
  if (!n) return void 0;
  const ls = Math.max(from, f.lastIndexOf("\n", o - 1) + 1);
  if (o - ls > 80) return void 0;
  const m = HEADING_LEAD.exec(f.slice(ls, o));
  const a = ls + (m ? m[0].length : 0);
  let b = o;
  while (b > a && /[\s*]/.test(f[b - 1])) b--;
  const inner = text.slice(a, b);
  if (inner.length < 4 || /[。，,；;：:]/.test(inner) || !taskByTitleKey(n, titleKey(inner))) return void 0;
  return { text: inner, span: { start: a, end: b }, outer: { start: a, end: b } };
}
var HEADING_LEAD = /^[ \t]{0,3}(?:#{1,6}[ \t]*)?(?:\*\*)?[ \t]{0,2}(?:\([一二三四五六七八九十0-9]{1,3}\)|[一二三四五六七八九十]{1,3}[、.]|[0-9]{1,3}[.、．](?![0-9])|[①-⑳])?[ \t]{0,2}/;
function readBracketTitle(text, f, i, end, ctx, binding) {
  const k = skipSpaces(f, i, end);
  const n = binding.notice ? ctx.index.get(binding.notice) : void 0;
  if (!n || f[k] !== "(") return void 0;
  const close = f.slice(k + 1, Math.min(end, k + 82)).search(/[()\n]/);
  if (close < 4 || f[k + 1 + close] !== ")") return void 0;
  let a = k + 1, b = k + 1 + close;
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  const inner = text.slice(a, b);
  if (!taskByTitleKey(n, titleKey(inner))) return void 0;
  return { text: inner, span: { start: a, end: b }, outer: { start: k, end: k + 2 + close } };
}
var titleIndexes = /* @__PURE__ */ new WeakMap();
function titleIndex(n) {
  let e = titleIndexes.get(n);
  if (!e) {
    e = { byTask: /* @__PURE__ */ new Map(), byKey: /* @__PURE__ */ new Map() };
    for (const t of n.notice.tasks) {
      const k = titleKey(t.title);
      e.byTask.set(t, k);
      if (!e.byKey.has(k)) e.byKey.set(k, t);
    }
    titleIndexes.set(n, e);
  }
  return e;
}
function titleKeyOf(n, t) {
  return titleIndex(n).byTask.get(t) ?? titleKey(t.title);
}
function taskByTitleKey(n, k) {
  return titleIndex(n).byKey.get(k);
}
function readBareTitle(text, f, i, end, ctx, binding) {
  let k = skipSpaces(f, i, end);
  if (f[k] === ":" || f[k] === "\uFF1A" || f[k] === " ") k = skipSpaces(f, k + 1, end);
  const n = binding.notice ? ctx.index.get(binding.notice) : void 0;
  if (!n || k >= end) return void 0;
  const cands = titleStarts(n).get(pairKey(f, k));
  if (!cands) return void 0;
  for (const t of cands) {
    const e = k + t.folded.length;
    if (e <= end && f.slice(k, e) === t.folded && (e === end || !isHan(f.charCodeAt(e)))) return { text: text.slice(k, e), span: { start: k, end: e }, outer: { start: k, end: e } };
  }
  return void 0;
}
function expand(items, kind) {
  if (kind === "range") return expandRange(items[0].n, items[1].n, []);
  let out;
  for (let k = 1; k < items.length && !out; k++) if (items[k].range) out = [];
  if (!out) return items.map((x) => x.n);
  for (let k = 0; k < items.length; k++) {
    if (items[k + 1]?.range) {
      expandRange(items[k].n, items[k + 1].n, out);
      k++;
    } else out.push(items[k].n);
  }
  return out;
}
function expandRange(a, b, out) {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b < a) {
    for (const x of [a, b]) if (Number.isFinite(x)) out.push(x);
    return out;
  }
  out.push(a);
  for (let n = a + 1; n < b && out.length < MAX_RANGE; n++) out.push(n);
  if (b !== a) out.push(b);
  return out;
}
function bindCitation(f, start, ctx, refs) {
  if (OTHER_LEVEL.test(f.slice(Math.max(0, start - 8), start))) return { via: "external" };
  if (OWN_ITEMS.test(f.slice(Math.max(0, start - 8), start))) return { via: "external" };
  for (let r = refs.length - 1; r >= 0; r--) {
    const ref = refs[r];
    if (ref.span.end > start) continue;
    const gap = f.slice(ref.span.end, start);
    if (!ref.notice && gap.length <= 20 && !/[。；;！？!?\n]/.test(gap)) return { via: "external" };
    if (gap.length > 15 || /[。；;，,！？!?\n]/.test(gap)) break;
    if (ref.notice) return { notice: ref.notice, via: "explicit" };
    return { via: "external" };
  }
  return implicitBinding(ctx);
}
var OWN_ITEMS = /(?:本方案|本通报|本表|本报告|本文件|本文|本意见|本办法|本清单|本计划|本通知|上述|前述|上文|下列|以下)(?:中的?|所列的?|提出的?)?$/;
var OTHER_LEVEL = /(?:^|[^市县区])(?:省|国家|中央|国务院)(?:级|里|政府|委|办|厅)?(?:的)?(?:重点)?(?:任务|文件|通知|方案|清单|要点)?(?:中的?)?$/;
var PROSE_TRIGGER = /[第任牵责配参主协(]/;
function scanProse(text, f, from, to, ctx, out, withTitles) {
  const firstCitation = out.citations.length;
  const firstList = out.lists.length;
  const seg = from === 0 && to === f.length ? f : f.slice(from, to);
  if (!withTitles && !PROSE_TRIGGER.test(seg)) return;
  const find = (what, at) => {
    const r = seg.indexOf(what, at - from);
    return r < 0 ? -1 : r + from;
  };
  let nextDi = find("\u7B2C", from), nextTask = find("\u4EFB\u52A1", from);
  for (let i = from; i < to; i++) {
    if (nextDi >= 0 && nextDi < i) nextDi = find("\u7B2C", i);
    if (nextTask >= 0 && nextTask < i) nextTask = find("\u4EFB\u52A1", i);
    const next = nextDi < 0 ? nextTask : nextTask < 0 ? nextDi : Math.min(nextDi, nextTask);
    if (next < 0 || next >= to) break;
    i = next;
    const c = f.charCodeAt(i);
    if (c === 31532) {
      const r = readDiCitation(f, i, to);
      if (!r) continue;
      const binding = bindCitation(f, i, ctx, out.noticeRefs);
      const title = readQuotedTitle(text, f, r.end, to) ?? (r.items.length === 1 ? readBareTitle(text, f, r.end, to, ctx, binding) ?? readBracketTitle(text, f, r.end, to, ctx, binding) ?? readTitleBefore(text, f, i, r.end, from, to, ctx, binding) : void 0);
      const cit = {
        span: { start: i, end: r.end },
        items: r.items,
        numbers: expand(r.items, r.kind),
        kind: r.kind,
        title,
        binding,
        group: -1
      };
      out.citations.push(cit);
      i = citeEnd(cit) - 1;
      bracketUnits(f, citeEnd(cit), to, ctx, binding, out);
    } else if (c === 20219 && f.charCodeAt(i + 1) === 21153) {
      const r = readTaskWordCitation(f, i, to);
      if (!r) continue;
      const s = f.slice(Math.max(from, i - 2), i) === "\u91CD\u70B9" ? i - 2 : i;
      const title = readQuotedTitle(text, f, r.end, to);
      const cit = {
        span: { start: s, end: r.end },
        items: r.items,
        numbers: expand(r.items, r.kind),
        kind: r.kind,
        title,
        binding: bindCitation(f, s, ctx, out.noticeRefs),
        group: -1
      };
      out.citations.push(cit);
      i = citeEnd(cit) - 1;
    }
  }
  if (withTitles) scanTitles(text, f, from, to, ctx, out, firstCitation);
  scanUnitLists(text, f, from, to, ctx, out);
  if (!inOrder(out.citations, firstCitation)) {
    const tail = out.citations.splice(firstCitation).sort((a, b) => a.span.start - b.span.start);
    for (const c of tail) out.citations.push(c);
  }
  markExclusions(f, out.citations, firstCitation, to);
  groupAndAttach(f, out, firstCitation, from, to, firstList);
}
function markExclusions(f, cits, first, to) {
  for (let k = cits.length - 1; k >= first; k--) {
    const last = cits[k];
    const after = skipSpaces(f, citeEnd(last), to);
    const byChu = f.startsWith("\u9664\u5916", after);
    if (!byChu && f[after] !== "\u5916" && !f.startsWith("\u4EE5\u5916", after) && !f.startsWith("\u4E4B\u5916", after)) continue;
    let s = k;
    while (s > first && /^\s*(?:[、,，和及与]|以及)\s*$/.test(f.slice(citeEnd(cits[s - 1]), cits[s].span.start))) s--;
    if (byChu || f[cits[s].span.start - 1] === "\u9664") for (let j = s; j <= k; j++) cits[j].exclude = true;
    k = s;
  }
}
function scanTitles(text, f, from, to, ctx, out, firstCitation) {
  const b = implicitBinding(ctx);
  const n = b.notice ? ctx.index.get(b.notice) : void 0;
  if (!n) return;
  const taken = () => out.citations.slice(firstCitation).map((c) => c.title ? { start: Math.min(c.span.start, c.title.outer.start), end: Math.max(c.span.end, c.title.outer.end) } : c.span);
  const push2 = (i, e, number) => out.citations.push({ span: { start: i, end: e }, items: [{ n: number, span: { start: i, end: e } }], numbers: [number], kind: "title", binding: b, group: -1 });
  const seg = from === 0 && to === f.length ? f : f.slice(from, to);
  const finder = titleFinder(n);
  if (finder === null) return;
  if (finder) {
    let covered2;
    const re = finder.re;
    re.lastIndex = 0;
    for (let m; m = re.exec(seg); ) {
      const i = from + m.index;
      if (isCovered(covered2 ??= taken(), i)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      push2(i, i + m[0].length, finder.numbers.get(m[0]));
    }
    return;
  }
  const starts = titleStarts(n);
  const covered = taken();
  for (let i = from; i + 1 < to; ) {
    let searchFrom = i;
    const cands = starts.get(pairKey(f, i));
    if (cands) {
      for (const t of cands) {
        const e = i + t.title.length;
        if (e > to || f.slice(i, e) !== t.folded) continue;
        if (e < to && isHan(f.charCodeAt(e))) continue;
        if (isCovered(covered, i)) continue;
        push2(i, e, t.number);
        searchFrom = e - 1;
        break;
      }
    }
    if (searchFrom + 1 >= to) break;
    if (!isHan(f.charCodeAt(searchFrom))) {
      i = searchFrom + 1;
      continue;
    }
    NOT_HAN.lastIndex = searchFrom - from;
    if (!NOT_HAN.test(seg)) break;
    i = from + NOT_HAN.lastIndex;
  }
}
var NOT_HAN = /[^\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]/g;
var HAN_CLASS = "\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff";
var TITLE_REGEX_MAX = 16e3;
var finderCache = /* @__PURE__ */ new WeakMap();
function titleFinder(n) {
  if (finderCache.has(n)) return finderCache.get(n);
  const numbers = /* @__PURE__ */ new Map();
  for (const t of sortedTitles(n)) if (!numbers.has(t.folded)) numbers.set(t.folded, t.number);
  const alternatives = [...numbers.keys()].map((t) => t.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&"));
  const source = `(?<![${HAN_CLASS}])(?:${alternatives.join("|")})(?![${HAN_CLASS}])`;
  const x = !alternatives.length ? null : source.length > TITLE_REGEX_MAX ? void 0 : { re: new RegExp(source, "g"), numbers };
  finderCache.set(n, x);
  return x;
}
var sortedCache = /* @__PURE__ */ new WeakMap();
function sortedTitles(n) {
  let a = sortedCache.get(n);
  if (!a) {
    a = n.notice.tasks.filter((t) => t.title.length >= 4).map((t) => ({ title: t.title, folded: fold(t.title), number: t.number }));
    a.sort((x, y) => y.title.length - x.title.length);
    sortedCache.set(n, a);
  }
  return a;
}
var titleCache = /* @__PURE__ */ new WeakMap();
function pairKey(f, i) {
  return f.charCodeAt(i) * 65536 + (f.charCodeAt(i + 1) || 0);
}
function titleStarts(n) {
  let m = titleCache.get(n);
  if (m) return m;
  m = /* @__PURE__ */ new Map();
  for (const e of sortedTitles(n)) {
    const k = pairKey(e.folded, 0);
    const a = m.get(k);
    if (a) a.push(e);
    else m.set(k, [e]);
  }
  titleCache.set(n, m);
  return m;
}
var LABEL_START = /[牵责配参主协]/g;
var SHORT_BRACKET = /^\([^():：\n]{1,14}\)/;
function inListBracket(inner) {
  return /^[ \t]{0,2}(?:牵头(?:单位|部门|负责)?|主责|配合(?:单位|部门)?|参与|协同|协助|协办)[ \t]{0,2}$/.test(inner) || looksLikeUnit(inner.trim());
}
function scanUnitLists(text, f, from, to, ctx, out) {
  const firstList = out.lists.length;
  readUnitLists(text, f, from, to, ctx, out);
  for (let k = firstList; k < out.lists.length; k++) {
    const l = out.lists[k];
    if (l.units.length < 2) continue;
    const w = f.slice(Math.max(from, l.span.start - 3), Math.min(to, l.span.end + 1));
    if (w.indexOf("\u5206\u522B") >= 0) l.respective = true;
  }
}
function readUnitLists(text, f, from, to, ctx, out) {
  const seg = f.slice(from, to);
  const covered = [];
  for (const a of findAnnotations(seg)) {
    pushList(out, { start: from + a.contentStart, end: from + (a.closed ? a.end - 1 : a.end) }, a.annotation.labelled, unitsOf(a.annotation, ctx), from + a.contentStart, firstLeadsOf(a.annotation, ctx));
    addCovered(covered, { start: from + a.start, end: from + a.end });
  }
  for (let i = from; i < to; i++) {
    LABEL_START.lastIndex = i - from;
    if (!LABEL_START.test(seg)) break;
    i = LABEL_START.lastIndex - 1 + from;
    const lab = matchLabel(f.slice(i, i + 8));
    if (!lab) continue;
    if (isCovered(covered, i)) continue;
    let e = i + lab.length;
    const bullets = bareLabelUnits(f, e, to, lab.role);
    if (bullets) {
      pushList(out, { start: i, end: bullets.end }, true, bullets.units);
      addCovered(covered, { start: i, end: bullets.end });
      i = bullets.end;
      continue;
    }
    while (e < to && f[e] !== "\u3002" && f[e] !== "|" && f[e] !== ")" && f[e] !== "\u201D" && f[e] !== '"' && f[e] !== "\u300B") {
      if (f[e] === "\n") {
        const next = afterPageBreak(f, e, to);
        if (next < 0 || !listCutShort(f.slice(i + lab.length, e))) break;
        e = next;
        continue;
      }
      if (f[e] === "(") {
        const m = SHORT_BRACKET.exec(f.slice(e, Math.min(to, e + 16)));
        if (!m || !inListBracket(m[0].slice(1, -1)) && !/^[、,，]/.test(f.slice(e + m[0].length, e + m[0].length + 1))) break;
        e += m[0].length;
        continue;
      }
      e++;
    }
    const a = parseAnnotation(f.slice(i, e));
    if (a && a.units.length) {
      pushList(out, { start: i, end: e }, true, unitsOf(a, ctx), i, firstLeadsOf(a, ctx));
      addCovered(covered, { start: i, end: e });
    }
    i = e;
  }
  for (let r = seg.indexOf("\u7275\u5934"), i = r < 0 ? -1 : from + r; i >= 0 && i < to; r = seg.indexOf("\u7275\u5934", i - from + 2), i = r < 0 ? -1 : from + r) {
    const named = /^牵头(?:单位|部门)/.test(f.slice(i, i + 4)) ? NAMED_AS.exec(f.slice(Math.max(from, i - 2), i)) : null;
    if (!named && matchLabel(f.slice(i, i + 6))) continue;
    if (isCovered(covered, i)) continue;
    const units = [];
    let listStart = i;
    let unsaid = false;
    let before2 = named ? i - named[0].length : i;
    before2 = beforeAdverbs(f, before2, from);
    const by = byPhrase(f, i, before2, from, "lead", units);
    if (by >= 0) listStart = by;
    else {
      let end = before2;
      const found = [];
      let joined = false;
      for (let guard = 0; guard < 20; guard++) {
        const name = knownUnitEndingAt(f, end, from, ctx);
        if (!name) {
          const self = found.length || ctx.writer ? selfEndingAt(f, end, from) : -1;
          if (self >= 0) {
            found.unshift({ name: f.slice(self, end), role: "lead", start: self, end });
            listStart = self;
            joined = false;
          }
          break;
        }
        found.unshift({ name: name.name, role: "lead", start: name.start, end });
        listStart = name.start;
        joined = false;
        const join5 = joinBefore(f, name.start, from);
        if (!join5) break;
        end = name.start - join5;
        joined = f.charCodeAt(end) !== 12289;
      }
      for (const u of found) units.push(u);
      if (joined && units.length && (end <= from || !isHan(f.charCodeAt(end - 1)) || f[end - 1] === "\u9879" || f[end - 1] === "\u6761")) unsaid = true;
    }
    if (!units.length || !units.every((u) => /^[\u4e00-\u9fff()（）]{2,30}$/.test(u.name))) continue;
    if (NOT_A_STATEMENT.test(f.slice(Math.max(from, listStart - 12), listStart))) continue;
    if (named) {
      pushList(out, { start: listStart, end: units[units.length - 1].end }, true, units.map((u) => ({ ...u, name: u.name.replace(/\s+/g, "") })));
      addCovered(covered, { start: listStart, end: i + 4 });
      continue;
    }
    pushPhrase(out, covered, listStart, cooperatingAfter(f, i + 2, to, COOP_AFTER_LEAD, units), units);
    if (unsaid) out.lists[out.lists.length - 1].unsaidSubject = true;
  }
  for (let r = seg.indexOf("\u8D1F\u8D23"), i = r < 0 ? -1 : from + r; i >= 0 && i < to; r = seg.indexOf("\u8D1F\u8D23", i - from + 2), i = r < 0 ? -1 : from + r) {
    if (isCovered(covered, i) || f.startsWith("\u7275\u5934", i + 2)) continue;
    const units = [];
    let before2 = i;
    before2 = beforeAdverbs(f, before2, from);
    const listStart = byPhrase(f, i, before2, from, "responsible", units);
    if (listStart < 0 || !units.length || !units.every((u) => /^[\u4e00-\u9fff()（）]{2,30}$/.test(u.name.replace(/\s+/g, "")) && looksLikeUnit(u.name.replace(/\s+/g, "")))) continue;
    pushPhrase(out, covered, listStart, cooperatingAfter(f, i + 2, to, COOP_AFTER, units), units);
  }
}
var NOT_A_STATEMENT = /(?:建议|拟|调整为|改由|改为|并非|不是|不再|而非|不宜|是否)[^。；;，,]{0,6}$/;
var NAMED_AS = /(?:作为|是|为)$/;
function beforeAdverbs(f, before2, from) {
  for (let guard = 0; guard < 4; guard++) {
    const two = f.slice(before2 - 2, before2);
    const m = ROLE_ADVERB.exec(f.slice(Math.max(from, before2 - 4), before2)) ?? (two === "\u7EDF\u4E00" || two === "\u8D1F\u8D23" ? [two] : null);
    if (!m || before2 - m[0].length < from) break;
    before2 -= m[0].length;
  }
  return before2;
}
function cooperatingAfter(f, at, to, re, units) {
  const after = re.exec(f.slice(at, Math.min(to, at + 98)));
  if (!after) return at;
  splitUnitList(after[1], at + after[0].indexOf(after[1], after[0].search(/[,，、]/)), "cooperating", units);
  return at + after[0].length;
}
var COOP_AFTER_LEAD = /^(?:负责|推进|落实|实施)?[,，、]\s*([^,，。；;()第牵]{2,80}?)(?:配合|参与|协同|协助)/;
var COOP_AFTER = /^[,，、]\s*([^,，。；;()第牵]{2,80}?)(?:配合|参与|协同|协助)/;
function pushPhrase(out, covered, start, end, units) {
  pushList(out, { start, end }, false, units.map((u) => ({ ...u, name: u.name.replace(/\s+/g, "") })));
  addCovered(covered, { start, end });
}
function bracketUnits(f, at, to, ctx, binding, out) {
  if (f[at] !== "(") return;
  const close = f.indexOf(")", at + 1);
  if (close < 0 || close >= to || close - at > 60) return;
  const inner = f.slice(at + 1, close);
  if (/[(:：;；,，。\n]/.test(inner)) return;
  const n = binding.notice ? ctx.index.get(binding.notice) : void 0;
  if (!n) return;
  const units = [];
  splitUnitList(inner, at + 1, "responsible", units);
  if (!units.length || !units.every((u) => !!n.units.resolve(u.name))) return;
  pushList(out, { start: at + 1, end: close }, false, units);
}
function byPhrase(f, i, before2, from, role, units) {
  const back = Math.max(from, i - 60);
  const youRel = f.slice(back, i).lastIndexOf("\u7531");
  const you = youRel < 0 ? -1 : back + youRel;
  if (you < from || you + 1 >= before2 || /[。；;，,!?！？]|牵头/.test(f.slice(you + 1, before2).replace(/[、]/g, ""))) return -1;
  splitUnitList(f.slice(you + 1, before2), you + 1, role, units);
  return you + 1;
}
function bareLabelUnits(f, e, to, role) {
  let k = e;
  while (k < to && (f[k] === " " || f[k] === "	" || f[k] === "*")) k++;
  if (k >= to || f[k] !== "\n" && f[k] !== "\r") return void 0;
  const units = [];
  let end = -1;
  for (let n = 0; k < to && n < 40; n++) {
    if (f[k] === "\r") k++;
    if (f[k] !== "\n") break;
    const ls = k + 1;
    let le = f.indexOf("\n", ls);
    if (le < 0 || le > to) le = to;
    const line = f.slice(ls, le).replace(/\r$/, "");
    const m = BULLET_UNIT.exec(line);
    if (!m) break;
    const s = ls + m[1].length;
    units.push({ name: m[2], role, start: s, end: s + m[2].length });
    end = s + m[2].length;
    k = ls + line.length;
  }
  return units.length ? { units, end } : void 0;
}
var BULLET_UNIT = /^([ \t]{0,3}(?:[-*+•·][ \t]{1,3})?)([\u4e00-\u9fff()（）]{2,30}?)[、,，;；。]?[ \t]*$/;
function afterPageBreak(f, e, to) {
  let k = e + 1, noise = false;
  for (let lines = 0; k < to && lines < 6; lines++) {
    let le = k;
    while (le < to && le - k < 40 && f.charCodeAt(le) !== 10) le++;
    const line = f.slice(k, le).replace(/\r$/, "");
    if (line.trim() !== "" && (f.charCodeAt(le) !== 10 || !isPageNumber(line, true))) return noise ? k : -1;
    noise = true;
    k = le + 1;
  }
  return -1;
}
function unitsOf(a, ctx) {
  return a.firstLeadsRule || ctx.firstLeads && hasResponsible(a.units) ? resolveRoles(a.units, true) : a.units;
}
function firstLeadsOf(a, ctx) {
  return a.firstLeadsRule || !!ctx.firstLeads && hasResponsible(a.units);
}
function hasResponsible(units) {
  for (const u of units) if (u.role === "responsible") return true;
  return false;
}
function addCovered(covered, s) {
  let k = covered.length;
  while (k > 0 && covered[k - 1].start > s.start) k--;
  covered.splice(k, 0, s);
}
function isCovered(covered, i) {
  let lo = 0, hi = covered.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (covered[mid].end <= i) lo = mid + 1;
    else if (covered[mid].start > i) hi = mid - 1;
    else return true;
  }
  return false;
}
function knownUnitEndingAt(f, end, from, ctx) {
  const b = implicitBinding(ctx);
  const n = b.notice ? ctx.index.get(b.notice) : void 0;
  if (!n) return void 0;
  let s = end;
  const low = Math.max(from, end - 20);
  while (s > low) {
    const c = f.charCodeAt(s - 1);
    if (c < 19968 || c > 40959) break;
    s--;
  }
  for (let t = s; t <= end - 2; t++) {
    if (JOIN_CHARS.has(f.charCodeAt(t))) continue;
    const name = f.slice(t, end);
    if (!n.units.resolve(name)) continue;
    const c = f[t - 1];
    const lo = c === "\u53BF" || c === "\u533A" || c === "\u65D7" ? t - 4 : t;
    for (let u = Math.max(s, lo); u <= t - 1; u++) {
      const whole = f.slice(u, end);
      if (!NOT_PLACE.test(f.slice(u, t)) && n.units.otherLevelOf(whole)) return { name: whole, start: u };
    }
    return lo < t ? void 0 : { name, start: t };
  }
  return void 0;
}
var JOIN_CHARS = new Set([..."\u548C\u4E0E\u53CA\u540C"].map((c) => c.charCodeAt(0)));
function joinBefore(f, start, from) {
  if (start - 1 < from) return 0;
  const c = f.charCodeAt(start - 1);
  if (c === 12289) return 1;
  if (!JOIN_CHARS.has(c)) return 0;
  return c === 21516 && start - 2 >= from && f.charCodeAt(start - 2) === 20250 ? 2 : 1;
}
function selfEndingAt(f, end, from) {
  const m = SELF_END.exec(f.slice(Math.max(from, end - 4), end));
  return m ? end - m[0].length : -1;
}
var SELF_END = /(?:我|本)(?:局|委|办|单位|部门|中心)$/;
var NOT_PLACE = /[由在对向和与及把将为从第项条是请各等的了]/;
function pushList(out, span, labelled, units, by = 0, firstLeads = false) {
  const id = out.lists.length;
  const l = { id, span, labelled, group: void 0, units: units.map((u) => ({ name: u.name, span: { start: u.start + by, end: u.end + by }, role: u.role, list: id })) };
  if (firstLeads) l.firstLeads = true;
  out.lists.push(l);
}
function groupAndAttach(f, out, firstCitation, from, to, firstList) {
  const cits = out.citations;
  const firstGroup = out.groups.length;
  let prevEnd = -1;
  let current;
  for (let k = firstCitation; k < cits.length; k++) {
    const c = cits[k];
    const gap = prevEnd >= 0 ? f.slice(prevEnd, c.span.start) : void 0;
    if (current && gap !== void 0 && (/^(?:[、,，和及与]|以及)?$/.test(gap.trim()) || c.exclude && gap.length <= 40 && !/[。；;！？!?\n]/.test(gap))) current.citations.push(k);
    else {
      current = { id: out.groups.length, citations: [k], lists: [] };
      out.groups.push(current);
    }
    c.group = current.id;
    prevEnd = citeEnd(c);
  }
  const mine = out.groups.slice(firstGroup);
  for (let li = firstList; li < out.lists.length; li++) {
    const l = out.lists[li];
    if (l.group !== void 0 || l.span.start < from || l.span.end > to) continue;
    let lo = 0, hi = mine.length - 1, at = -1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (cits[mine[mid].citations[0]].span.start < l.span.start) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    let best = at >= 0 ? mine[at] : void 0;
    const next = mine[at + 1];
    if (next && !l.labelled && FOLLOWS_LIST.test(f.slice(l.span.end, cits[next.citations[0]].span.start))) best = next;
    else if (!best && mine.length) {
      const next2 = mine[0];
      const ns = cits[next2.citations[0]].span.start;
      if (ns > l.span.end && ns - l.span.end < 200 && !/[。!?！？\n]/.test(f.slice(l.span.end, ns))) best = next2;
    }
    if (best) {
      l.group = best.id;
      best.lists.push(l.id);
    }
  }
}
var FOLLOWS_LIST = /^[ \t]{0,2}(?:的|负责的|推进的)?[ \t]{0,2}$/;
function isSubTask(t) {
  const m = SUBTASK.exec(t);
  return !!m && (m[2] === "." || m[2] === "\uFF0E" || m[2] === "\u4E4B" || Number(m[3]) < Number(m[1]));
}
var SUBTASK = /^(?:任务|第)?([0-9]{1,3})([.．\-－—–之])([0-9]{1,2})(?:项)?$/;
function scanTable(text, f, ctx, out) {
  const lines = [];
  for (let s = 0; s <= text.length; ) {
    let e = text.indexOf("\n", s);
    if (e < 0) e = text.length;
    const ce = e > s && text[e - 1] === "\r" ? e - 1 : e;
    lines.push([s, ce]);
    s = e + 1;
    if (e === text.length) break;
  }
  if (lines.length < 2) {
    scanProse(text, f, 0, f.length, ctx, out, true);
    return;
  }
  const tsv = f.trimStart()[0] !== "|" && f.indexOf("	") >= 0;
  const rowCells = tsv ? splitTsvRow : splitRow;
  const isSep = (l) => !tsv && isSeparatorRow(f, l[0], l[1]);
  const headerKinds = (l) => {
    const k = rowCells(f, l[0], l[1]).map((c) => columnKind(c.text));
    if (k.includes("cooperating") && !k.includes("lead")) {
      for (let j = 0; j < k.length; j++) if (k[j] === "responsible") k[j] = "lead";
    }
    return k;
  };
  const hasSep = isSep(lines[1]) || tsv && headerKinds(lines[0]).some((k) => k === "number" || k === "title" || k === "lead" || k === "responsible" || k === "firstLeads" || k === "cooperating");
  let kinds = hasSep ? counterAsNumber(f, lines, hasSep ? tsv ? 1 : 2 : 0, headerKinds(lines[0]), rowCells, isSep, ctx) : [];
  const headerText = hasSep ? rowCells(f, lines[0][0], lines[0][1]).map((c) => c.text).join("|") : void 0;
  const bodyFrom = hasSep ? tsv ? 1 : 2 : 0;
  let lastRowGroup;
  const lastUnits = [];
  for (let li = bodyFrom; li < lines.length; li++) {
    const [ls, le] = lines[li];
    if (isSep(lines[li])) continue;
    if (tsv ? f.indexOf("	", ls) < 0 || f.indexOf("	", ls) >= le : f.slice(ls, Math.min(le, ls + 4)).trimStart()[0] !== "|") continue;
    if (li + 1 < lines.length && isSep(lines[li + 1])) {
      kinds = counterAsNumber(f, lines, li + 2, headerKinds(lines[li]), rowCells, isSep, ctx);
      li++;
      continue;
    }
    const cells = rowCells(f, ls, le);
    if (headerText !== void 0 && cells.map((c) => c.text).join("|") === headerText) continue;
    const rowCitationsFrom = out.citations.length;
    const rowListsFrom = out.lists.length;
    let titleCell;
    const numberCells = [];
    cells.forEach((cell, ci) => {
      const kind = kinds[ci] ?? "other";
      if (kind === "number") numberCells.push(cell);
      else if (kind === "title") titleCell = cell;
      else if ((kind === "lead" || kind === "responsible" || kind === "firstLeads" || kind === "cooperating") && cell.text) {
        let units = [];
        const inner = f.slice(cell.start, cell.end);
        const a = matchLabel(inner) || /[()（）]/.test(inner) ? parseAnnotation(inner.replace(/^[(（]|[)）]$/g, " ")) : void 0;
        if (a) for (const u of unitsOf(a, ctx)) units.push({ ...u, start: u.start + cell.start, end: u.end + cell.start });
        else if (DITTO.test(cell.text) && lastUnits[ci]) {
          const reg = bindingNotice(ctx, implicitBinding(ctx))?.units;
          for (const u of lastUnits[ci]) units.push({ ...u, name: reg?.resolve(u.name)?.unit.name ?? u.name, start: cell.start, end: cell.end });
        } else splitUnitList(inner, cell.start, kind === "firstLeads" ? "responsible" : kind, units);
        if (!DITTO.test(cell.text)) lastUnits[ci] = units;
        const first = kind === "firstLeads" || kind === "responsible" && !a && !!ctx.firstLeads;
        if (first) units = resolveRoles(units, true);
        pushList(out, { start: cell.start, end: cell.end }, true, units, 0, first || !!a && firstLeadsOf(a, ctx));
      }
    });
    if (titleCell && CITES_IN_CELL.test(f.slice(titleCell.start, titleCell.end))) titleCell = void 0;
    for (const cell of numberCells) {
      const inner = f.slice(cell.start, cell.end);
      if (/第/.test(inner)) {
        const before2 = out.citations.length;
        scanProse(text, f, cell.start, cell.end, ctx, out, false);
        const c = out.citations.length === before2 + 1 ? out.citations[before2] : void 0;
        if (c && !c.title && c.numbers.length === 1 && titleCell && titleCell.text && numberCells.length === 1) {
          c.title = cellTitle(text, titleCell, ctx);
        }
        continue;
      }
      if (isSubTask(cell.text)) continue;
      const items = [];
      let k = cell.start;
      let ranged = false;
      while (k < cell.end && items.length < 200) {
        const r = readNumber(f, k, cell.end);
        if (!r) break;
        items.push(ranged ? { n: r[0], span: { start: r[1], end: r[2] }, range: true } : { n: r[0], span: { start: r[1], end: r[2] } });
        k = skipSpaces(f, r[2], cell.end);
        ranged = !ranged && k < cell.end && RANGE_SEP.test(f[k]);
        if (ranged || k < cell.end && LIST_SEP.test(f[k])) {
          k++;
          continue;
        }
        break;
      }
      if (!items.length) continue;
      const kind = kindOf(items, "table", "table");
      const binding = implicitBinding(ctx);
      out.citations.push({
        span: { start: cell.start, end: cell.end },
        items,
        numbers: expand(items, kind),
        kind,
        binding,
        group: -1,
        title: titleCell && titleCell.text && numberCells.length === 1 && items.length === 1 ? cellTitle(text, titleCell, ctx) : void 0
      });
    }
    cells.forEach((cell, ci) => {
      const kind = kinds[ci] ?? "other";
      if (kind === "number" || kind === "lead" || kind === "responsible" || kind === "firstLeads" || kind === "cooperating" || kind === "counter") return;
      const before2 = out.citations.length;
      scanProse(text, f, cell.start, cell.end, ctx, out, false);
      if (kind === "title" && !numberCells.length && out.citations.length === before2) {
        const t = titleMatch(ctx, f.slice(cell.start, cell.end));
        if (t !== void 0) {
          const span = { start: cell.start, end: t.length ? cell.start + t.length : cell.end };
          out.citations.push({ span, items: [{ n: t.n, span }], numbers: [t.n], kind: "title", binding: implicitBinding(ctx), group: -1 });
        }
      }
    });
    const rowCits = out.citations.slice(rowCitationsFrom);
    if (rowCits.length) {
      const g = { id: out.groups.length, citations: [], lists: [] };
      out.groups.push(g);
      for (let k = rowCitationsFrom; k < out.citations.length; k++) {
        const old = out.citations[k].group;
        out.citations[k].group = g.id;
        if (old >= 0 && old !== g.id) {
          const og = out.groups[old];
          og.citations = [];
          og.lists = [];
        }
        g.citations.push(k);
      }
      for (let k = rowListsFrom; k < out.lists.length; k++) {
        out.lists[k].group = g.id;
        if (!g.lists.includes(k)) g.lists.push(k);
      }
      lastRowGroup = g;
    } else if (lastRowGroup && numberCells.length && numberCells.every((c) => !c.text) && out.lists.length > rowListsFrom) {
      for (let k = rowListsFrom; k < out.lists.length; k++) {
        out.lists[k].group = lastRowGroup.id;
        lastRowGroup.lists.push(k);
      }
    } else lastRowGroup = void 0;
  }
}
function counterAsNumber(f, lines, from, kinds, rowCells, isSep, ctx) {
  const ci = kinds.indexOf("counter"), ti = kinds.indexOf("title");
  if (ci < 0 || ti < 0 || kinds.includes("number")) return kinds;
  let rows = 0, agree = 0, disagree = 0, plain = true;
  for (let li = from; li < lines.length && rows < 2e3; li++) {
    if (li + 1 < lines.length && isSep(lines[li + 1])) break;
    if (isSep(lines[li])) continue;
    const cells = rowCells(f, lines[li][0], lines[li][1]);
    const c = cells[ci]?.text ?? "", title = cells[ti]?.text ?? "";
    if (!/^[0-9]{1,4}$/.test(c)) continue;
    rows++;
    const n = Number(c);
    if (n !== rows) plain = false;
    if (!title) continue;
    const t = titleMatch(ctx, title)?.n;
    if (t === void 0) continue;
    if (t === n) agree++;
    else disagree++;
  }
  if (agree < 2 || disagree * 4 > agree || plain && agree * 2 < rows) return kinds;
  const k = kinds.slice();
  k[ci] = "number";
  return k;
}
var DITTO = /^(?:同上|〃|同前|″)$/;
var CITES_IN_CELL = /第[ \t]{0,2}[0-9０-９零〇一二两三四五六七八九十百]{1,8}[ \t]{0,2}项/;
function cellTitle(text, cell, ctx) {
  const m = titleMatch(ctx, text.slice(cell.start, cell.end));
  const end = m && m.length ? cell.start + m.length : cell.end;
  return { text: text.slice(cell.start, end), span: { start: cell.start, end }, outer: { start: cell.start, end } };
}
function titleMatch(ctx, cell) {
  const b = implicitBinding(ctx);
  const n = b.notice ? ctx.index.get(b.notice) : void 0;
  if (!n) return void 0;
  const whole = taskByTitleKey(n, titleKey(cell));
  if (whole) return { n: whole.number, length: 0 };
  const stop = FIRST_SENTENCE_END.exec(cell);
  if (!stop || stop.index < 4 || stop.index > 60) return void 0;
  const head = taskByTitleKey(n, titleKey(cell.slice(0, stop.index)));
  return head ? { n: head.number, length: stop.index } : void 0;
}
var FIRST_SENTENCE_END = /[。；;：:]/;
function inOrder(xs, from = 0) {
  for (let k = from + 1; k < xs.length; k++) if (xs[k].span.start < xs[k - 1].span.start) return false;
  return true;
}
var exact = (xs) => xs.length ? xs.slice() : xs;
function normalize(out, kept) {
  const groups = out.groups.filter((g) => g.citations.length);
  let gRemap = (id) => id >= 0 && id < groups.length ? id : -1;
  if (groups.length !== out.groups.length) {
    const gTo = [];
    for (let k = 0; k < out.groups.length; k++) gTo.push(-1);
    groups.forEach((g, k) => {
      gTo[g.id] = k;
      g.id = k;
    });
    gRemap = (id) => id >= 0 && id < gTo.length ? gTo[id] : -1;
  }
  const reorder = (xs) => {
    if (inOrder(xs)) return { sorted: xs, remap: void 0 };
    const order = xs.map((x, k) => [x, k]).sort((p, q) => p[0].span.start - q[0].span.start || p[1] - q[1]);
    const to = new Int32Array(xs.length);
    order.forEach(([, k], nk) => {
      to[k] = nk;
    });
    return { sorted: order.map(([x]) => x), remap: (k) => k >= 0 && k < to.length ? to[k] : -1 };
  };
  const { sorted: citations, remap: cRemap } = reorder(out.citations);
  for (const c of citations) c.group = gRemap(c.group);
  const { sorted: lists, remap: lRemap } = reorder(out.lists);
  lists.forEach((l, k) => {
    l.id = k;
    if (l.group !== void 0) {
      const g = gRemap(l.group);
      l.group = g >= 0 ? g : void 0;
    }
    for (const u of l.units) u.list = k;
  });
  const byNum = (x, y) => x - y;
  for (const g of groups) {
    g.citations = (cRemap ? g.citations.map(cRemap) : g.citations.slice()).sort(byNum);
    g.lists = (lRemap ? g.lists.map(lRemap) : g.lists).filter((k) => k >= 0 && k < lists.length && lists[k].group === g.id).sort(byNum);
  }
  const keep = kept ? exact : (xs) => xs;
  if (kept) {
    for (const c of citations) {
      c.items = exact(c.items);
      c.numbers = exact(c.numbers);
    }
    for (const l of lists) l.units = exact(l.units);
    for (const g of groups) g.lists = exact(g.lists);
  }
  return { citations: keep(citations), lists: keep(lists), docNumbers: keep(out.docNumbers), noticeRefs: keep(out.noticeRefs), groups: keep(groups), mentions: keep(out.mentions), memo: void 0 };
}

// server/src/core/codeActions.ts
var overlaps = (a, b) => a.start <= b.end && b.start <= a.end;
function codeActions(a, span, diags, locale = "zh") {
  const out = [];
  for (const d of diags) {
    if (!overlaps(d.span, span)) continue;
    d.fixes.forEach((fix, k) => out.push({ title: fix.title, fix, diagnostics: [d], preferred: fix.safe && k === 0, kind: "quickfix" }));
  }
  for (const c of a.citations) {
    if (!overlaps(c.span, span) || c.title || c.kind === "title" || c.numbers.length !== 1 || c.kind === "table") continue;
    const n = bindingNotice(a.ctx, c.binding);
    const t = n?.byNumber.get(c.numbers[0]);
    if (!t) continue;
    out.push({
      title: locale === "en" ? `Add the title \u201C${t.title}\u201D` : `\u6DFB\u52A0\u4EFB\u52A1\u540D\u79F0\u201C${t.title}\u201D`,
      fix: { title: "", edits: [{ span: { start: c.span.end, end: c.span.end }, newText: `\u201C${t.title}\u201D` }], safe: false },
      diagnostics: [],
      preferred: false,
      kind: "quickfix"
    });
  }
  return out;
}

// server/src/core/diagnostics.ts
var Diagnostic = class {
  constructor(rule, severity, span, message, fixes) {
    this.rule = rule;
    this.severity = severity;
    this.span = span;
    this.message = message;
    this.f = fixes;
  }
  f;
  get fixes() {
    const f = this.f;
    return typeof f === "function" ? this.f = f() : f;
  }
  toJSON() {
    return { rule: this.rule, severity: this.severity, span: this.span, message: this.message, fixes: this.fixes };
  }
};
var NO_FIXES = [];
function computeDiagnostics(a, opts = {}) {
  const en = opts.locale === "en";
  const out = [];
  const messages = /* @__PURE__ */ new Map();
  const emit = (rule, span, zh2, enMsg, fixes = NO_FIXES) => {
    const sev = effectiveSeverity(rule, opts.rules);
    if (sev === "off") return;
    const m = en ? enMsg : zh2;
    let message = messages.get(m);
    if (message === void 0) {
      message = m;
      messages.set(m, m);
    }
    out.push(new Diagnostic(rule, sev, span, message, fixes));
  };
  const t = (zh2, enMsg) => en ? enMsg : zh2;
  for (const c of a.citations) {
    const n = c.binding.notice ? a.ctx.index.get(c.binding.notice) : void 0;
    if (!n) continue;
    checkCitation(c, n, a, emit, t);
  }
  const perGroup = /* @__PURE__ */ new Map();
  for (const l of a.lists) {
    let e = l.group !== void 0 ? perGroup.get(l.group) : void 0;
    if (!e) {
      const g = l.group !== void 0 ? a.groups[l.group] : void 0;
      const cits = g ? g.citations.map((k) => a.citations[k]) : [];
      const bound = cits.find((c) => c.binding.notice)?.binding.notice;
      const n2 = bound ? a.ctx.index.get(bound) : a.declared ?? a.ctx.index.default();
      e = { cits, n: n2, tasks: n2 ? uniqueTasks(cits, n2) : [], external: cits.length > 0 && cits.every((c) => c.binding.via === "external") };
      if (n2 && g && e.tasks.length === 1 && cits.length === 1 && cits[0].title && cits[0].numbers.length === 1) {
        const owner = taskByTitleKey(n2, titleKey(cits[0].title.text));
        if (owner && owner !== e.tasks[0] && unitsFit(g.lists.map((k) => a.lists[k]), owner, n2, a.ctx.issuer)) e.tasks = [];
      }
      if (l.group !== void 0) perGroup.set(l.group, e);
    }
    const { n, tasks } = e;
    if (e.external || !n) continue;
    checkList(l, tasks, n, a, emit, t, e);
  }
  for (const m of a.mentions) {
    const r = a.ctx.index.get(m.notice)?.units.resolve(m.name);
    if (!r) continue;
    const canon = r.unit.name;
    emit(
      "non-canonical-unit",
      m.span,
      `\u5E94\u5199\u4F5C\u901A\u77E5\u4E2D\u7684\u201C${canon}\u201D`,
      `Write the notice\u2019s form \u201C${canon}\u201D`,
      () => [{ title: t(`\u6539\u4E3A\u201C${canon}\u201D`, `Change to \u201C${canon}\u201D`), edits: [{ span: m.span, newText: canon }], safe: true }]
    );
  }
  for (const d of a.docNumbers) {
    const titled = d.titleOf ? a.ctx.index.get(d.titleOf) : void 0;
    const right = titled?.notice.docNumber;
    if (right && right !== d.text) {
      emit(
        "doc-number-format",
        d.span,
        `\u300A${titled.notice.title ?? ""}\u300B\u7684\u53D1\u6587\u5B57\u53F7\u662F${right}`,
        `That notice\u2019s document number is ${right}`,
        [{ title: t(`\u6539\u4E3A${right}`, `Change to ${right}`), edits: [{ span: d.span, newText: right }], safe: true }]
      );
      continue;
    }
    if (d.ok && d.serialOk) continue;
    const dn = !d.serialOk && d.notice ? a.ctx.index.get(d.notice) : void 0;
    const serial = dn && noticeSerial(dn);
    const rest = a.text.slice(d.yearSpan.end, d.span.end), restAscii = rest.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 65248)).replace(/[ \t]/g, "");
    const fullWidth = !d.ok && (rest !== restAscii || /[０-９ \t]/.test(a.text.slice(d.yearSpan.start, d.yearSpan.end)));
    if (serial !== void 0 || fullWidth) {
      const span = { start: d.yearSpan.start, end: d.span.end };
      const want = `\u3014${d.parts.year}\u3015${serial !== void 0 ? `${serial}\u53F7` : restAscii}`;
      const spacesOnly = !/[０-９]/.test(a.text.slice(d.yearSpan.start, d.span.end)) && a.text[d.yearSpan.start] === "\u3014";
      const [zh2, en2] = serial === void 0 ? spacesOnly ? [`\u53D1\u6587\u5B57\u53F7\u4E2D\u4E0D\u7559\u7A7A\u683C\uFF1A${want}`, `No spaces inside a document number: ${want}`] : [`\u53D1\u6587\u5B57\u53F7\u5E94\u5199\u4F5C${want}\uFF1A\u5E74\u4EFD\u7528\u516D\u89D2\u62EC\u53F7\uFF0C\u6570\u5B57\u7528\u534A\u89D2\u963F\u62C9\u4F2F\u6570\u5B57`, `Write the document number as ${want}: the year in hexagonal brackets, in ASCII digits`] : d.ok ? [`\u53D1\u6587\u5B57\u53F7\u7684\u5E8F\u53F7\u4E0D\u52A0\u201C\u7B2C\u201D\u5B57\u3001\u4E0D\u7F16\u865A\u4F4D\uFF1A${want}`, `A document number\u2019s serial takes no \u7B2C and no leading zero: ${want}`] : [`\u53D1\u6587\u5B57\u53F7\u5E94\u5199\u4F5C${want}\uFF1A\u5E74\u4EFD\u7528\u516D\u89D2\u62EC\u53F7\uFF0C\u5E8F\u53F7\u4E0D\u52A0\u201C\u7B2C\u201D\u5B57\u3001\u4E0D\u7F16\u865A\u4F4D`, `Write the document number as ${want}: the year in hexagonal brackets, no \u7B2C or leading zero in the serial`];
      emit("doc-number-format", span, zh2, en2, [{ title: t(`\u6539\u4E3A${want}`, `Change to ${want}`), edits: [{ span, newText: want }], safe: true }]);
      continue;
    }
    if (d.ok) continue;
    const inner = a.text.slice(d.yearSpan.start + 1, d.yearSpan.end - 1).trim();
    emit(
      "doc-number-format",
      d.yearSpan,
      `\u53D1\u6587\u5B57\u53F7\u5E74\u4EFD\u5E94\u4F7F\u7528\u516D\u89D2\u62EC\u53F7\uFF1A\u3014${inner}\u3015`,
      `Use hexagonal brackets for the year: \u3014${inner}\u3015`,
      [{ title: t(`\u6539\u4E3A\u3014${inner}\u3015`, `Change to \u3014${inner}\u3015`), edits: [{ span: d.yearSpan, newText: `\u3014${inner}\u3015` }], safe: true }]
    );
  }
  out.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
  return out;
}
function checkCitation(c, n, a, emit, t) {
  const dn = n.notice.docNumber ?? n.notice.title ?? n.uri;
  if (c.kind === "range") {
    const [lo, hi] = c.items;
    for (const it of [lo, hi]) {
      if (!n.byNumber.has(it.n)) emit("unknown-task", it.span, `${dn} \u4E2D\u6CA1\u6709\u7B2C${fmt(it.n)}\u9879\u4EFB\u52A1\uFF08\u5171${n.maxTask}\u9879\uFF09`, `${dn} has no task ${fmt(it.n)} (it has ${n.maxTask})`);
    }
    if (lo.n > hi.n) emit("unknown-task", { start: lo.span.start, end: hi.span.end }, `\u8303\u56F4\u7B2C${lo.n}\u81F3${hi.n}\u9879\u9996\u5C3E\u98A0\u5012`, `Range ${lo.n}\u2013${hi.n} is reversed`);
  } else if (c.kind !== "title") {
    for (let k = 0; k < c.items.length; k++) {
      const it = c.items[k];
      if (!n.byNumber.has(it.n)) emit("unknown-task", it.span, `${dn} \u4E2D\u6CA1\u6709\u7B2C${fmt(it.n)}\u9879\u4EFB\u52A1\uFF08\u5171${n.maxTask}\u9879\uFF09`, `${dn} has no task ${fmt(it.n)} (it has ${n.maxTask})`);
      const lo = c.items[k - 1];
      if (it.range && lo && lo.n > it.n) emit("unknown-task", { start: lo.span.start, end: it.span.end }, `\u8303\u56F4\u7B2C${lo.n}\u81F3${it.n}\u9879\u9996\u5C3E\u98A0\u5012`, `Range ${lo.n}\u2013${it.n} is reversed`);
    }
  }
  if (!c.title || c.numbers.length !== 1) return;
  const task = n.byNumber.get(c.numbers[0]);
  if (!task) return;
  const q = titleKey(c.title.text);
  const own = titleKeyOf(n, task);
  if (!q || q === own) return;
  const owner = taskByTitleKey(n, q);
  if (!owner && (own.includes(q) || q.includes(own) || similarity(q, own) >= 0.7)) return;
  if (!owner && textKeyOf(task).includes(q)) return;
  const near = owner ? void 0 : nearTitleTask(n, q, task);
  const replaceTitle = () => ({ title: t(`\u6539\u4E3A\u7B2C${task.number}\u9879\u7684\u540D\u79F0\u201C${task.title}\u201D`, `Use task ${task.number}\u2019s title \u201C${task.title}\u201D`), edits: [{ span: c.title.span, newText: task.title }], safe: !owner && !near });
  if (near) {
    const num = c.items[0];
    const swap = () => ({ title: t(`\u6539\u4E3A\u7B2C${near.number}\u9879\uFF08\u5F15\u53F7\u4E2D\u7684\u540D\u79F0\u4E0E\u5176\u76F8\u8FD1\uFF09`, `Cite task ${near.number} (the quoted title is near its)`), edits: [{ span: num.span, newText: numberLike(a.text.slice(num.span.start, num.span.end), near.number) }], safe: false });
    emit("title-mismatch", c.title.span, `\u7B2C${task.number}\u9879\u7684\u540D\u79F0\u662F\u201C${task.title}\u201D\uFF0C\u901A\u77E5\u4E2D\u6CA1\u6709\u201C${c.title.text}\u201D\uFF08\u4E0E\u7B2C${near.number}\u9879\u201C${near.title}\u201D\u76F8\u8FD1\uFF09`, `Task ${task.number} is \u201C${task.title}\u201D; the notice has no task \u201C${c.title.text}\u201D (near task ${near.number}, \u201C${near.title}\u201D)`, () => [swap(), replaceTitle()]);
  } else if (owner) {
    const num = c.items[0];
    const swap = () => ({ title: t(`\u6539\u4E3A\u7B2C${owner.number}\u9879\uFF08\u5F15\u53F7\u4E2D\u7684\u540D\u79F0\u5C5E\u4E8E\u8BE5\u9879\uFF09`, `Cite task ${owner.number} (the quoted title is its)`), edits: [{ span: num.span, newText: numberLike(a.text.slice(num.span.start, num.span.end), owner.number) }], safe: false });
    emit("title-mismatch", c.title.span, `\u201C${c.title.text}\u201D\u662F\u7B2C${owner.number}\u9879\u7684\u540D\u79F0\uFF0C\u7B2C${task.number}\u9879\u662F\u201C${task.title}\u201D`, `\u201C${c.title.text}\u201D is task ${owner.number}\u2019s title; task ${task.number} is \u201C${task.title}\u201D`, () => [swap(), replaceTitle()]);
  } else {
    emit("title-mismatch", c.title.span, `\u7B2C${task.number}\u9879\u7684\u540D\u79F0\u662F\u201C${task.title}\u201D\uFF0C\u901A\u77E5\u4E2D\u6CA1\u6709\u201C${c.title.text}\u201D`, `Task ${task.number} is \u201C${task.title}\u201D; the notice has no task \u201C${c.title.text}\u201D`, () => [replaceTitle()]);
  }
}
function nearTitleTask(n, q, own) {
  const mine = similarity(q, titleKeyOf(n, own));
  let best, bestS = Math.max(0.6, mine + 0.15);
  for (const t of n.notice.tasks) {
    if (t === own) continue;
    const sc = similarity(q, titleKeyOf(n, t));
    if (sc >= bestS) {
      best = t;
      bestS = sc;
    }
  }
  return best;
}
function draftUnit(n, name, issuer, writer) {
  const r = n.units.resolve(name);
  if (!r && writer && WRITER_RE.test(name)) return writer;
  if (r || !issuer) return r?.unit.name;
  const own = countyBody(name, issuer);
  return own ? resolveCounterpart(n, own)?.unit.name : void 0;
}
var JOINED_PARTNER = ["\u4F1A\u540C", "\u534F\u540C", "\u8054\u5408", "\u540C"];
function blockNames(text, from, word, m, reg) {
  let end = from;
  while (end < text.length && end - from < 80 && !"\u3002\uFF1B;\n".includes(text[end])) end++;
  const s = text.slice(from, end);
  for (let k = s.indexOf(word); k >= 0; k = s.indexOf(word, k + 1)) {
    const rest = s.slice(k + word.length);
    for (let e = 2; e <= Math.min(rest.length, 20); e++) if (reg.resolve(rest.slice(0, e))?.unit.name === m) return true;
  }
  return false;
}
var WRITER_RE = /^(?:我|本)(?:局|委|办|厅|单位|部门)$/;
function resolveCounterpart(n, name) {
  return n.units.resolve(name) ?? (name.endsWith("\u5C40") ? n.units.resolve(name.slice(0, -1) + "\u59D4") : void 0);
}
function countyBody(name, issuer) {
  const short2 = issuer.length > 2 ? issuer.slice(0, -1) : issuer;
  for (const place of [issuer, short2]) {
    if (!name.endsWith(`${place}\u5206\u5C40`)) continue;
    const base = name.slice(0, -(place.length + 2)).replace(/^[\u4e00-\u9fff]{2,3}(?=市)/, "");
    if (base.startsWith("\u5E02") && base.length >= 3) return base;
  }
  const rest = name.startsWith(issuer) ? name.slice(issuer.length) : name[0] === issuer[issuer.length - 1] ? name.slice(1) : void 0;
  return rest === void 0 ? void 0 : rest.length >= 2 ? "\u5E02" + rest : "";
}
function unitsFit(lists, task, n, issuer) {
  const leads = new Set(leadNames([task], n)), coops = new Set(coopNames([task], n));
  let named = false;
  for (const l of lists) {
    for (const u of l.units) {
      const c = draftUnit(n, u.name, issuer);
      if (!c) continue;
      if (u.role === "lead" || u.role === "responsible") {
        if (!leads.has(c) && !(u.role === "responsible" && coops.has(c))) return false;
        if (leads.has(c)) named = true;
      } else if (!coops.has(c) && !leads.has(c)) return false;
    }
  }
  return named;
}
function uniqueTasks(cits, n) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const c of cits) if (c.exclude) for (const x of c.numbers) seen.add(x);
  for (const c of cits) {
    if (c.binding.notice !== n.id || c.exclude) continue;
    for (const x of c.numbers) {
      if (seen.has(x)) continue;
      seen.add(x);
      const task = n.byNumber.get(x);
      if (task) out.push(task);
    }
  }
  return out;
}
function checkList(l, tasks, n, a, emit, t, info) {
  const reg = n.units;
  if (tasks.length && tasks.every((tk) => !tk.leads.length && !tk.cooperating.length)) tasks = [];
  const sets = tasks.length ? info.units ??= unionUnits(n, tasks) : void 0;
  const citedText = () => info.cited ??= tasks.length === 1 ? t(`\u7B2C${tasks[0].number}\u9879`, `task ${tasks[0].number}`) : t(`\u6240\u5F15${tasks.length}\u9879\u4EFB\u52A1`, `the ${tasks.length} cited tasks`);
  const taskLeads = () => info.leads ??= leadNames(tasks, n);
  const leadList = () => info.leadList ??= taskLeads().join(t("\u3001", ", ")) || t("\u65E0", "none");
  let lf;
  const fixList = () => lf ??= listFixes(l, tasks, n, a, t);
  const issuer = a.ctx.issuer;
  const pairs = l.respective ? respectivePairs(l, tasks) : void 0;
  for (const u of l.units) {
    let r = reg.resolve(u.name) ?? (a.ctx.writer && WRITER_RE.test(u.name) ? reg.resolve(a.ctx.writer) : void 0);
    let county2 = false;
    if (!r && issuer) {
      const own2 = countyBody(u.name, issuer);
      if (own2 !== void 0) {
        r = own2 ? resolveCounterpart(n, own2) : void 0;
        if (!r) continue;
        county2 = true;
      }
    }
    if (!r) {
      if (reg.units.length === 0 || isCollective(u.name)) continue;
      const other = reg.otherLevelOf(u.name);
      const sugg = reg.suggest(u.name);
      if (u.role === "cooperating" && !other && (reg.isCityBody(u.name) || !sugg.length)) continue;
      const fixes = () => sugg.map((s) => ({ title: t(`\u6539\u4E3A\u201C${s}\u201D`, `Change to \u201C${s}\u201D`), edits: [{ span: u.span, newText: s }], safe: false }));
      if (other) {
        emit("unknown-unit", u.span, `\u201C${u.name}\u201D\u662F\u4E0B\u7EA7\u5355\u4F4D\uFF0C\u4E0D\u662F\u901A\u77E5\u4E2D\u7684\u201C${other.name}\u201D`, `\u201C${u.name}\u201D is a lower-level unit, not the notice\u2019s \u201C${other.name}\u201D`, fixes);
      } else {
        emit("unknown-unit", u.span, `\u901A\u77E5\u4E2D\u6CA1\u6709\u201C${u.name}\u201D${sugg.length ? `\uFF0C\u662F\u5426\u6307\uFF1A${sugg.join("\u3001")}\uFF1F` : ""}`, `The notice has no unit \u201C${u.name}\u201D${sugg.length ? `; did you mean ${sugg.join(", ")}?` : ""}`, fixes);
      }
      continue;
    }
    const canon = r.unit.name;
    if (r.unit.collective) continue;
    const plate = u.name !== canon ? reg.secondNameplate(u.name) : void 0;
    if (!county2 && u.name !== canon && plate !== canon && !WRITER_RE.test(u.name) && !tasks.some((tk) => tk.leads.some((x) => x.name === u.name) || tk.cooperating.some((x) => x.name === u.name))) {
      const written = a.text.slice(u.span.start, u.span.end);
      const open = Math.max(written.lastIndexOf("("), written.lastIndexOf("\uFF08"));
      let cut = plate || open > 0 && /[)）]$/.test(written) && reg.isNameplate(written.slice(open + 1, -1)) ? open : -1;
      while (cut > 0 && /\s/.test(written[cut - 1])) cut--;
      const span = cut > 0 ? { start: u.span.start, end: u.span.start + cut } : u.span;
      emit(
        "non-canonical-unit",
        u.span,
        `\u5E94\u5199\u4F5C\u901A\u77E5\u4E2D\u7684\u201C${canon}\u201D`,
        `Write the notice\u2019s form \u201C${canon}\u201D`,
        // Across a page break (市市场 | — 4 — | 监督管理局) the fix would delete the page number too: offered only.
        () => [{ title: t(`\u6539\u4E3A\u201C${canon}\u201D`, `Change to \u201C${canon}\u201D`), edits: [{ span, newText: canon }], safe: !levelLessAtLineStart(a.text, u.span.start) && !/[\r\n]/.test(written) }]
      );
    }
    if (!sets) continue;
    const shown = county2 ? u.name : WRITER_RE.test(u.name) ? `${u.name}\uFF08${canon}\uFF09` : canon;
    const own = pairs?.get(u);
    if (own) {
      checkRespective(u, canon, shown, own, pairs, l, n, a, emit, t);
      continue;
    }
    const leads = sets.leads.has(canon);
    const coops = sets.coops.has(canon);
    if (u.role === "lead" && leads && tasks.length > 1 && !l.labelled && info.cits.filter((c) => !c.exclude).length === 1 && l.units.filter((x) => x.role === "lead").length === 1 && a.text.charCodeAt(u.span.end) !== 31561) {
      const not = tasks.filter((tk) => !tk.leads.some((x) => (reg.resolve(x.name)?.unit.name ?? x.name) === canon)).map((tk) => tk.number);
      if (not.length) {
        const list2 = not.join("\u3001");
        emit(
          "wrong-lead-unit",
          u.span,
          `\u201C${shown}\u201D\u4E0D\u7275\u5934\u5176\u4E2D\u7684\u7B2C${list2}\u9879\uFF08\u6240\u5F15${tasks.length}\u9879\u4EFB\u52A1\u4E2D\u5B83\u7275\u5934\u7684\u662F\u7B2C${tasks.filter((tk) => !not.includes(tk.number)).map((tk) => tk.number).join("\u3001")}\u9879\uFF09`,
          `\u201C${shown}\u201D does not lead task(s) ${not.join(", ")} of the ${tasks.length} cited (it leads ${tasks.filter((tk) => !not.includes(tk.number)).map((tk) => tk.number).join(", ")})`
        );
      }
      continue;
    }
    if (u.role === "lead" && !leads) {
      if (coops) emit("cooperating-unit-as-lead", u.span, `\u201C${shown}\u201D\u662F${citedText()}\u7684\u914D\u5408\u5355\u4F4D\uFF0C\u4E0D\u662F\u7275\u5934\u5355\u4F4D`, `\u201C${shown}\u201D cooperates on ${citedText()}; it does not lead`, fixList);
      else {
        const m = t(`\u201C${shown}\u201D\u4E0D\u7275\u5934${citedText()}\uFF08\u7275\u5934\u5355\u4F4D\uFF1A${leadList()}\uFF09`, `\u201C${shown}\u201D does not lead ${citedText()} (leads: ${leadList()})`);
        emit("wrong-lead-unit", u.span, m, m, fixList);
      }
    } else if (u.role === "responsible" && !leads && !coops) {
      const m = t(`\u201C${shown}\u201D\u4E0D\u662F${citedText()}\u7684\u8D23\u4EFB\u5355\u4F4D\uFF08\u7275\u5934\u5355\u4F4D\uFF1A${leadList()}\uFF09`, `\u201C${shown}\u201D is not responsible for ${citedText()} (leads: ${leadList()})`);
      emit("wrong-lead-unit", u.span, m, m, fixList);
    }
  }
  if (pairs) return;
  if (tasks.length >= 1 && l.units.some((u) => u.role === "lead" || u.role === "responsible")) {
    if (!info.leadCheck) {
      const listsOfGroup = l.group !== void 0 ? a.groups[l.group].lists.map((k) => a.lists[k]) : [l];
      const named2 = /* @__PURE__ */ new Set();
      let unplaced = listsOfGroup.some((x) => x.unsaidSubject);
      for (const x of listsOfGroup) for (const u of x.units) {
        if (u.role !== "lead" && u.role !== "responsible") continue;
        const r = draftUnit(n, u.name, issuer, a.ctx.writer);
        if (r) named2.add(r);
        else if (SELF_RE.test(u.name) || issuer && countyBody(u.name, issuer) !== void 0) unplaced = true;
        if (a.text.charCodeAt(u.span.end) === 31561) unplaced = true;
      }
      info.leadCheck = { first: listsOfGroup.find((x) => x.units.some((u) => u.role === "lead" || u.role === "responsible")), named: named2, unplaced };
    }
    if (info.leadCheck.first !== l) return;
    if (info.leadCheck.unplaced) return;
    const named = info.leadCheck.named;
    const missing = (tasks.length === 1 ? taskLeads() : info.common ??= commonLeads(tasks, n)).filter((x) => !named.has(x));
    if (missing.length) {
      const marked = l.units.filter((u) => u.role === "lead" && !isCollective(u.name));
      const leadUnits = marked.length ? marked : l.units.filter((u) => u.role === "lead" || u.role === "responsible");
      const lastLead = leadUnits[leadUnits.length - 1];
      const tail = a.text.slice(lastLead.span.end, lastLead.span.end + 12);
      const mark = leadMarker(tail);
      const at = mark && tail.startsWith(mark) ? lastLead.span.end + mark.length : lastLead.span.end;
      const lineStart = a.text.lastIndexOf("\n", lastLead.span.start - 1) + 1;
      const bullet = a.text.slice(lineStart, lastLead.span.start);
      const oneALine = lineStart > l.span.start && /^[ \t]{0,3}(?:[-*+•·][ \t]{1,3})?$/.test(bullet);
      const wrongNamed = [...named].some((x) => !sets?.leads.has(x));
      const front = wrongNamed && !marked.length && !oneALine && !mark && leadUnits.every((u) => u.role === "responsible");
      const add2 = () => ({
        title: t(`\u8865\u4E0A\u7275\u5934\u5355\u4F4D\uFF1A${missing.join("\u3001")}`, `Add lead unit(s): ${missing.join(", ")}`),
        edits: [front ? { span: { start: leadUnits[0].span.start, end: leadUnits[0].span.start }, newText: missing.map((m) => m + "\u3001").join("") } : { span: { start: at, end: at }, newText: missing.map((m) => (oneALine ? "\n" + bullet : "\u3001") + m + (at > lastLead.span.end ? mark : "")).join("") }],
        safe: !wrongNamed
      });
      const span = { start: leadUnits[0].span.start, end: lastLead.span.end };
      const [zhC, enC] = issuer ? [`\uFF08\u5728${issuer}\u4E3A\u5176\u5BF9\u5E94\u90E8\u95E8\uFF09`, ` (in ${issuer}, the matching bodies)`] : ["", ""];
      const [zh2, en] = tasks.length === 1 ? [`\u7B2C${tasks[0].number}\u9879\u7684\u7275\u5934\u5355\u4F4D\u8FD8\u6709\uFF1A${missing.join("\u3001")}${zhC}`, `Task ${tasks[0].number} is also led by: ${missing.join(", ")}${enC}`] : [`\u6240\u5F15${tasks.length}\u9879\u4EFB\u52A1\u90FD\u7531${missing.join("\u3001")}\u7275\u5934${zhC}\uFF0C\u8FD9\u91CC\u6CA1\u6709\u5217\u51FA`, `All ${tasks.length} cited tasks are led by ${missing.join(", ")}${enC}, not named here`];
      if (missing.every((m) => JOINED_PARTNER.some((w) => blockNames(a.text, l.span.end, w, m, reg)))) return;
      const elsewhere = () => l.group !== void 0 && a.groups[l.group].lists.some((k) => a.lists[k].units.some((u) => u.role === "cooperating" && missing.includes(draftUnit(n, u.name, a.ctx.issuer, a.ctx.writer) ?? "")));
      emit("missing-lead-unit", span, zh2, en, () => l.firstLeads || issuer || elsewhere() ? fixList() : [add2(), ...fixList()]);
    }
  }
}
function respectivePairs(l, tasks) {
  const named = l.units.filter((u) => u.role === "lead" || u.role === "responsible");
  if (named.length < 2 || named.length !== tasks.length) return void 0;
  return new Map(named.map((u, k) => [u, tasks[k]]));
}
function checkRespective(u, canon, shown, task, pairs, l, n, a, emit, t) {
  const name = (x) => n.units.resolve(x.name)?.unit.name ?? x.name;
  if (task.leads.some((x) => name(x) === canon)) {
    const more = task.leads.map(name).filter((x) => x !== canon);
    if (more.length) emit("missing-lead-unit", u.span, `\u201C\u5206\u522B\u201D\u6309\u987A\u5E8F\u5BF9\u5E94\uFF1A\u7B2C${task.number}\u9879\u7684\u7275\u5934\u5355\u4F4D\u8FD8\u6709\uFF1A${more.join("\u3001")}`, `\u201CRespectively\u201D pairs \u201C${shown}\u201D with task ${task.number}, also led by ${more.join(", ")}`);
    return;
  }
  const leads = task.leads.map(name).join(t("\u3001", ", ")) || t("\u65E0", "none");
  let other;
  for (const [v, vt] of pairs) {
    if (v !== u && vt.leads.some((x) => name(x) === canon) && task.leads.some((x) => name(x) === (n.units.resolve(v.name)?.unit.name ?? v.name))) {
      other = v;
      break;
    }
  }
  const fixes = () => {
    const out = [];
    if (other) {
      const o = other;
      out.push({ title: t(`\u5BF9\u8C03\u201C${u.name}\u201D\u4E0E\u201C${o.name}\u201D`, `Swap \u201C${u.name}\u201D and \u201C${o.name}\u201D`), safe: false, edits: [{ span: u.span, newText: a.text.slice(o.span.start, o.span.end) }, { span: o.span, newText: a.text.slice(u.span.start, u.span.end) }] });
    }
    if (task.leads.length === 1) out.push({ title: t(`\u6539\u4E3A\u201C${leads}\u201D`, `Change to \u201C${leads}\u201D`), safe: false, edits: [{ span: u.span, newText: leads }] });
    return out;
  };
  const coop = task.cooperating.some((x) => name(x) === canon);
  const [zh2, en] = other ? [`\u201C\u5206\u522B\u201D\u6309\u987A\u5E8F\u5BF9\u5E94\uFF1A\u201C${shown}\u201D\u5BF9\u5E94\u7B2C${task.number}\u9879\uFF0C\u4F46\u7B2C${task.number}\u9879\u7531${leads}\u7275\u5934\uFF08\u201C${shown}\u201D\u7275\u5934\u7B2C${pairs.get(other).number}\u9879\uFF0C\u987A\u5E8F\u98A0\u5012\uFF09`, `\u201CRespectively\u201D pairs \u201C${shown}\u201D with task ${task.number}, which ${leads} leads (\u201C${shown}\u201D leads task ${pairs.get(other).number}: the order is swapped)`] : [`\u201C\u5206\u522B\u201D\u6309\u987A\u5E8F\u5BF9\u5E94\uFF1A\u201C${shown}\u201D${coop ? "\u662F" : "\u4E0D\u7275\u5934"}\u7B2C${task.number}\u9879${coop ? "\u7684\u914D\u5408\u5355\u4F4D" : ""}\uFF08\u7275\u5934\u5355\u4F4D\uFF1A${leads}\uFF09`, `\u201CRespectively\u201D pairs \u201C${shown}\u201D with task ${task.number}, ${coop ? "on which it cooperates" : "which it does not lead"} (leads: ${leads})`];
  emit(coop ? "cooperating-unit-as-lead" : "wrong-lead-unit", u.span, zh2, en, fixes);
  void l;
}
function levelLessAtLineStart(text, at) {
  const c = text.charCodeAt(at - 1);
  return (at === 0 || c === 10 || c === 13) && !LEVEL_START.test(text.slice(at, at + 4));
}
var LEVEL_START = /^(?:市|县|区|省|聊城|中共|国家|中华|人民银行|[\u4e00-\u9fff]{1,3}[市县区])/;
function leadNames(tasks, n) {
  const out = [];
  for (const task of tasks) for (const u of task.leads) {
    const c = n.units.resolve(u.name)?.unit.name ?? u.name;
    if (!out.includes(c)) out.push(c);
  }
  return out;
}
function commonLeads(tasks, n) {
  const sets = tasks.map((task) => new Set(task.leads.map((u) => n.units.resolve(u.name)?.unit.name ?? u.name)));
  return [...sets[0]].filter((x) => sets.every((s) => s.has(x)));
}
function coopNames(tasks, n) {
  const leads = leadNames(tasks, n);
  const out = [];
  for (const task of tasks) for (const u of task.cooperating) {
    const c = n.units.resolve(u.name)?.unit.name ?? u.name;
    if (!out.includes(c) && !leads.includes(c)) out.push(c);
  }
  return out;
}
function noticeUnitListText(l, tasks, n, text) {
  const leads = leadNames(tasks, n), coops = coopNames(tasks, n);
  const original = text.slice(l.span.start, l.span.end);
  const colon = /:/.test(original) && !/：/.test(original) ? ":" : "\uFF1A";
  const semi = /;/.test(original) && !/；/.test(original) ? ";" : "\uFF1B";
  const hasCoopLabel = /(?:配合|参与|协同|协办|协助)(?:单位|部门)?[:：]/.test(original);
  const mark = leadMarker(original);
  const label = mark ? matchLabel(original) : void 0;
  if (mark && (!label || label.role === "responsible")) {
    return (label ? original.slice(0, label.length) : "") + [...leads.map((x) => x + mark), ...coops].join("\u3001");
  }
  if (!l.labelled) return leads.join("\u3001") + "\u7275\u5934" + (coops.length ? `\uFF0C${coops.join("\u3001")}\u914D\u5408` : "");
  if (/^[^:：]*$/.test(original)) {
    const role = l.units[0]?.role;
    return (role === "cooperating" ? coops : leads).join("\u3001") || "\u2014";
  }
  return `\u7275\u5934\u5355\u4F4D${colon}${leads.join("\u3001")}` + (coops.length || hasCoopLabel ? `${semi}\u914D\u5408\u5355\u4F4D${colon}${coops.join("\u3001")}` : "");
}
function listFixes(l, tasks, n, a, t) {
  if (!tasks.length) return [];
  if (l.firstLeads && l.labelled && !/[:：]/.test(a.text.slice(l.span.start, l.span.end))) return [];
  let newText = noticeUnitListText(l, tasks, n, a.text);
  const level2 = a.ctx.issuer ? a.ctx.issuer[a.ctx.issuer.length - 1] : void 0;
  if (level2 === "\u53BF" || level2 === "\u533A") newText = newText.replace(/(^|[：:、，,；;])市(?=[\u4e00-\u9fff])/g, `$1${level2}`);
  if (newText === a.text.slice(l.span.start, l.span.end)) return [];
  return [{ title: t(`\u6309\u901A\u77E5\u6539\u4E3A\uFF1A${newText}`, `Use the notice\u2019s units: ${newText}`), edits: [{ span: l.span, newText }], safe: false }];
}
function fmt(n) {
  return Number.isFinite(n) ? String(n) : "\u221E";
}
function numberLike(sample, n) {
  if (/^[0-9]+$/.test(sample)) return String(n);
  if (/^[０-９]+$/.test(sample)) return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 65248));
  return toChineseNumeral(n);
}
var textKeys = /* @__PURE__ */ new WeakMap();
function textKeyOf(t) {
  let k = textKeys.get(t);
  if (k === void 0) textKeys.set(t, k = titleKey(t.text));
  return k;
}
function unionUnits(n, tasks) {
  if (tasks.length === 1) return canonicalUnits(n, tasks[0]);
  const leads = /* @__PURE__ */ new Set(), coops = /* @__PURE__ */ new Set();
  for (const task of tasks) {
    const c = canonicalUnits(n, task);
    for (const x of c.leads) leads.add(x);
    for (const x of c.coops) coops.add(x);
  }
  return { leads, coops };
}
var unitSets = /* @__PURE__ */ new WeakMap();
function canonicalUnits(n, t) {
  let m = unitSets.get(n.units);
  if (!m) {
    m = /* @__PURE__ */ new Map();
    unitSets.set(n.units, m);
  }
  let e = m.get(t);
  if (!e) {
    e = { leads: new Set(t.leads.map((u) => n.units.resolve(u.name)?.unit.name ?? u.name)), coops: new Set(t.cooperating.map((u) => n.units.resolve(u.name)?.unit.name ?? u.name)) };
    m.set(t, e);
  }
  return e;
}

// server/src/core/format.ts
function citationText(task, style = "number-title") {
  return style === "number" ? `\u7B2C${task.number}\u9879` : `\u7B2C${task.number}\u9879\u201C${task.title}\u201D`;
}
function sectionLabel(n, task) {
  const s = n.notice.sections[task.section];
  return s ? `${s.label}\u3001${s.title}` : "";
}
function noticeLabel(n) {
  return n.notice.docNumber ?? n.notice.taskListTitle ?? n.notice.title ?? n.uri;
}
function taskMarkdown(n, task, locale = "zh", full = true) {
  const en = locale === "en";
  const leads = leadNames([task], n), coops = coopNames([task], n);
  const sec = sectionLabel(n, task);
  const lines = [
    `**${en ? `Task ${task.number}` : `\u7B2C${task.number}\u9879`}\u3000${escapeMd(task.title)}**`,
    "",
    sec ? `${en ? "Section: " : "\u6240\u5C5E\u90E8\u5206\uFF1A"}${escapeMd(sec)}` : "",
    `${en ? "Lead: " : "\u7275\u5934\u5355\u4F4D\uFF1A"}${leads.length ? leads.join(en ? ", " : "\u3001") : en ? "(none)" : "\uFF08\u672A\u5217\uFF09"}`,
    coops.length ? `${en ? "Cooperating: " : "\u914D\u5408\u5355\u4F4D\uFF1A"}${coops.join(en ? ", " : "\u3001")}` : ""
  ].filter((x) => x !== "");
  if (full) lines.push("", "---", "", escapeMd(task.text));
  lines.push("", `*${escapeMd(noticeLabel(n))}${en ? `, line ${task.line + 1}` : ` \u7B2C${task.line + 1}\u884C`}*`);
  return lines.join("  \n").replace(/ {2}\n {2}\n/g, "\n\n");
}
function escapeMd(s) {
  return s.replace(/([\\`*_[\]<>#|])/g, "\\$1");
}

// server/src/core/completion.ts
function complete(a, offset, opts = {}) {
  const text = a.text;
  const o = Math.max(0, Math.min(offset, text.length));
  const line = a.lines.positionAt(o).line;
  const ls = a.lines.lineStart(line);
  const prefix = fold(text.slice(Math.max(ls, o - 200), o));
  const base = o - prefix.length;
  let m;
  if (m = /#([^\s#]{1,30})$/.exec(prefix)) {
    const n = noticeAt(a, base + m.index);
    if (!n) return [];
    const hits = n.search.search(m[1], opts.limit ?? 30);
    const span = { start: base + m.index, end: o };
    return hits.map((h, k) => taskItem(n, h.task, span, opts, String(k).padStart(4, "0"), `#${m[1]} ${h.task.title}`));
  }
  if (m = /(第|重点任务|任务)\s*([0-9一二三四五六七八九十百零两]{0,6})$/.exec(prefix)) {
    const start = base + m.index;
    const n = noticeAt(a, start);
    if (!n) return [];
    let end = o;
    if (text[end] === "\u9879" || text[end] === "\u6761") end++;
    const span = { start, end };
    const typed = m[2];
    const items = [];
    for (const t of n.notice.tasks) {
      const s = String(t.number), cn = toChineseNumeral(t.number);
      const matchesTyped = !typed || s.startsWith(typed) || cn.startsWith(typed);
      if (!matchesTyped) continue;
      const exact2 = typed === s || typed === cn;
      items.push(taskItem(n, t, span, opts, (exact2 ? "0" : "1") + String(t.number).padStart(6, "0"), `${m[1]}${s}\u9879 ${m[1]}${cn}\u9879 ${t.title}`, exact2));
      if (items.length >= (opts.limit ?? 200)) break;
    }
    return items;
  }
  const unitCtx = unitContext(a, prefix, base, o);
  if (unitCtx) return unitItems(unitCtx, opts);
  if ((m = /([\u4e00-\u9fff]{0,12})[〔\[［(（【][ \t]{0,3}(\d{0,4})[〕\]］)）】]?[ \t]{0,3}(\d{0,5})$/.exec(prefix)) && (m[1] || /[〔]/.test(m[0]))) {
    const runStart = base + m.index;
    const run = m[1];
    const items = [];
    for (const n of a.ctx.index.all()) {
      const dn = n.notice.docNumber;
      if (!dn) continue;
      let k = 0;
      while (k < run.length && !dn.startsWith(run.slice(k))) k++;
      const span = { start: runStart + k, end: o };
      items.push({
        label: dn,
        kind: "notice",
        detail: n.notice.title,
        documentation: noticeSummary(n, opts.locale, false),
        span,
        newText: dn,
        filterText: dn,
        sortText: n.bundled ? "1" : "0"
      });
    }
    return items;
  }
  return [];
}
function taskItem(n, t, span, opts, sortText, filterText, preselect = false) {
  const leads = leadNames([t], n);
  return {
    label: `\u7B2C${t.number}\u9879 ${t.title}`,
    kind: "task",
    detail: `${opts.locale === "en" ? "Lead: " : "\u7275\u5934\uFF1A"}${leads.join(opts.locale === "en" ? ", " : "\u3001") || "\u2014"} \xB7 ${sectionLabel(n, t)}`,
    documentation: taskMarkdown(n, t, opts.locale ?? "zh"),
    span,
    newText: citationText(t, opts.style),
    filterText,
    sortText,
    preselect
  };
}
function noticeAt(a, offset) {
  for (let r = a.noticeRefs.length - 1; r >= 0; r--) {
    const ref = a.noticeRefs[r];
    if (ref.span.end > offset) continue;
    const gap = a.text.slice(ref.span.end, offset);
    if (gap.length > 15 || /[。；;，,！？!?\n]/.test(gap)) break;
    return ref.notice ? a.ctx.index.get(ref.notice) : void 0;
  }
  return bindingNotice(a.ctx, implicitBinding(a.ctx));
}
function unitContext(a, prefix, base, o) {
  const labelRe = /(协同配合单位|协同配合部门|配合单位|配合部门|参与单位|参与部门|主要责任单位|牵头单位|牵头部门|责任单位|责任部门)[:：]([^；;。)）\n|]{0,120})$/;
  let role;
  let typedStart = -1;
  let m = labelRe.exec(prefix);
  if (m) {
    role = matchLabel(m[1] + "\uFF1A")?.role;
    const list2 = m[2];
    const lastSep = Math.max(list2.lastIndexOf("\u3001"), list2.lastIndexOf(","), list2.lastIndexOf("\uFF0C"));
    typedStart = base + m.index + m[1].length + 1 + (lastSep + 1);
  } else if (m = /由([^，,。；;\n]{0,30})$/.exec(prefix)) {
    role = "lead";
    const list2 = m[1];
    const lastSep = list2.lastIndexOf("\u3001");
    typedStart = base + m.index + 1 + lastSep + 1;
  } else {
    const cell = tableCellContext(a, o);
    if (!cell) return void 0;
    role = cell.role;
    typedStart = cell.typedStart;
  }
  if (!role) return void 0;
  const typed = a.text.slice(typedStart, o).replace(/^\s+/, "");
  typedStart = o - typed.length;
  const line = a.lines.positionAt(o).line;
  const ls = a.lines.lineStart(line);
  const cits = a.citations.filter((c) => c.span.start >= ls && c.span.start < o);
  const last = cits[cits.length - 1];
  const group = last ? a.groups[last.group] : void 0;
  const groupCits = group ? group.citations.map((k) => a.citations[k]) : [];
  const notice = (last && bindingNotice(a.ctx, last.binding)) ?? bindingNotice(a.ctx, implicitBinding(a.ctx));
  if (!notice) return void 0;
  const tasks = [];
  for (const c of groupCits) for (const x of c.numbers) {
    const t = notice.byNumber.get(x);
    if (t && !tasks.includes(t)) tasks.push(t);
  }
  return { span: { start: typedStart, end: o }, role, tasks, notice, typed };
}
function tableCellContext(a, o) {
  const line = a.lines.positionAt(o).line;
  const ls = a.lines.lineStart(line), le = a.lines.lineEnd(line);
  const row = a.text.slice(ls, le);
  if (!/^\s{0,3}\|/.test(row)) return void 0;
  let h = line;
  while (h > 0 && /^\s{0,3}\|/.test(a.text.slice(a.lines.lineStart(h - 1), a.lines.lineEnd(h - 1)))) h--;
  if (h === line) return void 0;
  const header = a.text.slice(a.lines.lineStart(h), a.lines.lineEnd(h)).split("|").slice(1);
  const col = a.text.slice(ls, o).split("|").length - 2;
  const name = (header[col] ?? "").replace(/\s/g, "");
  let role;
  if (/配合|参与|协同|协办/.test(name)) role = "cooperating";
  else if (/牵头|主要责任|主责/.test(name)) role = "lead";
  else if (/责任/.test(name)) role = "responsible";
  if (!role) return void 0;
  const cellStart = ls + a.text.slice(ls, o).lastIndexOf("|") + 1;
  const before2 = a.text.slice(cellStart, o);
  const sep5 = Math.max(before2.lastIndexOf("\u3001"), before2.lastIndexOf(","), before2.lastIndexOf("\uFF0C"));
  return { role, typedStart: cellStart + sep5 + 1 };
}
function unitItems(c, opts) {
  const leads = leadNames(c.tasks, c.notice), coops = coopNames(c.tasks, c.notice);
  const first = c.role === "cooperating" ? coops : leads;
  const second = c.role === "cooperating" ? leads : coops;
  const en = opts.locale === "en";
  const out = [];
  for (const u of c.notice.units.units) {
    if (u.collective) continue;
    const rank = first.includes(u.name) ? 0 : second.includes(u.name) ? 1 : 2;
    const role = leads.includes(u.name) ? en ? "lead of the cited task" : "\u6240\u5F15\u4EFB\u52A1\u7684\u7275\u5934\u5355\u4F4D" : coops.includes(u.name) ? en ? "cooperates on the cited task" : "\u6240\u5F15\u4EFB\u52A1\u7684\u914D\u5408\u5355\u4F4D" : "";
    out.push({
      label: u.name,
      kind: "unit",
      detail: role || (en ? `leads ${u.leadTasks.length}, cooperates on ${u.cooperatingTasks.length}` : `\u7275\u5934${u.leadTasks.length}\u9879\uFF0C\u914D\u5408${u.cooperatingTasks.length}\u9879`),
      documentation: unitMarkdown(c.notice, u.name, opts.locale),
      span: c.span,
      newText: u.name,
      filterText: [u.name, ...u.aliases].join(" "),
      sortText: `${rank}${String(first.indexOf(u.name) + 1).padStart(3, "0")}${u.name}`,
      preselect: rank === 0 && first[0] === u.name
    });
  }
  return out.sort((x, y) => x.sortText < y.sortText ? -1 : 1);
}
function unitMarkdown(n, name, locale = "zh") {
  const u = n.units.get(name) ?? n.units.resolve(name)?.unit;
  if (!u) return "";
  const en = locale === "en";
  const list2 = (ns) => ns.map((k) => {
    const t = n.byNumber.get(k);
    return t ? `- ${en ? "Task" : "\u7B2C"}${k}${en ? "" : "\u9879"} ${t.title}` : "";
  }).join("\n");
  return [
    `**${u.name}**`,
    u.aliases.length ? `${en ? "Also written" : "\u53C8\u4F5C"}\uFF1A${u.aliases.slice(0, 8).join("\u3001")}` : "",
    `${en ? "Leads" : "\u7275\u5934"} ${u.leadTasks.length}${en ? "" : "\u9879"}\uFF1A`,
    list2(u.leadTasks),
    u.cooperatingTasks.length ? `${en ? "Cooperates on" : "\u914D\u5408"} ${u.cooperatingTasks.length}${en ? "" : "\u9879"}\uFF1A` : "",
    list2(u.cooperatingTasks),
    `*${noticeLabel(n)}*`
  ].filter(Boolean).join("\n\n");
}
function noticeSummary(n, locale = "zh", withUnits = true) {
  const en = locale === "en";
  const x = n.notice;
  const units = withUnits ? n.units.units.length : -1;
  return [
    `**${x.docNumber ?? ""}** ${x.title ?? ""}`,
    x.taskListTitle ? `\u300A${x.taskListTitle}\u300B` : "",
    [x.issuer, x.date].filter(Boolean).join(" \xB7 "),
    en ? `${x.taskCount} tasks in ${x.sections.length} sections${units >= 0 ? `, ${units} units` : ""}` : `${x.sections.length}\u4E2A\u90E8\u5206\uFF0C${x.taskCount}\u9879\u4EFB\u52A1${units >= 0 ? `\uFF0C${units}\u4E2A\u5355\u4F4D` : ""}`
  ].filter(Boolean).join("\n\n");
}

// server/src/core/document.ts
var BlockCache = class {
  ctxKey = "";
  map = /* @__PURE__ */ new Map();
  prev = /* @__PURE__ */ new Map();
  context(ctxKey) {
    if (ctxKey !== this.ctxKey) {
      this.ctxKey = ctxKey;
      this.map = /* @__PURE__ */ new Map();
      this.prev = /* @__PURE__ */ new Map();
    }
  }
  get(key) {
    let v = this.map.get(key);
    if (v === void 0) {
      v = this.prev.get(key);
      if (v !== void 0) this.map.set(key, v);
    }
    return v;
  }
  set(key, v) {
    this.map.set(key, v);
  }
  refMap = /* @__PURE__ */ new Map();
  refPrev = /* @__PURE__ */ new Map();
  /** Notice references of a block's text (independent of the context). */
  refs(text) {
    let v = this.refMap.get(text);
    if (v === void 0) {
      v = this.refPrev.get(text);
      if (v !== void 0) this.refMap.set(text, v);
    }
    return v;
  }
  setRefs(text, v) {
    this.refMap.set(text, v);
  }
  rotate() {
    this.prev = this.map;
    this.map = /* @__PURE__ */ new Map();
    this.refPrev = this.refMap;
    this.refMap = /* @__PURE__ */ new Map();
  }
};
function splitBlocks(text, lines) {
  const blocks = [];
  splitLines(text, lines, 0, blocks, -1);
  return blocks;
}
function splitLines(text, lines, l0, blocks, prevLineEnd, stop) {
  const tally = { block: void 0, end: 0, depth: 0, quotes: 0 };
  let nextTab = 0;
  for (let l = l0; l < lines.lineCount; l++) {
    const start = lines.lineStart(l), end = lines.lineEnd(l);
    if (start === end) {
      prevLineEnd = -1;
      continue;
    }
    const p = indentEnd(text, start, end);
    const c = p < end ? text.charCodeAt(p) : 0;
    if (isPageNumberLine(text, c, start, end)) {
      prevLineEnd = -1;
      continue;
    }
    const prev = blocks[blocks.length - 1];
    if (nextTab >= 0 && nextTab < p) nextTab = text.indexOf("	", p);
    const tabs = c !== 124 && nextTab >= 0 && nextTab < end ? tsvTabs(text, p, end) : 0;
    if (tabs >= 2 && prev && prev.end === prevLineEnd && (prev.table ? tsvTabs(text, lineStartOf(text, prev), prev.end) === tabs && isTsvBlock(text, prev) : !hasBreak(text, prev) && tsvTabs(text, prev.start, prev.end) === tabs && !prev.section)) {
      prev.table = true;
      prev.end = end;
      prevLineEnd = end;
      continue;
    }
    if (c === 124 && p - start <= 3) {
      const gap = prev && prev.table && prevLineEnd === -1 ? gapKind(text, prev.end, start) : NO_GAP;
      if (prev && prev.table && (prev.end === prevLineEnd || gap === PAGE || gap === BREAK && rowGoesOn(text, prev, start, end, lines, l))) prev.end = end;
      else {
        if (stop?.(start)) return blocks.length;
        blocks.push({ start, end, table: true, section: false });
      }
      prevLineEnd = end;
      continue;
    }
    const heading = c !== 0 && (c === 35 || c === 65288 || c === 40 || NUMERAL_START.has(c)) && HEADING.test(text.slice(p, Math.min(end, p + 8)));
    if (prev && prev.section && !heading && prev.end - prev.start < SECTION_MAX) {
      if (c === 0 || isListLine(text, p, end) || !OWN_ITEM.test(text.slice(p, end)) || BACK_REF.test(text.slice(p, p + 4)) || isPhraseLine(text, p, end)) {
        prev.end = end;
        prevLineEnd = end;
        continue;
      }
      prev.section = false;
    }
    if (prev && !prev.table && prev.end > prev.start && c !== 0) {
      const adjacent = prev.end === prevLineEnd;
      const gap = !adjacent && prevLineEnd === -1 && prev.end - prev.start < 2e3 ? gapKind(text, prev.end, start) : NO_GAP;
      if ((adjacent || gap !== NO_GAP) && isListLine(text, p, end)) {
        prev.end = end;
        prevLineEnd = end;
        continue;
      }
      if ((gap !== NO_GAP && continuesAfterBreak(text, prev, p, end, gap === PAGE, tally) || adjacent && prev.end - prev.start < WRAP_MAX && continuesAfterBreak(text, prev, p, end, false, tally)) && !heading) {
        prev.end = end;
        prevLineEnd = end;
        continue;
      }
      if (adjacent && prev.end - prev.start < 2e3 && unitLineGoesOn(text, prev, p, end)) {
        prev.end = end;
        prevLineEnd = end;
        continue;
      }
      if (adjacent && prev.end - prev.start < 2e3 && isFieldLine(text, p, end) && !OWN_ITEM.test(text.slice(p, end))) {
        prev.end = end;
        prevLineEnd = end;
        continue;
      }
    }
    if (stop?.(start)) return blocks.length;
    blocks.push({ start, end, table: false, section: heading && CITES.test(text.slice(p, Math.min(end, p + 200))) });
    prevLineEnd = end;
  }
  return -1;
}
function resplit(prev, text, lines) {
  const old = prev.blocks, oldText = prev.text;
  const p = commonPrefix(oldText, text);
  const q = commonSuffix(oldText, text, Math.min(oldText.length, text.length) - p);
  const delta = text.length - oldText.length, sufNew = text.length - q;
  let lo = 0, hi = old.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (old[mid].end < p) lo = mid + 1;
    else hi = mid;
  }
  const keep = Math.max(0, lo - 1);
  const blocks = old.slice(0, keep);
  const from0 = keep < old.length && old[keep].start < p ? old[keep].start : Math.min(p, text.length);
  const l0 = lines.positionAt(from0).line;
  const lineBefore = l0 - 1;
  const lbStart = lineBefore >= 0 ? lines.lineStart(lineBefore) : 0, lbEnd = lineBefore >= 0 ? lines.lineEnd(lineBefore) : 0;
  const prevLineEnd = lbEnd > lbStart && !isPageNumberLine(text, text.charCodeAt(indentEnd(text, lbStart, lbEnd)), lbStart, lbEnd) ? lbEnd : -1;
  let oldAt = keep;
  const stopAt = splitLines(text, lines, l0, blocks, prevLineEnd, (start) => {
    if (start < sufNew) return false;
    const want = start - delta;
    while (oldAt < old.length && old[oldAt].start < want) oldAt++;
    return oldAt < old.length && old[oldAt].start === want;
  });
  const from = new Int32Array(blocks.length + (stopAt < 0 ? 0 : old.length - oldAt)).fill(-1);
  for (let k = 0; k < keep; k++) from[k] = k;
  if (stopAt >= 0) {
    for (let k = oldAt; k < old.length; k++) {
      from[blocks.length] = k;
      const b = old[k];
      blocks.push(delta === 0 ? b : { start: b.start + delta, end: b.end + delta, table: b.table, section: b.section });
    }
  }
  return { blocks, from };
}
var NUMERAL_START = new Set([..."\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341"].map((ch) => ch.charCodeAt(0)));
var HEADING = /^(?:#{1,6}[ \t]|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/;
var CITES = /第[ \t]{0,2}[0-9０-９零〇一二两三四五六七八九十百]{1,8}[ \t]{0,2}[项条]|第[ \t]{0,2}[0-9０-９零〇一二两三四五六七八九十百]{1,8}[、,，—–\-~～至到]|任务[ \t]{0,2}[0-9]/;
var OWN_ITEM = /第[ \t]{0,2}[0-9０-９零〇一二两三四五六七八九十百]{1,8}[ \t]{0,2}[项条、,，—–\-~～至到]|任务[ \t]{0,2}[0-9]|牵头|(?:配合|参与|协同|协办|协助|责任|负责|承办|主责)(?:单位|部门)|[（(][^（）()\n]{2,40}负责[）)]/;
var BACK_REF = /^(?:本|该|此)(?:项|任务)/;
var SECTION_MAX = 3e3;
function indentEnd(text, start, end) {
  let p = start;
  while (p < end && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9 || text.charCodeAt(p) === 12288)) p++;
  return p;
}
function isPageNumberLine(text, c, start, end) {
  if (end - start >= 40) return false;
  if (!(c === 45 || c === 8212 || c === 8211 || c === 65293 || c >= 48 && c <= 57 || c === 31532 || c >= 19968 && c <= 40959)) return false;
  if (c >= 19968 && c <= 40959) {
    let e = end;
    while (e > start && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9 || text.charCodeAt(e - 1) === 12288)) e--;
    const z = text.charCodeAt(e - 1);
    if (z !== 39029 && z !== 20214) return false;
  }
  return isPageNumber(text.slice(start, end), true);
}
function gapKind(text, a, b) {
  if (b - a > 160) return NO_GAP;
  let blank = 0, pages = 0, breaks = 0, seen = false;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(k + 1) === 10) k++;
      if (breaks++ > 0) {
        if (seen) pages++;
        else blank++;
      }
      seen = false;
    } else if (c !== 32 && c !== 9 && c !== 12288) seen = true;
  }
  return pages === 0 ? blank <= 2 ? BREAK : NO_GAP : pages === 1 && blank <= 4 ? PAGE : NO_GAP;
}
var NO_GAP = 0;
var BREAK = 1;
var PAGE = 2;
var BY_OPEN = /由[\u4e00-\u9fff]{0,8}$/;
var BY_CLOSE = /^[\u4e00-\u9fff（）()]{1,30}(?:牵头|负责)/;
var WRAP_MAX = 4e3;
function continuesAfterBreak(text, prev, p, end, page, tally) {
  let e = prev.end;
  while (e > prev.start && /\s/.test(text[e - 1])) e--;
  if (e === prev.start) return false;
  const ch = text.charCodeAt(e - 1);
  const cut = isHan(ch) || ch === 12289 || ch === 65292 || ch === 44 || ch === 65306 || ch === 58 || ch === 65307 || ch === 59 || ch === 8220 || ch === 12298 || ch === 65289 || ch === 41;
  if (!cut && (ch === 12290 || ch === 8221 || openAtEnd(text, prev, tally).depth === 0)) return false;
  if (ITEM_START.test(text.slice(p, Math.min(end, p + 16))) || isFieldLine(text, p, end)) return false;
  const open = openAtEnd(text, prev, tally);
  const ls = lineStartBefore(text, e, prev.start);
  const last = text.slice(ls, e);
  if (open.depth > 0) {
    return closesFirst(text.slice(p, Math.min(end, p + 200)), /[)）]/, /[(（]/);
  }
  if (open.quotes > 0) {
    return closesFirst(text.slice(p, Math.min(end, p + 200)), /”/, /“/);
  }
  const colon = Math.max(last.lastIndexOf("\uFF1A"), last.lastIndexOf(":"));
  if (colon > 0 && last.indexOf("\u3002", colon) < 0 && labelEndsAt(last, colon) && listCutShort(last.slice(colon + 1))) return true;
  if (ch === 12289 || ch === 65292 || ch === 44) return true;
  if (ch === 31532 && /^[ \t]*[0-9０-９零〇一二两三四五六七八九十百]{1,6}[ \t]*[项条、—–\-至]/.test(text.slice(p, Math.min(end, p + 12)))) return true;
  if (BY_OPEN.test(last.slice(-10)) && BY_CLOSE.test(text.slice(p, Math.min(end, p + 40)))) return true;
  if (!page || !(isHan(ch) || ch === 8220 || ch === 12298)) return false;
  return e - ls >= 20 && !/^[ \t\u3000]*#/.test(last) && !HEADING.test(last.trimStart().slice(0, 8));
}
function tsvTabs(text, p, end) {
  if (p >= end || text.charCodeAt(p) === 9) return 0;
  let n = 0;
  for (let k = p; k < end && n <= 64; k++) if (text.charCodeAt(k) === 9) n++;
  return n;
}
function lineStartBefore(text, at, floor) {
  let k = at;
  while (k > floor && text.charCodeAt(k - 1) !== 10 && text.charCodeAt(k - 1) !== 13) k--;
  return k;
}
function lineStartOf(text, b) {
  return lineStartBefore(text, b.end, b.start);
}
function hasBreak(text, b) {
  return lineStartOf(text, b) > b.start;
}
function isTsvBlock(text, b) {
  return text.charCodeAt(indentEnd(text, b.start, b.end)) !== 124;
}
function unitLineGoesOn(text, prev, p, end) {
  if (!UNIT_LINE.test(text.slice(p, Math.min(end, p + 48)))) return false;
  const tail = text.slice(Math.max(prev.start, prev.end - 600), prev.end);
  const lines = tail.split(/\r\n|\r|\n/);
  for (let k = lines.length - 1; k >= 0; k--) {
    const l = lines[k].trim();
    if (BARE_LABEL.test(l)) return true;
    if (k === 0 || !UNIT_LINE.test(l)) return false;
  }
  return false;
}
var UNIT_LINE = /^(?:[-*+•·][ \t]{1,3})?[\u4e00-\u9fff（）()]{2,30}(?:局|委|办|厅|院|中心|公司|行|会|联|协|部|室|处|署|海关|政府)[、，,；;。]?[ \t]*$/;
var BARE_LABEL = /^(?:[-*+•·][ \t]{1,3})?(?:\*\*)?(?:牵头|配合|责任|协同配合|参与|协办)(?:单位|部门)(?:\*\*)?[:：](?:\*\*)?$/;
function rowGoesOn(text, prev, start, end, lines, l) {
  if (l + 1 < lines.lineCount) {
    const ns = lines.lineStart(l + 1), ne = lines.lineEnd(l + 1);
    if (SEPARATOR_ROW.test(text.slice(ns, Math.min(ne, ns + 200)))) return false;
  }
  return rowCellCount(text, lineStartOf(text, prev), prev.end) === rowCellCount(text, start, end);
}
var SEPARATOR_ROW = /^[ \t]{0,3}\|?[ \t]*:?-{2,}/;
function openAtEnd(text, b, t) {
  if (t.block !== b || t.end > b.end) {
    t.block = b;
    t.end = b.start;
    t.depth = 0;
    t.quotes = 0;
  }
  for (let k = t.end; k < b.end; k++) {
    const c = text.charCodeAt(k);
    if (c === 65288 || c === 40) t.depth++;
    else if ((c === 65289 || c === 41) && t.depth > 0) t.depth--;
    else if (c === 8220) t.quotes++;
    else if (c === 8221 && t.quotes > 0) t.quotes--;
  }
  t.end = b.end;
  return t;
}
function closesFirst(head, close, reopen) {
  const c = head.search(close), r = head.search(reopen);
  return c >= 0 && (r < 0 || c < r);
}
function labelEndsAt(s, colon) {
  for (let k = 2; k <= 8 && colon - k >= 0; k++) {
    const m = matchLabel(s.slice(colon - k, colon + 1));
    if (m && m.length === k + 1) return true;
  }
  return false;
}
var ITEM_START = /^(?:[0-9０-９]{1,3}[.．、]|[（(][0-9０-９]{1,3}[)）]|[一二三四五六七八九十]{1,3}是|第[ \t]{0,2}[0-9０-９零〇一二两三四五六七八九十百]{1,8}[ \t]{0,2}[项条、,，—–\-~～至到]|任务[ \t]{0,2}[0-9０-９一二三四五六七八九十]|[#>*+\-][ \t])/;
var FIELD = /^(?:进展情况|完成情况|工作进展|推进情况|落实情况|进度情况|工作措施|主要措施|具体措施|工作举措|完成时限|完成时间|时间节点|时限要求|责任人|存在问题|问题困难|下步计划|下一步计划|下步打算|工作目标|目标任务|工作成效|备注)[ \t]{0,2}[:：]/;
function isFieldLine(text, p, end) {
  return FIELD.test(text.slice(p, Math.min(end, p + 12)));
}
function isPhraseLine(text, p, end) {
  if (end - p > 80) return false;
  const line = text.slice(p, end).trimEnd();
  const k = line.indexOf("\u7275\u5934");
  if (k < 2 || CITES.test(line) || /[，,。；;]/.test(line.slice(0, k))) return false;
  const rest = line.slice(k + 2).replace(PHRASE_VERB, "");
  return rest === "" || rest === "\u3002" || PHRASE_COOP.test(rest);
}
var PHRASE_VERB = /^(?:负责推进|负责落实|负责|推进|落实|实施)/;
var PHRASE_COOP = /^[，,][^，,。；;\n]{2,40}(?:配合|参与|协同|协助)[。；;]?$/;
function isListLine(text, p, end) {
  const n = SUB_ITEM.exec(text.slice(p, Math.min(end, p + 8)));
  if (n) p += n[0].length;
  return mayStartLabel(text, p, end) && !!matchLabel(fold(text.slice(p, Math.min(end, p + 16))).replace(/^[(（]\s*/, ""));
}
var SUB_ITEM = /^(?:\d{1,2}[.．、]|[(（]\d{1,2}[)）])[ \t]{0,2}/;
function mayStartLabel(text, p, end) {
  let c = text[p];
  if (c === "(" || c === "\uFF08") {
    p++;
    while (p < end && text[p] === " ") p++;
    c = text[p];
  }
  return c === "\u7275" || c === "\u8D23" || c === "\u914D" || c === "\u53C2" || c === "\u4E3B" || c === "\u534F";
}
var DIRECTIVE = /(?:policy-draft|政策起草)[ \t]{0,3}[:：]?[ \t]{0,3}(?:notice|通知)[ \t]{0,3}[=:：][ \t]{0,3}([^\n>]{2,120}?)[ \t]{0,3}(?:-->|$)/m;
var SHORT_TITLE = /(?:以下简称|下称)\s*[《“"]([^《》“”"\n]{1,40})[》”"]/y;
var REF_RE = /《([^《》\n]{1,150})》|[〔\[［(（【﹝][ \t]{0,3}((?:19|20)\d{2})[ \t]{0,3}[〕\]］)）】﹞][ \t]{0,3}第?[ \t]{0,3}(\d{1,5})[ \t]{0,3}号|(?:以下简称|下称)/g;
function blockRefs(text) {
  const out = [];
  REF_RE.lastIndex = 0;
  let m;
  while ((m = REF_RE.exec(text)) && out.length < 1e4) {
    if (m[1] !== void 0) out.push({ t: "title", v: m[1], hit: void 0, ver: -1 });
    else if (m[2] !== void 0) {
      let s = m.index;
      while (s > 0 && m.index - s < 12 && isHan(text.charCodeAt(s - 1))) s--;
      const p = parseDocNumber(text.slice(s, m.index + m[0].length));
      if (p) out.push({ t: "doc", v: p, hit: void 0, ver: -1 });
    } else {
      SHORT_TITLE.lastIndex = m.index;
      const sm = SHORT_TITLE.exec(text);
      if (sm) out.push({ t: "short", v: titleKey(sm[1]), hit: void 0, ver: -1 });
    }
  }
  if (statesFirstLeads(text)) out.push({ t: "rule", v: "" });
  return out;
}
var NO_REFS = [];
var REF_TRIGGER = /[《〔\[［(（【﹝]|简称|下称|第一|首位/;
function refsOf(bt, cache) {
  if (bt.length < 3) return NO_REFS;
  let refs = cache?.refs(bt);
  if (!refs) {
    refs = REF_TRIGGER.test(bt) ? blockRefs(bt) : NO_REFS;
    cache?.setRefs(bt, refs);
  }
  return refs;
}
function issuerOf(text) {
  if (!text.includes("\u53BF") && !text.includes("\u533A")) return void 0;
  const lines = (s) => s.split(/\r\n|\r|\n/).map(bareLine).filter((l) => l);
  const top = lines(text.slice(0, 800)).slice(0, 8);
  for (let i = 0; i < top.length; i++) {
    const l = top[i];
    const m = ISSUER.exec(l) ?? ISSUER_TITLE.exec(l) ?? (i + 1 < top.length && top[i + 1].startsWith("\u5173\u4E8E") && l.length <= 20 ? ISSUER_TITLE.exec(l + top[i + 1]) : null);
    if (m) return county(m[1]);
    if (CITY_ISSUER.test(l)) return void 0;
  }
  const foot = lines(text.slice(-400)).slice(-3);
  for (const l of foot) {
    const m = ISSUER.exec(l);
    if (m) return county(m[1]);
  }
  return void 0;
}
function writerOf(text, n) {
  if (!n) return void 0;
  const lines = (s) => s.split(/\r\n|\r|\n/).map(bareLine).filter((l) => l);
  const unit = (name) => {
    const r = name.length >= 3 && name.length <= 30 ? n.units.resolve(name.trim()) : void 0;
    return r && !r.unit.collective ? r.unit.name : void 0;
  };
  const top = lines(text.slice(0, 800)).slice(0, 8);
  for (let i = 0; i < top.length; i++) {
    const l = top[i];
    const k = l.indexOf("\u5173\u4E8E");
    const w = (k > 0 ? unit(l.slice(0, k)) : void 0) ?? (l.endsWith("\u6587\u4EF6") ? unit(l.slice(0, -2)) : void 0) ?? (i + 1 < top.length && top[i + 1].startsWith("\u5173\u4E8E") ? unit(l) : void 0);
    if (w) return w;
  }
  for (const l of lines(text.slice(-400)).slice(-3)) {
    const w = unit(l);
    if (w) return w;
  }
  return void 0;
}
function scanContext(text, index, declared, shortTitles, firstLeads) {
  const ctx = { index, declared, shortTitles };
  const issuer = issuerOf(text);
  if (issuer) ctx.issuer = issuer;
  else {
    const w = writerOf(text, declared ?? index.default());
    if (w) ctx.writer = w;
  }
  if (firstLeads) ctx.firstLeads = true;
  return ctx;
}
function statesFirstLeads(text) {
  for (let at = 0; at < text.length; ) {
    DOC_RULE.lastIndex = at;
    const m = DOC_RULE.exec(text);
    if (!m) return false;
    const ls = Math.max(text.lastIndexOf("\n", m.index) + 1, 0);
    let le = text.indexOf("\n", m.index);
    if (le < 0) le = text.length;
    const line = text.slice(ls, Math.min(le, ls + 300));
    if (!OWN_TASK.test(line)) return true;
    at = le + 1;
  }
  return false;
}
var DOC_RULE = /(?:责任单位|责任部门|承办单位)[^。\n]{0,10}(?:排在第一位|排名第一|排在首位|列第一位|第一位)[^。\n]{0,8}牵头/g;
var OWN_TASK = /第[ \t]{0,2}[0-9０-９零〇一二两三四五六七八九十百]{1,8}[ \t]{0,2}项|(?:牵头|配合)(?:单位|部门)[:：]|任务[ \t]{0,2}[0-9]/;
function bareLine(l) {
  let a = 0, b = l.length;
  const skip = (c) => c === " " || c === "	" || c === "\u3000" || c === "*" || c === "#";
  while (a < b && skip(l[a])) a++;
  while (b > a && skip(l[b - 1])) b--;
  return l.slice(a, b);
}
function county(place) {
  const p = place.replace(/^[\u4e00-\u9fff]{2,3}市(?=[\u4e00-\u9fff]{1,4}(?:县|区)$)/, "");
  return /[各本有关所在全市县区两级]/.test(p.slice(0, -1)) ? void 0 : p;
}
var ISSUER = /^([\u4e00-\u9fff]{1,7}?(?:自治县|县|区))(?:(?:人民政府(?:办公室)?|委员会|委办公室)(?:文件)?|[\u4e00-\u9fff]{2,14}(?:局|委员会|委|办公室|中心)文件)$/;
var ISSUER_TITLE = /^([\u4e00-\u9fff]{1,7}?(?:自治县|县|区))(?:人民政府(?:办公室)?|[\u4e00-\u9fff]{2,14}(?:局|委员会|委|办公室|中心))关于/;
var CITY_ISSUER = /^(?:中共)?[\u4e00-\u9fff]{0,3}市[\u4e00-\u9fff]{0,20}(?:人民政府|政府|委员会|局|委|办公室|中心)(?:办公室|文件)?(?:关于|$)/;
function contextOf(text, index, refsByBlock) {
  const shortTitles = /* @__PURE__ */ new Map();
  let declared;
  let firstLeads = false;
  const dm = DIRECTIVE.exec(text.slice(0, 4e3));
  if (dm) declared = index.find(dm[1].trim());
  let last;
  for (const refs of refsByBlock) {
    for (const r of refs) {
      if (r.t === "rule") {
        firstLeads = true;
        continue;
      }
      if (r.t === "short") {
        if (last) shortTitles.set(r.v, last.id);
        continue;
      }
      if (r.ver !== index.version) {
        r.hit = r.t === "title" ? index.byTitleText(r.v) : index.byDocNumber(r.v);
        r.ver = index.version;
      }
      const hit = r.hit;
      if (hit) {
        last = hit;
        if (!declared) declared = hit;
      } else last = void 0;
    }
  }
  return { declared, shortTitles, firstLeads };
}
function analyzeDraft(text, index, cache, lines, prev) {
  const li = lines ?? new LineIndex(text);
  const reuse = prev instanceof Analysis && prev.index === index ? prev : void 0;
  let blocks, from;
  if (reuse) ({ blocks, from } = resplit(reuse, text, li));
  else blocks = splitBlocks(text, li);
  const refs = new Array(blocks.length);
  const texts = new Array(blocks.length);
  for (let k = 0; k < blocks.length; k++) {
    if (from && from[k] >= 0) {
      refs[k] = reuse.refs[from[k]];
      continue;
    }
    const bt = texts[k] = text.slice(blocks[k].start, blocks[k].end);
    refs[k] = refsOf(bt, cache);
  }
  const { declared, shortTitles, firstLeads } = contextOf(text, index, refs);
  const ctx = scanContext(text, index, declared, shortTitles, firstLeads);
  const ctxKey = `${index.version}|${declared?.id ?? ""}|${[...shortTitles].join(",")}|${ctx.issuer ?? ""}|${ctx.writer ?? ""}|${ctx.firstLeads ? "F" : ""}|`;
  const sameCtx = reuse !== void 0 && reuse.ctxKey === ctxKey;
  const blockScans = new Array(blocks.length);
  cache?.context(ctxKey);
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    let scan;
    if (sameCtx && from[k] >= 0) scan = reuse.blockScans[from[k]];
    else if (b.end - b.start < 2) scan = EMPTY;
    else {
      const bt = texts[k] ?? text.slice(b.start, b.end);
      const key = b.table ? "" + bt : bt;
      scan = cache?.get(key);
      if (!scan) {
        scan = scanBlock(bt, b.table, ctx);
        cache?.set(key, scan);
      }
    }
    blockScans[k] = scan;
  }
  cache?.rotate();
  return new Analysis(text, li, declared, shortTitles, ctx, blocks, blockScans, refs, ctxKey, index);
}
var Analysis = class {
  constructor(text, lines, declared, shortTitles, ctx, blocks, blockScans, refs, ctxKey, index) {
    this.text = text;
    this.lines = lines;
    this.declared = declared;
    this.shortTitles = shortTitles;
    this.ctx = ctx;
    this.blocks = blocks;
    this.blockScans = blockScans;
    this.refs = refs;
    this.ctxKey = ctxKey;
    this.index = index;
  }
  m;
  get all() {
    if (!this.m) {
      const a = { citations: [], lists: [], groups: [], docNumbers: [], noticeRefs: [], mentions: [] };
      this.blockScans.forEach((scan, k) => {
        if (scan !== EMPTY) append(a, scan, this.blocks[k].start);
      });
      this.m = a;
    }
    return this.m;
  }
  get citations() {
    return this.all.citations;
  }
  get lists() {
    return this.all.lists;
  }
  get groups() {
    return this.all.groups;
  }
  get docNumbers() {
    return this.all.docNumbers;
  }
  get noticeRefs() {
    return this.all.noticeRefs;
  }
  get mentions() {
    return this.all.mentions;
  }
};
function blockView(a, k) {
  const b = a.blocks[k];
  return new BlockView(a.text.slice(b.start, b.end), b.table, a.blockScans[k], a.declared, a.shortTitles, a.ctx);
}
var BlockView = class {
  constructor(text, table, scan, declared, shortTitles, ctx) {
    this.text = text;
    this.declared = declared;
    this.shortTitles = shortTitles;
    this.ctx = ctx;
    this.citations = scan.citations;
    this.lists = scan.lists;
    this.groups = scan.groups;
    this.docNumbers = scan.docNumbers;
    this.noticeRefs = scan.noticeRefs;
    this.mentions = scan.mentions;
    this.blocks = [{ start: 0, end: text.length, table, section: false }];
    this.blockScans = [scan];
  }
  li;
  citations;
  lists;
  groups;
  docNumbers;
  noticeRefs;
  mentions;
  blocks;
  blockScans;
  get lines() {
    return this.li ??= new LineIndex(this.text);
  }
};
function eachBlock(text, index, visit, proceed) {
  const blocks = splitBlocks(text, new LineIndex(text));
  const { declared, shortTitles, firstLeads } = contextOf(text, index, blocks.map((b) => refsOf(text.slice(b.start, b.end))));
  if (proceed && !proceed(declared)) return;
  const ctx = scanContext(text, index, declared, shortTitles, firstLeads);
  for (const b of blocks) {
    if (b.end - b.start < 2) continue;
    const bt = text.slice(b.start, b.end);
    const scan = scanBlock(bt, b.table, ctx, false);
    if (!scan.citations.length && !scan.lists.length && !scan.docNumbers.length && !scan.mentions.length) continue;
    visit(new BlockView(bt, b.table, scan, declared, shortTitles, ctx), b.start);
  }
}
function isEmptyScan(s) {
  return s === EMPTY;
}
var EMPTY = { citations: [], lists: [], docNumbers: [], noticeRefs: [], groups: [], mentions: [], memo: void 0 };
function shift(s, by) {
  return { start: s.start + by, end: s.end + by };
}
function append(a, s, by) {
  const c0 = a.citations.length, l0 = a.lists.length, g0 = a.groups.length;
  if (by === 0 && c0 === 0 && l0 === 0 && g0 === 0 && a.docNumbers.length === 0 && a.noticeRefs.length === 0 && a.mentions.length === 0) {
    a.citations = s.citations.slice();
    a.lists = s.lists.slice();
    a.groups = s.groups.slice();
    a.docNumbers = s.docNumbers.slice();
    a.noticeRefs = s.noticeRefs.slice();
    a.mentions = s.mentions.slice();
    return;
  }
  for (const c of s.citations) {
    a.citations.push({
      ...c,
      span: shift(c.span, by),
      items: c.items.map((i) => ({ ...i, span: shift(i.span, by) })),
      title: c.title && { text: c.title.text, span: shift(c.title.span, by), outer: shift(c.title.outer, by) },
      group: c.group < 0 ? -1 : c.group + g0
    });
  }
  for (const l of s.lists) {
    a.lists.push({ ...l, id: l.id + l0, span: shift(l.span, by), labelled: l.labelled, group: l.group === void 0 ? void 0 : l.group + g0, units: l.units.map((u) => ({ ...u, span: shift(u.span, by), list: u.list + l0 })) });
  }
  for (const g of s.groups) a.groups.push({ id: g.id + g0, citations: g.citations.map((k) => k + c0), lists: g.lists.map((k) => k + l0) });
  for (const d of s.docNumbers) a.docNumbers.push({ ...d, span: shift(d.span, by), yearSpan: shift(d.yearSpan, by) });
  for (const r of s.noticeRefs) a.noticeRefs.push({ ...r, span: shift(r.span, by) });
  for (const m of s.mentions) a.mentions.push({ ...m, span: shift(m.span, by) });
}

// server/src/core/hover.ts
var MAX_LIST = 40;
function hover(a, offset, locale = "zh") {
  const en = locale === "en";
  const within = (s) => s.start <= offset && offset <= s.end;
  const c = a.citations.find((x) => within(x.span) || x.title && within(x.title.outer));
  if (c) {
    const n = bindingNotice(a.ctx, c.binding);
    const span = c.title ? { start: Math.min(c.span.start, c.title.outer.start), end: Math.max(c.span.end, c.title.outer.end) } : c.span;
    if (c.binding.via === "external") return { span, markdown: en ? "Cites another document (not indexed); not checked." : "\u5F15\u7528\u7684\u662F\u5176\u4ED6\u6587\u4EF6\uFF08\u672A\u6536\u5F55\uFF09\uFF0C\u4E0D\u4F5C\u68C0\u67E5\u3002" };
    if (!n) return void 0;
    if (c.numbers.length === 1) {
      const t = n.byNumber.get(c.numbers[0]);
      if (!t) return { span, markdown: en ? `**${noticeLabel(n)}** has no task ${c.numbers[0]} (it has ${n.maxTask}).` : `**${noticeLabel(n)}** \u4E2D\u6CA1\u6709\u7B2C${c.numbers[0]}\u9879\uFF08\u5171${n.maxTask}\u9879\uFF09\u3002` };
      return { span, markdown: taskMarkdown(n, t, locale) };
    }
    const rows = c.numbers.slice(0, MAX_LIST).map((k) => {
      const t = n.byNumber.get(k);
      return t ? `- **${k}** ${escapeMd(t.title)} \u2014 ${leadNames([t], n).join("\u3001")}` : `- **${k}** ${en ? "(no such task)" : "\uFF08\u65E0\u6B64\u9879\uFF09"}`;
    });
    if (c.numbers.length > MAX_LIST) rows.push(`- \u2026 ${c.numbers.length - MAX_LIST}`);
    return { span, markdown: [`**${noticeLabel(n)}** ${en ? `tasks ${c.items.map((it, k) => (k ? it.range ? "\u2013" : ", " : "") + it.n).join("")}` : `\u7B2C${c.items.map((it, k) => (k ? it.range ? "\u81F3" : "\u3001" : "") + it.n).join("")}\u9879`}`, "", ...rows].join("\n") };
  }
  for (const l of a.lists) {
    if (!within(l.span)) continue;
    const u = l.units.find((x) => within(x.span));
    if (!u) continue;
    const g = l.group !== void 0 ? a.groups[l.group] : void 0;
    const first = g ? a.citations[g.citations[0]] : void 0;
    const n = (first && bindingNotice(a.ctx, first.binding)) ?? a.declared ?? a.ctx.index.default();
    if (!n) return void 0;
    const md = unitMarkdown(n, u.name, locale);
    if (!md) return { span: u.span, markdown: en ? `\u201C${escapeMd(u.name)}\u201D is not a unit of ${noticeLabel(n)}.` : `\u201C${escapeMd(u.name)}\u201D\u4E0D\u662F${noticeLabel(n)}\u4E2D\u7684\u5355\u4F4D\u3002` };
    return { span: u.span, markdown: md };
  }
  const m = a.mentions.find((x) => within(x.span));
  if (m) {
    const n = a.ctx.index.get(m.notice);
    const md = n && unitMarkdown(n, m.name, locale);
    if (md) return { span: m.span, markdown: md };
  }
  const d = a.docNumbers.find((x) => within(x.span));
  if (d) {
    const n = d.notice ? a.ctx.index.get(d.notice) : void 0;
    return { span: d.span, markdown: n ? noticeSummary(n, locale) : en ? `${escapeMd(d.text)}: not an indexed notice.` : `${escapeMd(d.text)}\uFF1A\u672A\u6536\u5F55\u7684\u6587\u4EF6\u3002` };
  }
  const r = a.noticeRefs.find((x) => x.notice && within(x.span));
  if (r) {
    const n = a.ctx.index.get(r.notice);
    if (n) return { span: r.span, markdown: noticeSummary(n, locale) };
  }
  return void 0;
}

// server/src/core/navigation.ts
function definition(a, offset) {
  const within = (s) => s.start <= offset && offset <= s.end;
  const c = a.citations.find((x) => within(x.span) || x.title && within(x.title.outer));
  if (c) {
    const n = bindingNotice(a.ctx, c.binding);
    if (!n) return [];
    const out = [];
    for (const k of c.kind === "range" ? [c.numbers[0]] : c.kind === "list" ? [...new Set(c.items.map((i) => i.n))] : c.numbers) {
      const t = n.byNumber.get(k);
      if (t) out.push({ uri: n.uri, span: t.span, notice: n });
    }
    return out;
  }
  const r = a.noticeRefs.find((x) => x.notice && within(x.span));
  if (r) {
    const n = a.ctx.index.get(r.notice);
    if (n) return [{ uri: n.uri, span: n.notice.docNumberSpan ?? { start: 0, end: 0 }, notice: n }];
  }
  return [];
}
function taskAt(a, offset) {
  const within = (s) => s.start <= offset && offset <= s.end;
  const c = a.citations.find((x) => within(x.span) || x.title && within(x.title.outer));
  if (!c || !c.binding.notice) return void 0;
  const item = c.items.find((i) => within(i.span)) ?? c.items[0];
  return { notice: c.binding.notice, number: c.kind !== "title" && item ? item.n : c.numbers[0] };
}
function noticeTaskAt(n, offset) {
  const t = n.notice.tasks.find((x) => x.span.start <= offset && offset <= x.span.end);
  return t?.number;
}
function coveredNumbers(a, notice) {
  const excluded = /* @__PURE__ */ new Map();
  for (const c of a.citations) if (c.exclude) {
    const s = excluded.get(c.group) ?? /* @__PURE__ */ new Set();
    for (const n of c.numbers) s.add(n);
    excluded.set(c.group, s);
  }
  const out = /* @__PURE__ */ new Set();
  for (const c of a.citations) {
    if (c.binding.notice !== notice || c.exclude) continue;
    for (const n of c.numbers) if (!excluded.get(c.group)?.has(n)) out.add(n);
  }
  return out;
}
function citationsOf(a, notice, number) {
  const out = [];
  for (const c of a.citations) {
    if (c.binding.notice !== notice) continue;
    if (!c.numbers.includes(number)) continue;
    const item = c.items.find((i) => i.n === number);
    out.push(c.kind === "title" || !item ? c.span : item.span);
  }
  return out;
}
function noticeSymbols(n) {
  const x = n.notice;
  const taskSym = (num) => {
    const t = n.byNumber.get(num);
    return t && { name: `${t.number}. ${t.title}`, detail: t.leads.map((u) => u.name).join("\u3001"), kind: "task", span: t.span, selection: t.numberSpan };
  };
  if (!x.sections.length) return x.tasks.map((t) => taskSym(t.number)).filter(Boolean);
  return x.sections.map((s) => {
    const children = s.tasks.map(taskSym).filter((c) => !!c);
    const end = children.length ? children[children.length - 1].span.end : s.span.end;
    return { name: `${s.label}\u3001${s.title}`, kind: "section", span: { start: s.span.start, end }, selection: s.span, children };
  });
}
function draftSymbols(a) {
  return a.citations.map((c) => {
    const n = bindingNotice(a.ctx, c.binding);
    const t = n && c.numbers.length === 1 ? n.byNumber.get(c.numbers[0]) : void 0;
    const name = a.text.slice(c.span.start, c.span.end) + (t && c.kind !== "title" ? ` ${t.title}` : "");
    const span = c.title ? { start: Math.min(c.span.start, c.title.outer.start), end: Math.max(c.span.end, c.title.outer.end) } : c.span;
    return { name, detail: n?.notice.docNumber, kind: "citation", span, selection: c.span };
  });
}
function workspaceSymbols(notices, query, limit = 200) {
  const q = query.replace(/\s+/g, "");
  const out = [];
  for (const n of notices) {
    for (const t of n.notice.tasks) {
      if (q && !t.title.includes(q) && !String(t.number).startsWith(q)) continue;
      out.push({ name: `\u7B2C${t.number}\u9879 ${t.title}`, detail: n.notice.docNumber ?? "", uri: n.uri, span: t.titleSpan });
      if (out.length >= limit) return out;
    }
  }
  return out;
}

// server/src/core/editorExtras.ts
function inlayHints(a, range, maxLength = 24) {
  const out = [];
  for (const c of a.citations) {
    if (c.span.end < range.start || c.span.start > range.end) continue;
    if (c.title || c.kind === "title" || c.numbers.length !== 1) continue;
    const n = bindingNotice(a.ctx, c.binding);
    const t = n?.byNumber.get(c.numbers[0]);
    if (!t) continue;
    const label = t.title.length > maxLength ? t.title.slice(0, maxLength - 1) + "\u2026" : t.title;
    out.push({ offset: c.span.end, label: ` ${label}`, tooltip: t.title });
  }
  return out;
}
function semanticTokens(a) {
  const out = [];
  for (const c of a.citations) {
    const n = bindingNotice(a.ctx, c.binding);
    if (!n) continue;
    if (c.kind === "title") {
      out.push({ span: c.span, type: "taskCitation" });
      continue;
    }
    for (const it of c.items) out.push({ span: it.span, type: n.byNumber.has(it.n) ? "taskCitation" : "unknownTask" });
  }
  for (const l of a.lists) {
    const g = l.group !== void 0 ? a.groups[l.group] : void 0;
    const first = g ? a.citations[g.citations[0]] : void 0;
    const n = (first && bindingNotice(a.ctx, first.binding)) ?? a.declared ?? a.ctx.index.default();
    if (!n) continue;
    for (const u of l.units) out.push({ span: u.span, type: n.units.resolve(u.name) ? "unit" : "unknownUnit" });
  }
  for (const d of a.docNumbers) out.push({ span: d.span, type: "docNumber" });
  return out.sort((x, y) => x.span.start - y.span.start);
}
function citationCounts(n, analyses) {
  const counts = /* @__PURE__ */ new Map();
  for (const a of analyses) for (const c of a.citations) {
    if (c.binding.notice !== n.id) continue;
    for (const x of c.numbers) counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  return counts;
}

// server/src/core/service.ts
var PolicyDraftService = class {
  index;
  docs = /* @__PURE__ */ new Map();
  /** A block's diagnostics moved to where the block is (by its group's array; see diagnostics()). */
  moved = /* @__PURE__ */ new WeakMap();
  config = defaultConfig();
  locale = "zh";
  /** Per-document notice override (a user's choice in the editor), by uri. */
  overrides = /* @__PURE__ */ new Map();
  constructor(index) {
    this.index = index ?? new NoticeIndex();
  }
  setConfig(c) {
    this.config = c;
    this.index.setAliases(c.aliases);
    this.index.setDefault(c.defaultNotice);
  }
  /** Is this uri an indexed notice (then notice features apply, not draft checks)? */
  noticeFor(uri) {
    return this.index.get(uri);
  }
  state(doc) {
    let s = this.docs.get(doc.uri);
    if (!s) {
      s = { text: "", lines: new LineIndex(""), cache: new BlockCache(), indexVersion: -1 };
      this.docs.set(doc.uri, s);
    }
    if (s.text !== doc.text || s.lines.text !== doc.text) {
      s.lines = s.text && s.lines.text === s.text ? LineIndex.afterEdit(s.lines, doc.text) : new LineIndex(doc.text);
      s.text = doc.text;
      s.analysis = void 0;
      s.diags = void 0;
      s.groups = void 0;
    }
    s.version = doc.version;
    return s;
  }
  analyze(doc) {
    const s = this.state(doc);
    const override = this.overrides.get(doc.uri);
    if (!s.analysis || s.indexVersion !== this.index.version || s.override !== override) {
      s.override = override;
      const n = override ? this.index.find(override) : void 0;
      s.analysis = n ? this.withDeclared(doc, s, n) : s.raw = analyzeDraft(doc.text, this.index, s.cache, s.lines, s.raw);
      s.indexVersion = this.index.version;
      s.diags = void 0;
      s.groups = void 0;
    }
    return s.analysis;
  }
  withDeclared(doc, s, n) {
    const directive = `<!-- policy-draft: notice=${n.notice.docNumber ?? n.uri} -->
`;
    const a = s.raw = analyzeDraft(directive + doc.text, this.index, s.cache, void 0, s.raw);
    return shiftAnalysis(a, directive.length, doc.text, s.lines);
  }
  forget(uri) {
    this.docs.delete(uri);
  }
  /** Has this document been analysed (in any version) since it was last forgotten? */
  knows(uri) {
    return this.docs.get(uri)?.raw !== void 0;
  }
  /** Diagnostics, computed per block and cached with the block's scan: an edit re-checks only changed blocks. */
  diagnostics(doc) {
    const groups = this.diagnosticGroups(doc);
    const s = this.docs.get(doc.uri);
    if (!s || !groups.length) return [];
    if (s.diags) return s.diags;
    const out = [];
    for (const g of groups) {
      if (g.start === 0) {
        for (const d of g.diags) out.push(d);
        continue;
      }
      let e = this.moved.get(g.diags);
      if (!e || e.by !== g.start) this.moved.set(g.diags, e = { by: g.start, shifted: g.diags.map((d) => shiftDiagnostic(d, g.start)) });
      for (const d of e.shifted) out.push(d);
    }
    s.diags = out;
    return out;
  }
  /**
   * The diagnostics in groups, one per block that has any: a group's spans are relative to `start`, and its
   * `diags` array is the same object while the block's text, context and the settings are unchanged. Adapters
   * cache what they derive from a group (LSP ranges, encoded JSON) on that array: after a one-line edit only the
   * edited block's group is new. A document not checked block by block is one group at 0.
   */
  diagnosticGroups(doc) {
    if (this.index.get(doc.uri)) return [];
    const a = this.analyze(doc);
    const s = this.docs.get(doc.uri);
    if (this.isForeignNotice(doc.text, a, s, doc.uri)) return [];
    const key = `${this.locale}|${JSON.stringify(this.config.rules)}`;
    if (s.groups && s.diagKey === key) return s.groups;
    const opts = { locale: this.locale, rules: this.config.rules };
    const out = [];
    if (a.blocks.length !== a.blockScans.length || this.overrides.has(doc.uri)) {
      const diags = computeDiagnostics(a, opts);
      if (diags.length) out.push({ start: 0, diags });
    } else {
      for (let k = 0; k < a.blocks.length; k++) {
        const scan = a.blockScans[k];
        if (isEmptyScan(scan)) continue;
        let e = scan.memo;
        if (!e || e.key !== key) {
          e = { key, diags: computeDiagnostics(blockView(a, k), opts) };
          scan.memo = e;
        }
        if (e.diags.length) out.push({ start: a.blocks[k].start, diags: e.diags });
      }
    }
    s.groups = out;
    s.diags = void 0;
    s.diagKey = key;
    return out;
  }
  /**
   * The diagnostics of a document checked once (the CLI): block by block, each block's scan dropped once its
   * diagnostics are out, nothing cached, so memory stays near the size of the findings. Equal to diagnostics().
   */
  diagnosticsOnce(doc) {
    if (this.index.get(doc.uri)) return [];
    if (this.overrides.has(doc.uri)) return this.diagnostics(doc);
    const opts = { locale: this.locale, rules: this.config.rules };
    const out = [];
    eachBlock(doc.text, this.index, (view, by) => {
      for (const d of computeDiagnostics(view, opts)) out.push(by === 0 ? d : shiftDiagnostic(d, by));
    }, (declared) => !this.isForeignNotice(doc.text, { declared }));
    return out;
  }
  /**
   * A notice of tasks that is not indexed (another body's, opened to read) is not a draft: checking its own unit
   * lists against our notice would flag every unit. It names no indexed notice, carries its own 文号 in its head,
   * and parses as a notice with tasks that have units.
   */
  isForeignNotice(text, a, s, uri) {
    if (s && s.foreign !== void 0 && s.foreignText === text) return s.foreign;
    let foreign = false;
    if (!a.declared && !(uri && this.overrides.has(uri))) {
      const head = text.slice(0, 3e3);
      const m = /^[ \t#*]{0,8}([\u4e00-\u9fff]{1,12}[〔\[［(（【][ \t]{0,3}(?:19|20)\d{2}[ \t]{0,3}[〕\]］)）】][ \t]{0,3}\d{1,5}[ \t]{0,3}号)[ \t]*$/m.exec(head);
      if (m && !this.index.find(m[1])) {
        const n = parseNotice("probe", text.length > 4e5 ? text.slice(0, 4e5) : text);
        foreign = n.tasks.filter((t) => t.leads.length + t.cooperating.length > 0).length >= 3;
      }
    }
    if (s) {
      s.foreign = foreign;
      s.foreignText = text;
    }
    return foreign;
  }
  range(doc, span) {
    return this.state(doc).lines.range(span);
  }
  /** The document's line index (offset ↔ position), kept up to date across edits. */
  lines(doc) {
    return this.state(doc).lines;
  }
  offset(doc, pos) {
    return this.state(doc).lines.offsetAt(pos);
  }
  completion(doc, pos) {
    if (this.index.get(doc.uri)) return [];
    return complete(this.analyze(doc), this.offset(doc, pos), { locale: this.locale, style: this.config.citationStyle });
  }
  hover(doc, pos) {
    if (this.index.get(doc.uri)) return void 0;
    return hover(this.analyze(doc), this.offset(doc, pos), this.locale);
  }
  codeActions(doc, range) {
    if (this.index.get(doc.uri)) return [];
    const a = this.analyze(doc);
    const s = this.state(doc);
    return codeActions(a, s.lines.span(range), this.diagnostics(doc), this.locale);
  }
  definition(doc, pos) {
    if (this.index.get(doc.uri)) return [];
    return definition(this.analyze(doc), this.offset(doc, pos)).map((t) => ({ uri: t.uri, range: t.notice.notice.lines.range(t.span) }));
  }
  /** The task at a position: a citation in a draft, or a task in a notice. */
  taskAt(doc, pos) {
    const n = this.index.get(doc.uri);
    if (n) {
      const num = noticeTaskAt(n, n.notice.lines.offsetAt(pos));
      return num === void 0 ? void 0 : { notice: n.id, number: num };
    }
    return taskAt(this.analyze(doc), this.offset(doc, pos));
  }
  /** Every citation of a task among `docs` (open and workspace drafts), plus the task itself when asked. */
  references(task, docs, includeDeclaration) {
    const out = [];
    const n = this.index.get(task.notice);
    if (includeDeclaration && n) {
      const t = n.byNumber.get(task.number);
      if (t) out.push({ uri: n.uri, range: n.notice.lines.range(t.numberSpan) });
    }
    for (const d of docs) {
      if (this.index.get(d.uri)) continue;
      const a = this.analyze(d);
      for (const s of citationsOf(a, task.notice, task.number)) out.push({ uri: d.uri, range: a.lines.range(s) });
    }
    return out;
  }
  documentSymbols(doc) {
    const n = this.index.get(doc.uri);
    const lines = n ? n.notice.lines : this.state(doc).lines;
    const syms = n ? noticeSymbols(n) : draftSymbols(this.analyze(doc));
    const conv = (s) => ({ ...s, range: lines.range(s.span), selectionRange: lines.range(s.selection), children: s.children?.map(conv) });
    return syms.map(conv);
  }
  workspaceSymbols(query) {
    return workspaceSymbols(this.index.all(), query).map((h) => ({ ...h, range: this.index.get(h.uri).notice.lines.range(h.span) }));
  }
  inlayHints(doc, range) {
    if (this.index.get(doc.uri)) return [];
    const s = this.state(doc);
    return inlayHints(this.analyze(doc), s.lines.span(range)).map((h) => ({ position: s.lines.positionAt(h.offset), label: h.label, tooltip: h.tooltip }));
  }
  semanticTokens(doc) {
    if (this.index.get(doc.uri)) return [];
    const s = this.state(doc);
    return semanticTokens(this.analyze(doc)).map((t) => ({ ...t, range: s.lines.range(t.span) }));
  }
  /** CodeLens data for a notice document: each task with the number of citations among `docs`. */
  codeLenses(noticeUri, docs) {
    const n = this.index.get(noticeUri);
    if (!n) return [];
    const counts = citationCounts(n, docs.filter((d) => !this.index.get(d.uri)).map((d) => this.analyze(d)));
    return n.notice.tasks.map((t) => ({ range: n.notice.lines.range(t.numberSpan), number: t.number, count: counts.get(t.number) ?? 0 }));
  }
  /** Which notice a draft is bound to (for the status bar) and how. */
  documentInfo(doc) {
    const o = this.overrides.get(doc.uri);
    if (o) {
      const n = this.index.find(o);
      if (n) return { notice: n, via: "override" };
    }
    const a = this.analyze(doc);
    if (a.declared) return { notice: a.declared, via: "declared" };
    const d = this.index.default();
    return d ? { notice: d, via: "default" } : { via: "none" };
  }
};
function shiftAnalysis(a, by, text, lines) {
  const sh = (s) => ({ start: Math.max(0, s.start - by), end: Math.max(0, s.end - by) });
  const mine = (s) => s.start >= by;
  return {
    text,
    lines,
    declared: a.declared,
    shortTitles: a.shortTitles,
    ctx: a.ctx,
    groups: a.groups,
    citations: a.citations.filter((c) => mine(c.span)).map((c) => ({ ...c, span: sh(c.span), items: c.items.map((i) => ({ ...i, span: sh(i.span) })), title: c.title && { text: c.title.text, span: sh(c.title.span), outer: sh(c.title.outer) } })),
    lists: a.lists.filter((l) => mine(l.span)).map((l) => ({ ...l, span: sh(l.span), units: l.units.map((u) => ({ ...u, span: sh(u.span) })) })),
    docNumbers: a.docNumbers.filter((d) => mine(d.span)).map((d) => ({ ...d, span: sh(d.span), yearSpan: sh(d.yearSpan) })),
    noticeRefs: a.noticeRefs.filter((r) => mine(r.span)).map((r) => ({ ...r, span: sh(r.span) })),
    mentions: a.mentions.filter((m) => mine(m.span)).map((m) => ({ ...m, span: sh(m.span) })),
    blocks: [],
    blockScans: []
  };
}
var ShiftedDiagnostic = class {
  constructor(d, by) {
    this.d = d;
    this.by = by;
    this.rule = d.rule;
    this.severity = d.severity;
    this.message = d.message;
    this.span = { start: d.span.start + by, end: d.span.end + by };
  }
  rule;
  severity;
  message;
  span;
  moved;
  get fixes() {
    const by = this.by;
    return this.moved ??= this.d.fixes.map((f) => ({ title: f.title, safe: f.safe, edits: f.edits.map((e) => ({ span: { start: e.span.start + by, end: e.span.end + by }, newText: e.newText })) }));
  }
  toJSON() {
    return { rule: this.rule, severity: this.severity, span: this.span, message: this.message, fixes: this.fixes };
  }
};
function shiftDiagnostic(d, by) {
  return new ShiftedDiagnostic(d, by);
}

// node_modules/fflate/esm/index.mjs
var import_module = require("module");
var require2 = (0, import_module.createRequire)("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b = new u16(31);
  for (var i = 0; i < 31; ++i) {
    b[i] = start += 1 << eb[i - 1];
  }
  var r = new i32(b[30]);
  for (var i = 1; i < 30; ++i) {
    for (var j = b[i]; j < b[i + 1]; ++j) {
      r[j] = j - b[i] << 5 | i;
    }
  }
  return { b, r };
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = (function(cd, mb, r) {
  var s = cd.length;
  var i = 0;
  var l = new u16(mb);
  for (; i < s; ++i) {
    if (cd[i])
      ++l[cd[i] - 1];
  }
  var le = new u16(mb);
  for (i = 1; i < mb; ++i) {
    le[i] = le[i - 1] + l[i - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i = 0; i < s; ++i) {
      if (cd[i]) {
        var sv = i << 4 | cd[i];
        var r_1 = mb - cd[i];
        var v = le[cd[i] - 1]++ << r_1;
        for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i = 0; i < s; ++i) {
      if (cd[i]) {
        co[i] = rev[le[cd[i] - 1]++] >> 15 - cd[i];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = function(a) {
  var m = a[0];
  for (var i = 1; i < a.length; ++i) {
    if (a[i] > m)
      m = a[i];
  }
  return m;
};
var bits = function(d, p, m) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
};
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var inflt = function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize = noBuf || st.i != 2;
  var noSt = st.i;
  if (noBuf)
    buf = new u8(sl * 3);
  var cbuf = function(l2) {
    var bl = buf.length;
    if (l2 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l2));
      nbuf.set(buf);
      buf = nbuf;
    }
  };
  var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type) {
        var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
        if (t > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + l);
        buf.set(dat.subarray(s, t), bt);
        st.b = bt += l, st.p = pos = t * 8, st.f = final;
        continue;
      } else if (type == 1)
        lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
      else if (type == 2) {
        var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
        var tl = hLit + bits(dat, pos + 5, 31) + 1;
        pos += 14;
        var ldt = new u8(tl);
        var clt = new u8(19);
        for (var i = 0; i < hcLen; ++i) {
          clt[clim[i]] = bits(dat, pos + i * 3, 7);
        }
        pos += hcLen * 3;
        var clb = max(clt), clbmsk = (1 << clb) - 1;
        var clm = hMap(clt, clb, 1);
        for (var i = 0; i < tl; ) {
          var r = clm[bits(dat, pos, clbmsk)];
          pos += r & 15;
          var s = r >> 4;
          if (s < 16) {
            ldt[i++] = s;
          } else {
            var c = 0, n = 0;
            if (s == 16)
              n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i - 1];
            else if (s == 17)
              n = 3 + bits(dat, pos, 7), pos += 3;
            else if (s == 18)
              n = 11 + bits(dat, pos, 127), pos += 7;
            while (n--)
              ldt[i++] = c;
          }
        }
        var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
        lbt = max(lt);
        dbt = max(dt);
        lm = hMap(lt, lbt, 1);
        dm = hMap(dt, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize)
      cbuf(bt + 131072);
    var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
    var lpos = pos;
    for (; ; lpos = pos) {
      var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
      pos += c & 15;
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
      if (!c)
        err(2);
      if (sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add2 = sym - 254;
        if (sym > 264) {
          var i = sym - 257, b = fleb[i];
          add2 = bits(dat, pos, (1 << b) - 1) + fl[i];
          pos += b;
        }
        var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
        if (!d)
          err(3);
        pos += d & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + 131072);
        var end = bt + add2;
        if (bt < dt) {
          var shift2 = dl - dt, dend = Math.min(dt, end);
          if (shift2 + bt < 0)
            err(3);
          for (; bt < dend; ++bt)
            buf[bt] = dict[shift2 + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final;
    if (lm)
      final = 1, st.m = lbt, st.d = dm, st.n = dbt;
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var et = /* @__PURE__ */ new u8(0);
var b2 = function(d, b) {
  return d[b] | d[b + 1] << 8;
};
var b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var b8 = function(d, b) {
  return b4(d, b) + b4(d, b + 4) * 4294967296;
};
function inflateSync(data, opts) {
  return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}
var dutf8 = function(d) {
  for (var r = "", i = 0; ; ) {
    var c = d[i++];
    var eb = (c > 127) + (c > 223) + (c > 239);
    if (i + eb > d.length)
      return { s: r, r: slc(d, i - 1) };
    if (!eb)
      r += String.fromCharCode(c);
    else if (eb == 3) {
      c = ((c & 15) << 18 | (d[i++] & 63) << 12 | (d[i++] & 63) << 6 | d[i++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023);
    } else if (eb & 1)
      r += String.fromCharCode((c & 31) << 6 | d[i++] & 63);
    else
      r += String.fromCharCode((c & 15) << 12 | (d[i++] & 63) << 6 | d[i++] & 63);
  }
};
function strFromU8(dat, latin1) {
  if (latin1) {
    var r = "";
    for (var i = 0; i < dat.length; i += 16384)
      r += String.fromCharCode.apply(null, dat.subarray(i, i + 16384));
    return r;
  } else if (td) {
    return td.decode(dat);
  } else {
    var _a2 = dutf8(dat), s = _a2.s, r = _a2.r;
    if (r.length)
      err(8);
    return s;
  }
}
var slzh = function(d, b) {
  return b + 30 + b2(d, b + 26) + b2(d, b + 28);
};
var zh = function(d, b, z) {
  var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
  var _a2 = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a2[0], su = _a2[1], off = _a2[2];
  return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
};
var z64hs = function(d, b, l, z, sc, su, off) {
  var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
  var nf = nsc + nsu + noff;
  if (z && nf) {
    for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
      if (b2(d, b) == 1) {
        return [
          nsc ? b8(d, b + 4 + 8 * nsu) : sc,
          nsu ? b8(d, b + 4) : su,
          noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
          1
        ];
      }
    }
    if (z < 2)
      err(13);
  }
  return [sc, su, off, 0];
};
function unzipSync(data, opts) {
  var files = {};
  var e = data.length - 22;
  for (; b4(data, e) != 101010256; --e) {
    if (!e || data.length - e > 65558)
      err(13);
  }
  ;
  var c = b2(data, e + 8);
  if (!c)
    return {};
  var o = b4(data, e + 16);
  var z = b4(data, e - 20) == 117853008;
  if (z) {
    var ze = b4(data, e - 12);
    z = b4(data, ze) == 101075792;
    if (z) {
      c = b4(data, ze + 32);
      o = b4(data, ze + 48);
    }
  }
  var fltr = opts && opts.filter;
  for (var i = 0; i < c; ++i) {
    var _a2 = zh(data, o, z), c_2 = _a2[0], sc = _a2[1], su = _a2[2], fn = _a2[3], no = _a2[4], off = _a2[5], b = slzh(data, off);
    o = no;
    if (!fltr || fltr({
      name: fn,
      size: sc,
      originalSize: su,
      compression: c_2
    })) {
      if (!c_2)
        files[fn] = slc(data, b, b + sc);
      else if (c_2 == 8)
        files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
      else
        err(14, "unknown compression type " + c_2);
    }
  }
  return files;
}

// server/src/node/docx.ts
function isZip(buf) {
  return buf.length >= 4 && buf[0] === 80 && buf[1] === 75 && buf[2] === 3 && buf[3] === 4;
}
var MAX_DOCUMENT_XML = 256 * 1024 * 1024;
function docxText(buf, maxXml = MAX_DOCUMENT_XML) {
  let files;
  let declared = 0;
  try {
    files = unzipSync(buf, { filter: (f) => {
      if (f.name !== "word/document.xml") return false;
      declared = f.originalSize;
      return f.originalSize <= maxXml;
    } });
  } catch (e) {
    throw new DecodeError("undecodable", `\u65E0\u6CD5\u89E3\u538B .docx \u6587\u4EF6\uFF08${e.message}\uFF09/ cannot unzip the .docx file (${e.message})`);
  }
  if (declared > maxXml) throw new DecodeError("too-large", `.docx \u7684\u6B63\u6587\u8FC7\u5927\uFF08\u89E3\u538B\u540E ${declared} \u5B57\u8282\uFF0C\u4E0A\u9650 ${maxXml}\uFF09/ the document's text is too large (${declared} bytes unpacked, limit ${maxXml})`);
  const xml = files["word/document.xml"];
  if (!xml) throw new DecodeError("undecodable", "\u8FD9\u662F zip \u6587\u4EF6\uFF0C\u4F46\u4E0D\u662F Word \u6587\u6863\uFF08\u6CA1\u6709 word/document.xml\uFF09/ a zip file, but not a Word document (no word/document.xml)");
  return documentXmlText(strFromU8(xml));
}
function documentXmlText(xml) {
  const out = [];
  const tables = [];
  const paras = [];
  let inText = false;
  let skip = 0;
  const TAG = /<([^>]*)>|[^<]+/g;
  let m;
  while (m = TAG.exec(xml)) {
    if (m[1] === void 0) {
      if (inText && !skip && paras.length) paras[paras.length - 1].push(unescapeXml(m[0]));
      continue;
    }
    const tag = m[1];
    if (tag[0] === "?" || tag[0] === "!") continue;
    const closing = tag[0] === "/";
    const selfClosing = tag[tag.length - 1] === "/";
    let e = closing ? 1 : 0;
    while (e < tag.length && tag[e] !== "/" && tag[e] !== " " && tag[e] !== "	" && tag[e] !== "\n" && tag[e] !== "\r") e++;
    const name = tag.slice(closing ? 1 : 0, e);
    if (name === "w:del" || name === "w:instrText" || name === "w:delText" || name === "mc:Fallback") {
      if (selfClosing) continue;
      skip += closing ? skip > 0 ? -1 : 0 : 1;
      continue;
    }
    if (skip) continue;
    const t = tables[tables.length - 1];
    switch (name) {
      case "w:t":
        inText = !closing && !selfClosing;
        break;
      case "w:tab":
        if (!closing && paras.length) paras[paras.length - 1].push(" ");
        break;
      case "w:br":
      case "w:cr":
        if (!closing && paras.length) paras[paras.length - 1].push("\n");
        break;
      case "w:noBreakHyphen":
        if (!closing && paras.length) paras[paras.length - 1].push("-");
        break;
      case "w:p":
        if (selfClosing) {
          if (t?.cell) t.cell.push("");
          else if (!t) out.push("");
          break;
        }
        if (!closing) {
          paras.push([]);
          break;
        }
        {
          const text = (paras.pop() ?? []).join("");
          if (paras.length) {
            if (text) out.push(text);
            break;
          }
          if (t?.cell) t.cell.push(text);
          else if (!t) out.push(text);
        }
        break;
      case "w:tbl":
        if (!closing) {
          tables.push({ rows: [], row: void 0, cell: void 0, merged: false, span: 1 });
        } else {
          const done = tables.pop();
          if (!done) break;
          const outer = tables[tables.length - 1];
          if (outer?.cell) outer.cell.push(...done.rows.map((r) => r.filter(Boolean).join(" ")));
          else out.push(...markdownTable(done.rows));
        }
        break;
      case "w:tr":
        if (!t) break;
        if (!closing) t.row = [];
        else if (t.row) {
          t.rows.push(t.row);
          t.row = void 0;
        }
        break;
      case "w:tc":
        if (!t) break;
        if (!closing) {
          t.cell = [];
          t.merged = false;
          t.span = 1;
        } else if (t.cell && t.row) {
          t.row.push(t.merged ? "" : t.cell.filter(Boolean).join("<br>"));
          for (let k = 1; k < t.span && k < 64; k++) t.row.push("");
          t.cell = void 0;
        }
        break;
      case "w:vMerge":
        if (t?.cell && !/w:val="restart"/.test(tag)) t.merged = true;
        break;
      case "w:gridSpan": {
        const v = /w:val="(\d{1,3})"/.exec(tag);
        if (t?.cell && v) t.span = Number(v[1]);
        break;
      }
    }
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n");
}
function markdownTable(rows) {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (!rows.length || !width) return [];
  const line = (r) => `| ${Array.from({ length: width }, (_, k) => (r[k] ?? "").replace(/\|/g, "\uFF5C").replace(/\n/g, "<br>")).join(" | ")} |`;
  return ["", line(rows[0]), `|${" --- |".repeat(width)}`, ...rows.slice(1).map(line), ""];
}
var ENTITY = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
function unescapeXml(s) {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (all, e) => {
    if (e[0] !== "#") return ENTITY[e] ?? all;
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 1114111 ? String.fromCodePoint(code) : all;
  });
}

// server/src/node/notices.ts
var path2 = __toESM(require("node:path"));
var import_node_url = require("node:url");

// server/src/core/glob.ts
function globMatcher(glob) {
  const alternatives = expandBraces(glob.replace(/\\/g, "/").replace(/^\.\//, ""), 0).slice(0, 64);
  const compiled = alternatives.map((a) => a.split("/").filter((s, i, arr) => s !== "" || i === arr.length - 1));
  return { test: (p) => {
    const segs = p.replace(/\\/g, "/").split("/");
    return compiled.some((c) => matchSegments(c, segs));
  } };
}
function expandBraces(g, depth) {
  const open = g.indexOf("{");
  if (open < 0 || depth > 8) return [g];
  let level2 = 0, close = -1;
  const parts = [];
  let last = open + 1;
  for (let i = open; i < g.length; i++) {
    if (g[i] === "{") level2++;
    else if (g[i] === "}") {
      level2--;
      if (level2 === 0) {
        close = i;
        parts.push(g.slice(last, i));
        break;
      }
    } else if (g[i] === "," && level2 === 1) {
      parts.push(g.slice(last, i));
      last = i + 1;
    }
  }
  if (close < 0) return [g];
  const out = [];
  for (const p of parts) for (const rest of expandBraces(g.slice(0, open) + p + g.slice(close + 1), depth + 1)) out.push(rest);
  return out;
}
function matchSegments(pat, segs) {
  const P = pat.length, S = segs.length;
  let next = new Array(S + 1).fill(false);
  next[S] = true;
  for (let i = P - 1; i >= 0; i--) {
    const cur = new Array(S + 1).fill(false);
    for (let j = S; j >= 0; j--) {
      if (pat[i] === "**") cur[j] = next[j] || j < S && cur[j + 1];
      else cur[j] = j < S && next[j + 1] && matchSegment(pat[i], segs[j]);
    }
    next = cur;
  }
  return next[0];
}
function matchSegment(p, s) {
  let pi = 0, si = 0, star = -1, mark = 0;
  while (si < s.length) {
    if (pi < p.length && p[pi] === "*") {
      star = pi++;
      mark = si;
      continue;
    }
    if (pi < p.length) {
      const w = classWidth(p, pi);
      if (w > 0 ? inClass(p, pi, s[si]) : p[pi] === "?" || p[pi] === s[si]) {
        pi += w > 0 ? w : 1;
        si++;
        continue;
      }
    }
    if (star >= 0) {
      pi = star + 1;
      si = ++mark;
      continue;
    }
    return false;
  }
  while (pi < p.length && p[pi] === "*") pi++;
  return pi === p.length;
}
function classWidth(p, i) {
  if (p[i] !== "[") return 0;
  const e = p.indexOf("]", i + 2);
  return e < 0 ? 0 : e - i + 1;
}
function inClass(p, i, c) {
  const e = p.indexOf("]", i + 2);
  let body = p.slice(i + 1, e);
  const neg = body[0] === "!" || body[0] === "^";
  if (neg) body = body.slice(1);
  let hit = false;
  for (let k = 0; k < body.length; k++) {
    if (body[k + 1] === "-" && k + 2 < body.length) {
      if (c >= body[k] && c <= body[k + 2]) hit = true;
      k += 2;
    } else if (body[k] === c) hit = true;
  }
  return neg ? !hit : hit;
}
function globBase(glob) {
  const parts = glob.replace(/\\/g, "/").split("/");
  const out = [];
  for (const p of parts) {
    if (/[*?{[]/.test(p)) break;
    out.push(p);
  }
  if (out.length === parts.length) out.pop();
  return out.join("/") || ".";
}

// server/src/node/notices.ts
async function loadConfig(file, base = defaultConfig()) {
  if (!file) return { config: base, problems: [] };
  let text;
  try {
    text = (await readText(file, 1024 * 1024)).text;
  } catch (e) {
    return { config: base, problems: [], error: e.message };
  }
  const parsed = parseJsonc(text);
  if (parsed.error) return { config: base, problems: [], error: `${CONFIG_FILE} \u4E0D\u662F\u6709\u6548\u7684 JSON\uFF1A${parsed.error} / is not valid JSON` };
  return { ...validateConfig(parsed.value, base) };
}
function fileUri(p) {
  return (0, import_node_url.pathToFileURL)(p).toString();
}
function resolveNoticeFiles(config, root, messages) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add2 = (file, bundled) => {
    const k = path2.resolve(file);
    if (!seen.has(k)) {
      seen.add(k);
      out.push({ file: k, bundled });
    }
  };
  for (const spec of config.notices.length ? config.notices : ["bundled"]) {
    if (spec === "bundled") {
      add2(bundledNoticePath(), true);
      continue;
    }
    const abs = path2.isAbsolute(spec);
    const baseDir = root ?? process.cwd();
    const full = abs ? spec : path2.join(baseDir, spec);
    const inside = !path2.relative(baseDir, full).startsWith("..") && !abs;
    if (!inside && !config.allowOutsideWorkspace && root) {
      messages.push({ file: spec, level: "warning", zh: `\u901A\u77E5\u8DEF\u5F84\u201C${spec}\u201D\u5728\u5DE5\u4F5C\u533A\u4E4B\u5916\uFF0C\u5DF2\u5FFD\u7565\uFF08\u53EF\u8BBE\u7F6E allowOutsideWorkspace: true\uFF09`, en: `Notice path \u201C${spec}\u201D is outside the workspace and was ignored (set allowOutsideWorkspace: true to allow)` });
      continue;
    }
    if (!/[*?{[]/.test(spec)) {
      if (isFile(full)) add2(full, false);
      else messages.push({ file: spec, level: "warning", zh: `\u627E\u4E0D\u5230\u901A\u77E5\u6587\u4EF6\u201C${spec}\u201D`, en: `Notice file \u201C${spec}\u201D not found` });
      continue;
    }
    const baseRel = globBase(spec);
    const start = path2.isAbsolute(baseRel) ? baseRel : path2.join(baseDir, baseRel);
    if (!isDir(start)) {
      messages.push({ file: spec, level: "warning", zh: `\u901A\u77E5 glob\u201C${spec}\u201D\u6CA1\u6709\u5339\u914D\u7684\u76EE\u5F55`, en: `Notice glob \u201C${spec}\u201D matches no directory` });
      continue;
    }
    const re = globMatcher(abs ? spec : spec.replace(/^\.\//, ""));
    const files = walk(start, (rel) => re.test(path2.relative(baseDir, path2.join(start, rel)).split(path2.sep).join("/")) || re.test(path2.join(start, rel)));
    if (!files.length) messages.push({ file: spec, level: "info", zh: `\u901A\u77E5 glob\u201C${spec}\u201D\u6CA1\u6709\u5339\u914D\u7684\u6587\u4EF6`, en: `Notice glob \u201C${spec}\u201D matches no file` });
    for (const f of files) add2(f, false);
  }
  return out;
}
async function readNoticeText(file, maxSize) {
  return /\.docx$/i.test(file) ? docxText(await readBytes(file, maxSize)) : (await readText(file, maxSize)).text;
}
async function loadNotices(index, files, maxSize, messages) {
  for (const { file, bundled } of files) {
    try {
      const e = index.set(fileUri(file), await readNoticeText(file, maxSize), bundled);
      if (!e.notice.taskCount) messages.push({ file, level: "error", zh: `\u201C${path2.basename(file)}\u201D\u4E0D\u662F\u4EFB\u52A1\u901A\u77E5\uFF1A\u672A\u627E\u5230\u7F16\u53F7\u4EFB\u52A1`, en: `\u201C${path2.basename(file)}\u201D is not a notice of tasks: no numbered tasks found` });
    } catch (err2) {
      const msg = err2 instanceof DecodeError ? err2.message : String(err2);
      messages.push({ file, level: "error", zh: `\u65E0\u6CD5\u8BFB\u53D6\u901A\u77E5\u201C${file}\u201D\uFF1A${msg}`, en: `Cannot read notice \u201C${file}\u201D: ${msg}` });
    }
  }
}

// server/src/cli/common.ts
var UsageError = class extends Error {
};
var VALUE_FLAGS = /* @__PURE__ */ new Set(["--format", "--config", "--severity", "--max-warnings", "--lang", "--unit"]);
function parseArgs(argv) {
  const cmd = argv[0] ?? "";
  const flags = /* @__PURE__ */ new Map();
  const notices = [];
  const rest = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--notice") {
      let k = i + 1;
      while (k < argv.length && !argv[k].startsWith("--")) notices.push(argv[k++]);
      if (k === i + 1) throw new UsageError("--notice needs a file");
      i = k - 1;
    } else if (a.startsWith("--notice=")) notices.push(a.slice(9));
    else if (a.startsWith("--") && a.includes("=")) flags.set(a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1));
    else if (VALUE_FLAGS.has(a)) {
      if (i + 1 >= argv.length) throw new UsageError(`${a} needs a value`);
      flags.set(a, argv[++i]);
    } else if (a.startsWith("--")) flags.set(a, true);
    else rest.push(a);
  }
  const envLang = /^en/i.test(process.env.LANG ?? "") && !/zh/i.test(process.env.LANG ?? "") ? "en" : "zh";
  const lang = flags.get("--lang") ?? envLang;
  if (lang !== "zh" && lang !== "en") throw new UsageError("--lang takes zh or en");
  const format2 = flags.get("--format") ?? "text";
  return { cmd, c: { notices, config: flags.get("--config"), format: format2, lang, rest, flags } };
}
async function makeService(c, io, noticeArgs) {
  const messages = [];
  const configFile = c.config ? path3.resolve(io.cwd, c.config) : isFile(path3.join(io.cwd, CONFIG_FILE)) ? path3.join(io.cwd, CONFIG_FILE) : void 0;
  if (c.config && !isFile(configFile)) throw new IoError(c.lang === "en" ? `config file not found: ${c.config}` : `\u627E\u4E0D\u5230\u914D\u7F6E\u6587\u4EF6\uFF1A${c.config}`);
  const loaded = await loadConfig(configFile);
  if (loaded.error) throw new IoError(loaded.error);
  for (const p of loaded.problems) messages.push({ file: configFile, level: "warning", zh: `${p.path}: ${p.message.zh}`, en: `${p.path}: ${p.message.en}` });
  const config = loaded.config;
  const service = new PolicyDraftService();
  service.locale = c.lang;
  const explicit = noticeArgs ?? c.notices;
  let files;
  if (explicit.length) {
    files = [];
    for (const n of explicit) {
      const p = path3.resolve(io.cwd, n);
      if (!isFile(p)) throw new IoError(c.lang === "en" ? `notice not found: ${n}` : `\u627E\u4E0D\u5230\u901A\u77E5\u6587\u4EF6\uFF1A${n}`);
      files.push({ file: p, bundled: false });
    }
  } else {
    files = resolveNoticeFiles({ ...config, allowOutsideWorkspace: true }, configFile ? path3.dirname(configFile) : io.cwd, messages);
    if (!files.length) files = [{ file: bundledNoticePath(), bundled: true }];
  }
  io.willRead?.(sizeOf(files.map((f) => f.file)));
  await loadNotices(service.index, files, config.maxFileSize, messages);
  service.setConfig(config);
  return { service, config, messages };
}
var IoError = class extends Error {
};
function sizeOf(files) {
  let n = 0;
  for (const f of files) {
    try {
      n += fs.statSync(f).size;
    } catch {
    }
  }
  return n;
}
function expandPaths(args, cwd, lang) {
  const files = [];
  let stdin = false;
  const seen = /* @__PURE__ */ new Set();
  const add2 = (f) => {
    const k = path3.resolve(f);
    if (!seen.has(k)) {
      seen.add(k);
      files.push(k);
    }
  };
  for (const a of args) {
    if (a === "-") {
      stdin = true;
      continue;
    }
    const p = path3.resolve(cwd, a);
    if (isFile(p)) add2(p);
    else if (isDir(p)) for (const f of walk(p, (rel) => /\.(md|markdown|txt|docx)$/i.test(rel) && !/(^|[\\/])~\$[^\\/]*$/.test(rel), 2e5)) add2(f);
    else if (/[*?{[]/.test(a)) {
      const base = path3.resolve(cwd, globBase(a));
      const re = globMatcher(a.replace(/^\.\//, ""));
      const matched = isDir(base) ? walk(base, (rel) => re.test(path3.relative(cwd, path3.join(base, rel)).split(path3.sep).join("/")), 2e5) : [];
      if (!matched.length) throw new IoError(lang === "en" ? `no files match ${a}` : `\u6CA1\u6709\u5339\u914D ${a} \u7684\u6587\u4EF6`);
      matched.forEach(add2);
    } else throw new IoError(lang === "en" ? `no such file or directory: ${a}` : `\u627E\u4E0D\u5230\u6587\u4EF6\u6216\u76EE\u5F55\uFF1A${a}`);
  }
  return { files, stdin };
}
async function readInput(file, io, maxSize) {
  const bytes = file !== "-" ? await readBytes(file, maxSize) : await io.readStdin();
  if (file === "-") io.willRead?.(bytes.length);
  if (/\.docx$/i.test(file) || file === "-" && isZip(bytes)) {
    const text = docxText(bytes);
    if (text.length > maxSize) throw new DecodeError("too-large", `\u6587\u6863\u6587\u5B57\u8FC7\u591A\uFF08${text.length} \u5B57\u7B26\uFF0C\u4E0A\u9650 ${maxSize}\uFF09/ too much text (${text.length} characters, limit ${maxSize})`);
    return { text, encoding: "docx", eol: "\n", size: bytes.length };
  }
  return decode(bytes, maxSize);
}

// server/src/cli/indexCmd.ts
function indexJson(n) {
  const x = n.notice;
  return {
    uri: n.uri,
    docNumber: x.docNumber ?? null,
    title: x.title ?? null,
    taskListTitle: x.taskListTitle ?? null,
    issuer: x.issuer ?? null,
    date: x.date ?? null,
    style: x.style,
    sections: x.sections.map((s) => ({ number: s.number, label: s.label, title: s.title, tasks: s.tasks })),
    tasks: x.tasks.map((t) => ({
      number: t.number,
      label: t.label,
      title: t.title,
      text: t.text,
      section: t.section >= 0 ? x.sections[t.section].number : null,
      leadUnits: leadNames([t], n),
      cooperatingUnits: coopNames([t], n),
      range: x.lines.range(t.span)
    })),
    units: n.units.units.map((u) => ({ name: u.name, aliases: u.aliases, leadTasks: u.leadTasks, cooperatingTasks: u.cooperatingTasks, ...u.collective ? { collective: true } : {} })),
    problems: x.problems.map((p) => ({ code: p.code, severity: p.severity, line: p.line + 1, message: p.message.zh, messageEn: p.message.en, range: x.lines.range(p.span) }))
  };
}
function indexText(n, lang) {
  const x = n.notice;
  const en = lang === "en";
  const out = [];
  out.push(`${x.docNumber ?? (en ? "(no document number)" : "\uFF08\u65E0\u6587\u53F7\uFF09")}  ${x.title ?? ""}`);
  if (x.taskListTitle) out.push(`\u300A${x.taskListTitle}\u300B`);
  out.push([x.issuer, x.date].filter(Boolean).join("  "));
  out.push(en ? `${x.sections.length} sections, ${x.tasks.length} tasks, ${n.units.units.length} units` : `${x.sections.length} \u4E2A\u90E8\u5206\uFF0C${x.tasks.length} \u9879\u4EFB\u52A1\uFF0C${n.units.units.length} \u4E2A\u5355\u4F4D`);
  out.push("");
  const printTask = (num) => {
    const t = n.byNumber.get(num);
    if (!t) return;
    const leads = leadNames([t], n), coops = coopNames([t], n);
    out.push(`  ${String(t.number).padStart(3)}. ${t.title}`);
    out.push(`       ${en ? "lead" : "\u7275\u5934"}\uFF1A${leads.join("\u3001") || "\u2014"}${coops.length ? `\uFF1B${en ? "cooperating" : "\u914D\u5408"}\uFF1A${coops.join("\u3001")}` : ""}`);
  };
  if (x.sections.length) for (const s of x.sections) {
    out.push(`${s.label}\u3001${s.title}`);
    s.tasks.forEach(printTask);
  }
  else x.tasks.forEach((t) => printTask(t.number));
  if (x.problems.length) {
    out.push("", en ? "Problems:" : "\u95EE\u9898\uFF1A");
    for (const p of x.problems) out.push(`  ${en ? "line" : "\u7B2C"} ${p.line + 1}${en ? "" : " \u884C"}  ${p.severity}  ${p.code}  ${en ? p.message.en : p.message.zh}`);
  }
  return out.join("\n");
}

// server/src/cli/check.ts
var path5 = __toESM(require("node:path"));

// server/src/node/encode.ts
var import_node_fs2 = require("node:fs");
var path4 = __toESM(require("node:path"));
var gb;
function gb18030() {
  if (gb) return gb;
  const bundled = path4.join(__dirname, "gb18030.js");
  const file = (0, import_node_fs2.existsSync)(bundled) ? bundled : path4.join(__dirname, "gb18030");
  return gb = require(file);
}
function encode(text, encoding) {
  switch (encoding) {
    case "utf-8":
      return Buffer.from(text, "utf8");
    case "utf-8-bom":
      return Buffer.concat([Buffer.from([239, 187, 191]), Buffer.from(text, "utf8")]);
    case "utf-16le":
      return Buffer.concat([Buffer.from([255, 254]), Buffer.from(text, "utf16le")]);
    case "utf-16be": {
      const b = Buffer.from(text, "utf16le");
      b.swap16();
      return Buffer.concat([Buffer.from([254, 255]), b]);
    }
    case "gb18030":
      return gb18030().encodeGb18030(text);
    case "docx":
      throw new Error("a .docx file is never written back");
  }
}

// server/src/cli/diff.ts
function unifiedDiff(name, a, b) {
  const al = a.split("\n"), bl = b.split("\n");
  let head = 0;
  while (head < al.length && head < bl.length && al[head] === bl[head]) head++;
  let ta = al.length - 1, tb = bl.length - 1;
  while (ta >= head && tb >= head && al[ta] === bl[tb]) {
    ta--;
    tb--;
  }
  if (head > ta && head > tb) return "";
  const ops = [];
  if (ta - head === tb - head) {
    for (let k = head; k <= ta; k++) {
      if (al[k] === bl[k]) ops.push({ t: " ", s: al[k], ai: k, bi: k });
      else {
        ops.push({ t: "-", s: al[k], ai: k, bi: k });
        ops.push({ t: "+", s: bl[k], ai: k, bi: k });
      }
    }
  } else {
    for (let k = head; k <= ta; k++) ops.push({ t: "-", s: al[k], ai: k, bi: head });
    for (let k = head; k <= tb; k++) ops.push({ t: "+", s: bl[k], ai: ta + 1, bi: k });
  }
  const out = [`--- a/${name}`, `+++ b/${name}`];
  const changed = ops.map((o, i2) => o.t !== " " ? i2 : -1).filter((i2) => i2 >= 0);
  let i = 0;
  while (i < changed.length) {
    let j = i;
    while (j + 1 < changed.length && changed[j + 1] - changed[j] <= 7) j++;
    const from = changed[i], to = changed[j];
    const firstOp = ops[from];
    const ctxBefore = Math.min(3, firstOp.ai);
    const aStart = firstOp.ai - ctxBefore;
    const lines = [];
    for (let k = aStart; k < firstOp.ai; k++) lines.push(" " + al[k].replace(/\r$/, ""));
    let aCount = ctxBefore, bCount = ctxBefore;
    for (let k = from; k <= to; k++) {
      const o = ops[k];
      lines.push(o.t + o.s.replace(/\r$/, ""));
      if (o.t !== "+") aCount++;
      if (o.t !== "-") bCount++;
    }
    let lastA = firstOp.ai - 1;
    for (let k = from; k <= to; k++) if (ops[k].t !== "+" && ops[k].ai > lastA) lastA = ops[k].ai;
    for (let k = lastA + 1; k < Math.min(al.length, lastA + 4); k++) {
      if (k > ta && k <= ta) break;
      lines.push(" " + al[k].replace(/\r$/, ""));
      aCount++;
      bCount++;
    }
    const bStart = aStart + (ops[from].bi - ops[from].ai);
    out.push(`@@ -${aStart + 1},${aCount} +${bStart + 1},${bCount} @@`);
    for (const l of lines) out.push(l);
    i = j + 1;
  }
  return out.join("\n") + "\n";
}

// server/src/cli/check.ts
var SEV_RANK = { error: 0, warning: 1, information: 2, hint: 3 };
async function runCheck(c, io) {
  const en = c.lang === "en";
  if (!["text", "json", "sarif"].includes(c.format)) throw new UsageError("--format takes text, json or sarif");
  const sevFlag = c.flags.get("--severity");
  if (sevFlag !== void 0 && (typeof sevFlag !== "string" || !(sevFlag in SEV_RANK))) throw new UsageError("--severity takes error, warning, information or hint");
  const minRank = c.flags.has("--quiet") ? 0 : SEV_RANK[sevFlag ?? "hint"];
  const mwRaw = c.flags.get("--max-warnings");
  const maxWarnings = mwRaw === void 0 ? -1 : Number(mwRaw);
  if (mwRaw !== void 0 && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) throw new UsageError("--max-warnings takes a whole number");
  const fix = c.flags.has("--fix");
  const dryRun = c.flags.has("--dry-run");
  if (dryRun && !fix) throw new UsageError("--dry-run goes with --fix");
  const { service, config, messages } = await makeService(c, io);
  for (const m of messages) io.err(`policy-draft: ${en ? m.en : m.zh}
`);
  if (messages.some((m) => m.level === "error") && service.index.all().every((n) => !n.notice.taskCount)) return 2;
  const { files, stdin } = expandPaths(c.rest.length ? c.rest : ["."], io.cwd, c.lang);
  const targets = [...files.filter((f) => !service.index.get(fileUri(f))), ...stdin ? ["-"] : []];
  io.willRead?.(sizeOf(files));
  const findings = [];
  let ioProblems = 0;
  let fixedFiles = 0;
  for (const t of targets) {
    let d;
    try {
      d = await readInput(t, io, config.maxFileSize);
    } catch (e) {
      io.err(`policy-draft: ${t === "-" ? "<stdin>" : path5.relative(io.cwd, t) || t}: ${e.message}
`);
      ioProblems++;
      continue;
    }
    const display = t === "-" ? "<stdin>" : path5.relative(io.cwd, t) || t;
    const uri = t === "-" ? "untitled:stdin" : fileUri(t);
    let text = d.text;
    if (fix && d.encoding === "docx") {
      io.err(en ? `policy-draft: ${display}: a .docx file is not fixed; make the changes in Word
` : `policy-draft: ${display}\uFF1A\u4E0D\u81EA\u52A8\u4FEE\u6539 .docx \u6587\u4EF6\uFF0C\u8BF7\u5728 Word \u4E2D\u4FEE\u6539
`);
    } else if (fix) {
      const fixed = applySafeFixes(service, uri, text);
      if (fixed !== text) {
        if (dryRun) io.out(unifiedDiff(display, d.text, fixed));
        else if (t === "-") {
        } else {
          await writeAtomic(t, encode(fixed, d.encoding));
          fixedFiles++;
        }
        if (!dryRun) text = fixed;
      }
      if (t === "-" && !dryRun) {
        io.out(text);
        continue;
      }
    }
    const lines = new LineIndex(text);
    const diags = service.diagnosticsOnce({ uri, text });
    for (const x of diags) {
      if (SEV_RANK[x.severity] > minRank) continue;
      findings.push(toJson(display, x, lines));
    }
    service.forget(uri);
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  if (c.format === "json") io.out(jsonLines(findings));
  else if (c.format === "sarif") io.out(JSON.stringify(sarif(findings, io.cwd, en), null, 2) + "\n");
  else if (!(fix && targets.length === 1 && targets[0] === "-" && !dryRun)) io.out(textReport(findings, targets.length, io.isTTY, en, fix && !dryRun ? fixedFiles : -1));
  if (ioProblems) return 2;
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.err(en ? `policy-draft: ${warnings} warnings (more than --max-warnings ${maxWarnings})
` : `policy-draft: ${warnings} \u4E2A\u8B66\u544A\uFF0C\u8D85\u8FC7 --max-warnings ${maxWarnings}
`);
    return 1;
  }
  return 0;
}
function jsonLines(findings) {
  if (!findings.length) return "[]\n";
  const out = [];
  for (let i = 0; i < findings.length; i++) out.push(JSON.stringify(findings[i]));
  return `[
${out.join(",\n")}
]
`;
}
function toJson(file, d, lines) {
  const f = { file, range: lines.range(d.span), severity: d.severity, code: d.rule, message: d.message };
  if (d.fixes.length) f.fixes = d.fixes.map((x) => ({ title: x.title, safe: x.safe, edits: x.edits.map((e) => ({ range: lines.range(e.span), newText: e.newText })) }));
  return f;
}
function applySafeFixes(service, uri, text) {
  let cur = text;
  for (let round = 0; round < 5; round++) {
    const diags = service.diagnosticsOnce({ uri, text: cur });
    const edits = [];
    for (const d of diags) {
      const fx = d.fixes.find((f) => f.safe);
      if (!fx || fx.edits.some((e) => clashes(edits, e))) continue;
      for (const e of fx.edits) edits.splice(insertionPoint(edits, e), 0, e);
    }
    if (!edits.length) break;
    const parts = [];
    let at = 0;
    for (const e of edits) {
      parts.push(cur.slice(at, e.span.start), e.newText);
      at = e.span.end;
    }
    parts.push(cur.slice(at));
    cur = parts.join("");
  }
  service.forget(uri);
  return cur;
}
var before = (a, b) => a.span.start < b.span.start || a.span.start === b.span.start && a.span.end < b.span.end;
function insertionPoint(edits, e) {
  let lo = 0, hi = edits.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (before(edits[mid], e)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function clashes(edits, e) {
  const k = insertionPoint(edits, e);
  const overlaps2 = (o) => e.span.start < o.span.end && o.span.start < e.span.end || e.span.start === o.span.start && e.span.end === o.span.end;
  return k > 0 && overlaps2(edits[k - 1]) || k < edits.length && overlaps2(edits[k]);
}
var COLORS = { error: "\x1B[31m", warning: "\x1B[33m", information: "\x1B[36m", hint: "\x1B[90m" };
function textReport(findings, fileCount, tty, en, fixed) {
  const out = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const a = byFile.get(f.file);
    if (a) a.push(f);
    else byFile.set(f.file, [f]);
  }
  const sevName = (s) => en ? s : { error: "\u9519\u8BEF", warning: "\u8B66\u544A", information: "\u63D0\u793A", hint: "\u5EFA\u8BAE" }[s];
  for (const [file, list2] of byFile) {
    if (tty) out.push(`\x1B[4m${file}\x1B[0m`);
    else out.push(file);
    for (const f of list2) {
      const loc = `${file}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
      const sev = tty ? `${COLORS[f.severity]}${sevName(f.severity)}\x1B[0m` : sevName(f.severity);
      out.push(`${loc}  ${sev}  ${f.code}  ${f.message}`);
    }
    out.push("");
  }
  const e = findings.filter((f) => f.severity === "error").length, w = findings.filter((f) => f.severity === "warning").length, i = findings.length - e - w;
  out.push(en ? `${fileCount} file(s) checked: ${e} error(s), ${w} warning(s), ${i} other.` : `\u68C0\u67E5\u4E86 ${fileCount} \u4E2A\u6587\u4EF6\uFF1A${e} \u4E2A\u9519\u8BEF\uFF0C${w} \u4E2A\u8B66\u544A\uFF0C${i} \u4E2A\u63D0\u793A\u3002`);
  if (fixed >= 0) out.push(en ? `${fixed} file(s) fixed.` : `\u5DF2\u4FEE\u590D ${fixed} \u4E2A\u6587\u4EF6\u3002`);
  return out.join("\n") + "\n";
}
function sarif(findings, cwd, en) {
  const rules = RULE_IDS.map((id) => ({
    id,
    name: id.replace(/(^|-)(\w)/g, (_m, _d, ch) => ch.toUpperCase()),
    shortDescription: { text: en ? RULES[id].en : RULES[id].zh },
    fullDescription: { text: `${RULES[id].zh} / ${RULES[id].en}` },
    help: { text: `${RULES[id].zh}
${RULES[id].en}`, markdown: `**${id}**: ${RULES[id].zh}

${RULES[id].en}` },
    defaultConfiguration: { level: level(RULES[id].severity) }
  }));
  const base = fileUri(cwd.endsWith(path5.sep) ? cwd : cwd + path5.sep);
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{
      tool: { driver: { name: "policy-draft", fullName: "\u653F\u7B56\u8D77\u8349\u52A9\u624B Policy Draft", version: "0.1.0", semanticVersion: "0.1.0", rules } },
      originalUriBaseIds: { SRCROOT: { uri: base } },
      columnKind: "utf16CodeUnits",
      results: findings.map((f) => ({
        ruleId: f.code,
        ruleIndex: RULE_IDS.indexOf(f.code),
        level: level(f.severity),
        message: { text: f.message },
        locations: [{ physicalLocation: {
          artifactLocation: { uri: f.file.split(path5.sep).map(encodeURIComponent).join("/"), uriBaseId: "SRCROOT" },
          region: { startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 }
        } }],
        ...f.fixes?.length ? { fixes: f.fixes.map((x) => ({ description: { text: x.title }, artifactChanges: [{
          artifactLocation: { uri: f.file.split(path5.sep).map(encodeURIComponent).join("/"), uriBaseId: "SRCROOT" },
          replacements: x.edits.map((e) => ({ deletedRegion: { startLine: e.range.start.line + 1, startColumn: e.range.start.character + 1, endLine: e.range.end.line + 1, endColumn: e.range.end.character + 1 }, insertedContent: { text: e.newText } }))
        }] })) } : {}
      }))
    }]
  };
}
function level(s) {
  return s === "error" ? "error" : s === "warning" ? "warning" : "note";
}

// server/src/cli/coverage.ts
var path6 = __toESM(require("node:path"));
async function runCoverage(c, io) {
  const en = c.lang === "en";
  const unitName = c.flags.get("--unit");
  if (typeof unitName !== "string" || !unitName) throw new UsageError("coverage needs --unit NAME");
  if (c.format !== "text" && c.format !== "json") throw new UsageError("--format takes text or json");
  if (!c.rest.length) throw new UsageError(en ? "coverage needs files" : "coverage \u9700\u8981\u6587\u4EF6\u53C2\u6570");
  const { service, config, messages } = await makeService(c, io);
  for (const m of messages) io.err(`policy-draft: ${en ? m.en : m.zh}
`);
  const notice = service.index.default();
  if (!notice) {
    io.err("policy-draft: no notice\n");
    return 2;
  }
  const unit = notice.units.resolve(unitName)?.unit;
  if (!unit) {
    const sugg = notice.units.suggest(unitName);
    io.err(en ? `policy-draft: \u201C${unitName}\u201D is not a unit of ${notice.notice.docNumber}${sugg.length ? `; did you mean ${sugg.join(", ")}?` : ""}
` : `policy-draft: \u201C${unitName}\u201D\u4E0D\u662F ${notice.notice.docNumber} \u4E2D\u7684\u5355\u4F4D${sugg.length ? `\uFF0C\u662F\u5426\u6307\uFF1A${sugg.join("\u3001")}\uFF1F` : ""}
`);
    return 2;
  }
  const { files, stdin } = expandPaths(c.rest, io.cwd, c.lang);
  io.willRead?.(sizeOf(files));
  const citedBy = /* @__PURE__ */ new Map();
  let ioProblems = 0;
  for (const t of [...files, ...stdin ? ["-"] : []]) {
    let text;
    try {
      text = (await readInput(t, io, config.maxFileSize)).text;
    } catch (e) {
      io.err(`policy-draft: ${t}: ${e.message}
`);
      ioProblems++;
      continue;
    }
    const display = t === "-" ? "<stdin>" : path6.relative(io.cwd, t) || t;
    const a = service.analyze({ uri: t === "-" ? "untitled:stdin" : fileUri(t), text });
    for (const n of coveredNumbers(a, notice.id)) {
      const l = citedBy.get(n) ?? [];
      if (!l.includes(display)) l.push(display);
      citedBy.set(n, l);
    }
  }
  const row = (n) => ({ number: n, title: notice.byNumber.get(n)?.title ?? "", cited: citedBy.has(n), files: citedBy.get(n) ?? [] });
  const lead = unit.leadTasks.map(row), coop = unit.cooperatingTasks.map(row);
  if (c.format === "json") io.out(JSON.stringify({ unit: unit.name, notice: notice.notice.docNumber, lead, cooperating: coop }, null, 2) + "\n");
  else {
    const out = [`${unit.name}\uFF08${notice.notice.docNumber}\uFF09`];
    const part = (title, rows) => {
      out.push("", `${title}\uFF08${rows.filter((r) => r.cited).length}/${rows.length}\uFF09`);
      for (const r of rows) out.push(`  ${r.cited ? "\u2713" : "\u2717"} ${en ? "task" : "\u7B2C"}${r.number}${en ? "" : "\u9879"} ${r.title}${r.cited ? `  \u2014 ${r.files.join(", ")}` : en ? "  \u2014 not cited" : "  \u2014 \u672A\u63D0\u53CA"}`);
    };
    part(en ? "Leads" : "\u7275\u5934\u4EFB\u52A1", lead);
    part(en ? "Cooperates on" : "\u914D\u5408\u4EFB\u52A1", coop);
    io.out(out.join("\n") + "\n");
  }
  if (ioProblems) return 2;
  return lead.some((r) => !r.cited) ? 1 : 0;
}

// server/src/cli/tiering.ts
var v8 = __toESM(require("node:v8"));
var LONG_RUN_BYTES = 3e6;
var planned = 0;
var short = false;
var CHECKED_V8 = [11, 12];
function startShortRun(v8Version = process.versions.v8) {
  if (process.env.POLICY_DRAFT_V8 === "default" || !CHECKED_V8.includes(Number(v8Version.split(".")[0]))) return;
  v8.setFlagsFromString("--no-turbofan");
  v8.setFlagsFromString("--semi-space-growth-factor=1");
  short = true;
}
function willRead(bytes) {
  planned += bytes;
  if (short && planned > LONG_RUN_BYTES) {
    short = false;
    v8.setFlagsFromString("--turbofan");
    v8.setFlagsFromString("--semi-space-growth-factor=2");
  }
}

// server/src/cli/main.ts
var HELP_ZH = `\u653F\u7B56\u8D77\u8349\u52A9\u624B policy-draft \u2014 \u68C0\u67E5\u5BF9\u91CD\u70B9\u5DE5\u4F5C\u4EFB\u52A1\u901A\u77E5\u7684\u5F15\u7528\u4E0E\u8D23\u4EFB\u5355\u4F4D

\u7528\u6CD5:
  policy-draft index [\u901A\u77E5\u6587\u4EF6\u2026] [--format text|json]
  policy-draft check [\u8DEF\u5F84|glob|-]\u2026 [--notice \u6587\u4EF6\u2026] [--config \u6587\u4EF6] [--format text|json|sarif]
                     [--severity error|warning|information|hint] [--max-warnings N] [--quiet]
                     [--fix [--dry-run]] [--lang zh|en]
  policy-draft coverage --unit \u5355\u4F4D\u540D \u6587\u4EF6\u2026 [--format text|json]

\u4E0D\u6307\u5B9A\u901A\u77E5\u65F6\u4F7F\u7528\u5185\u7F6E\u901A\u77E5\uFF08\u804A\u653F\u529E\u5B57\u30142023\u30153\u53F7\uFF09\uFF1B\u5DE5\u4F5C\u76EE\u5F55\u4E0B\u6709 ${CONFIG_FILE} \u65F6\u6309\u5176\u914D\u7F6E\u3002
\u9000\u51FA\u7801: 0 \u65E0\u9519\u8BEF\uFF0C1 \u53D1\u73B0\u9519\u8BEF\uFF0C2 \u7528\u6CD5\u6216\u8BFB\u5199\u9519\u8BEF\u3002`;
var HELP_EN = `policy-draft \u2014 checks citations of key-task notices and their responsible units

Usage:
  policy-draft index [NOTICE\u2026] [--format text|json]
  policy-draft check [PATH|GLOB|-]\u2026 [--notice FILE\u2026] [--config FILE] [--format text|json|sarif]
                     [--severity error|warning|information|hint] [--max-warnings N] [--quiet]
                     [--fix [--dry-run]] [--lang zh|en]
  policy-draft coverage --unit NAME FILE\u2026 [--format text|json]

Without notices the bundled one (\u804A\u653F\u529E\u5B57\u30142023\u30153\u53F7) is used; a ${CONFIG_FILE} in the working directory applies.
Exit status: 0 no errors, 1 errors found, 2 usage or I/O problem.`;
async function main(argv, io) {
  let lang = "zh";
  try {
    if (!argv.length || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
      const en = /^en/i.test(process.env.LANG ?? "") && !argv.includes("--lang=zh");
      io.out((argv.includes("--lang=en") || en ? HELP_EN : HELP_ZH) + "\n");
      return argv.length ? 0 : 2;
    }
    if (argv[0] === "--version" || argv[0] === "-v") {
      io.out("0.1.0\n");
      return 0;
    }
    const { cmd, c } = parseArgs(argv);
    lang = c.lang;
    if (c.flags.has("--help")) {
      io.out((lang === "en" ? HELP_EN : HELP_ZH) + "\n");
      return 0;
    }
    switch (cmd) {
      case "index":
        return await runIndex(c, io);
      case "check":
        return await runCheck(c, io);
      case "coverage":
        return await runCoverage(c, io);
      default:
        throw new UsageError(lang === "en" ? `unknown command: ${cmd}` : `\u672A\u77E5\u547D\u4EE4\uFF1A${cmd}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`policy-draft: ${e.message}
${lang === "en" ? "Run policy-draft --help for usage." : "\u8FD0\u884C policy-draft --help \u67E5\u770B\u7528\u6CD5\u3002"}
`);
      return 2;
    }
    if (e instanceof IoError || e instanceof DecodeError) {
      io.err(`policy-draft: ${e.message}
`);
      return 2;
    }
    io.err(`policy-draft: ${e?.stack ?? e}
`);
    return 2;
  }
}
async function runIndex(c, io) {
  if (c.format !== "text" && c.format !== "json") throw new UsageError("--format takes text or json");
  const files = c.rest.length ? c.rest : c.notices;
  const { service, messages } = await makeService({ ...c, notices: [] }, io, files.length ? files : void 0);
  const errors = messages.filter((m) => m.level === "error");
  for (const m of messages) io.err(`policy-draft: ${c.lang === "en" ? m.en : m.zh}
`);
  const all = service.index.all();
  if (c.format === "json") {
    const objs = all.map((n) => indexJson(n));
    io.out(JSON.stringify(objs.length === 1 ? objs[0] : objs, null, 2) + "\n");
  } else {
    io.out(all.map((n) => indexText(n, c.lang)).join("\n") + "\n");
  }
  return errors.length ? 2 : 0;
}
if (require.main === module) {
  startShortRun();
  process.stdout.on("error", (e) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    else throw e;
  });
  const io = {
    out: (s) => {
      process.stdout.write(s);
    },
    err: (s) => {
      process.stderr.write(s);
    },
    isTTY: !!process.stdout.isTTY,
    cwd: process.cwd(),
    willRead,
    readStdin: () => new Promise((resolve3, reject) => {
      const chunks = [];
      process.stdin.on("data", (d) => chunks.push(d));
      process.stdin.on("end", () => resolve3(Buffer.concat(chunks)));
      process.stdin.on("error", reject);
    })
  };
  main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  main
});
