-- Neovim as a third-party LSP client of the policy-draft server (Neovim 0.7+, no plugins):
--   nvim --headless -u NONE -i NONE -n -c 'luafile test/nvim/lsp_test.lua'
-- Starts `node dist/server.js --stdio` with vim.lsp.start_client, attaches it to buffers (filetype markdown and
-- text, LF and CRLF), and checks diagnostics (rule ids; LSP UTF-16 ranges in the raw notification and Neovim's byte
-- columns after its conversion), incremental edits, hover, completion, definition and code actions.
-- Prints one line per check and finally `N passed, N failed`; exits 0 when all passed, else 1.

local root = os.getenv('PD_ROOT') or vim.fn.getcwd()
local server = root .. '/dist/server.js'
local seed_path = root .. '/seeds/liaozhengbanzi-2023-3.md'
local TIMEOUT = tonumber(os.getenv('PD_NVIM_TIMEOUT') or '15000')

local passed, failed = 0, 0
local function out(s) io.stdout:write(s .. '\n'); io.stdout:flush() end

local function check(name, fn)
  local ok, err = xpcall(fn, debug.traceback)
  if ok then
    passed = passed + 1
    out('ok - ' .. name)
  else
    failed = failed + 1
    out('not ok - ' .. name)
    out('  ' .. (tostring(err):gsub('\n', '\n  ')))
  end
end
local function eq(got, want, msg)
  if not vim.deep_equal(got, want) then
    error((msg or 'not equal') .. '\n    want: ' .. vim.inspect(want) .. '\n    got:  ' .. vim.inspect(got), 2)
  end
end
local function truthy(v, msg) if not v then error(msg or 'assertion failed', 2) end return v end

-- UTF-16 index of byte offset `byte` (0-based) in `line`.
local function u16(line, byte)
  local _, n = vim.str_utfindex(line, byte)
  return n
end
-- 0-based byte start/end of the first occurrence of `needle` in `line` (plain search).
local function find(line, needle, from)
  local s = string.find(line, needle, from or 1, true)
  truthy(s, 'fixture: ' .. needle .. ' not in ' .. line)
  return s - 1, s - 1 + #needle
end

-- The task 12 line of the bundled notice (0-based).
local task12_line
for i, l in ipairs(vim.fn.readfile(seed_path)) do
  if l:find('12. 加强“两高”行业管控', 1, true) == 1 then task12_line = i - 1 break end
end

-- ───────── start the server ─────────
local ws = vim.fn.tempname()
vim.fn.mkdir(ws, 'p')
local raw = {}          -- uri → last publishDiagnostics params, as received (LSP ranges, UTF-16)
local exited = nil
local client_id = vim.lsp.start_client({
  name = 'policy-draft',
  cmd = { 'node', server, '--stdio' },
  root_dir = ws,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      raw[result.uri] = result
      return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
    end,
    ['window/showMessage'] = function() end,
    ['window/logMessage'] = function() end,
  },
  on_exit = function(code, signal) exited = { code = code, signal = signal } end,
})

local function client() return vim.lsp.get_client_by_id(client_id) end

local function open(name, lines, ft, ff)
  local buf = vim.api.nvim_create_buf(true, false)
  vim.api.nvim_buf_set_name(buf, ws .. '/' .. name)
  if ff then vim.api.nvim_buf_set_option(buf, 'fileformat', ff) end
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
  vim.api.nvim_buf_set_option(buf, 'filetype', ft)
  vim.api.nvim_set_current_buf(buf)
  truthy(vim.lsp.buf_attach_client(buf, client_id), 'buf_attach_client')
  return buf
end

local function code_of(d)
  if d.code ~= nil then return d.code end
  return d.user_data and d.user_data.lsp and d.user_data.lsp.code
end

local function brief(ds)
  local t = {}
  for _, d in ipairs(ds or {}) do
    table.insert(t, string.format('%s %d:%d-%d:%d', d.code, d.range.start.line, d.range.start.character, d.range['end'].line, d.range['end'].character))
  end
  return table.concat(t, '; ')
end

-- Waits until the raw diagnostics of `buf` satisfy `pred`; returns them.
local function wait_raw(buf, pred, what)
  local uri = vim.uri_from_bufnr(buf)
  local ok = vim.wait(TIMEOUT, function() local r = raw[uri]; return r ~= nil and pred(r.diagnostics) end, 20)
  truthy(ok, 'timeout waiting for ' .. (what or 'diagnostics') .. '; last: ' .. brief(raw[uri] and raw[uri].diagnostics))
  return raw[uri].diagnostics
end

-- `expected`: { code, line (0-based), needle [, occurrence start byte] }; checks raw UTF-16 ranges and Neovim's byte columns.
local function check_diagnostics(buf, expected)
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  local want_raw, want_vim = {}, {}
  for _, e in ipairs(expected) do
    local line = lines[e.line + 1]
    local bs, be = find(line, e.needle, e.from)
    table.insert(want_raw, string.format('%s %d:%d-%d:%d', e.code, e.line, u16(line, bs), e.line, u16(line, be)))
    table.insert(want_vim, string.format('%s %d:%d-%d:%d', e.code, e.line, bs, e.line, be))
  end
  table.sort(want_raw); table.sort(want_vim)
  local fmt_raw = function(ds)
    local t = {}
    for _, d in ipairs(ds) do
      table.insert(t, string.format('%s %d:%d-%d:%d', d.code, d.range.start.line, d.range.start.character, d.range['end'].line, d.range['end'].character))
    end
    table.sort(t)
    return t
  end
  local got_raw = fmt_raw(wait_raw(buf, function(ds) return vim.deep_equal(fmt_raw(ds), want_raw) end, 'diagnostics ' .. table.concat(want_raw, '; ')))
  eq(got_raw, want_raw, 'LSP ranges (UTF-16)')
  for _, d in ipairs(raw[vim.uri_from_bufnr(buf)].diagnostics) do eq(d.source, 'policy-draft', 'source') end
  -- Neovim's own view: vim.diagnostic.get with byte columns (converted with the client's offset_encoding).
  local got_vim
  local ok = vim.wait(TIMEOUT, function()
    got_vim = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      table.insert(got_vim, string.format('%s %d:%d-%d:%d', code_of(d), d.lnum, d.col, d.end_lnum, d.end_col))
    end
    table.sort(got_vim)
    return vim.deep_equal(got_vim, want_vim)
  end, 20)
  eq(got_vim, want_vim, 'vim.diagnostic byte columns')
  truthy(ok)
end

local function request(buf, method, params)
  local res, err = vim.lsp.buf_request_sync(buf, method, params, TIMEOUT)
  truthy(res, method .. ': no response (' .. tostring(err) .. ')')
  local r = res[client_id]
  truthy(r, method .. ': no response from the client')
  truthy(not r.err and not r.error, method .. ': error ' .. vim.inspect(r.err or r.error))
  return r.result
end

local function cursor_params(buf, line0, byte)
  vim.api.nvim_set_current_buf(buf)
  vim.api.nvim_win_set_cursor(0, { line0 + 1, byte })
  return vim.lsp.util.make_position_params(0, 'utf-16')
end

-- ───────── the checks ─────────
local MD = {
  '# 实施方案',                                                                        -- 0
  '😀𠮷第107项“推进数字乡村建设”',                                                     -- 1 unknown-task
  '第12项“聚力攻坚能源项目”',                                                          -- 2 title-mismatch
  '第12项（牵头单位：市发改委、市工业和信息化局、市生态环境局）',                      -- 3 non-canonical-unit
  '第12项（牵头单位：市发展改革委、市工业和信息化局、市生态环境局、冠县工业和信息化局）', -- 4 unknown-unit
  '𠮷第21项“全力推进铁路建设”（牵头单位：市交通运输局、市发展改革委）',               -- 5 cooperating-unit-as-lead
  '第12项（牵头单位：市发展改革委、市工业和信息化局、市生态环境局、市科技局）',        -- 6 wrong-lead-unit
  '第12项（牵头单位：市发展改革委、市工业和信息化局）',                                -- 7 missing-lead-unit
  '文号参照聊政办字[2023]3号执行。',                                                  -- 8 doc-number-format
  '😀落实第12项“加强“两高”行业管控”。',                                              -- 9 clean (hover, definition)
}
local MD_EXPECTED = {
  { code = 'unknown-task', line = 1, needle = '107' },
  { code = 'title-mismatch', line = 2, needle = '聚力攻坚能源项目' },
  { code = 'non-canonical-unit', line = 3, needle = '市发改委' },
  { code = 'unknown-unit', line = 4, needle = '冠县工业和信息化局' },
  { code = 'cooperating-unit-as-lead', line = 5, needle = '市发展改革委' },
  { code = 'wrong-lead-unit', line = 6, needle = '市科技局' },
  { code = 'missing-lead-unit', line = 7, needle = '市发展改革委、市工业和信息化局' },
  { code = 'doc-number-format', line = 8, needle = '[2023]' },
}

local md, txt

check('server starts; offset_encoding is utf-16', function()
  truthy(client_id, 'start_client returned nil')
  local ok = vim.wait(TIMEOUT, function() local c = client(); return c ~= nil and c.initialized end, 20)
  truthy(ok, 'client initialized')
  eq(client().offset_encoding, 'utf-16', 'offset_encoding')
  local caps = client().server_capabilities or client().resolved_capabilities
  truthy(caps, 'capabilities')
end)

check('markdown buffer: all rule ids, UTF-16 ranges and byte columns on CJK/astral lines', function()
  md = open('draft.md', MD, 'markdown')
  check_diagnostics(md, MD_EXPECTED)
end)

check('text buffer with CRLF (fileformat=dos): diagnostics', function()
  txt = open('draft.txt', { '😀第107项', '聊政办字[2023]3号', '第12项“加强“两高”行业管控”' }, 'text', 'dos')
  check_diagnostics(txt, {
    { code = 'unknown-task', line = 0, needle = '107' },
    { code = 'doc-number-format', line = 1, needle = '[2023]' },
  })
end)

check('incremental edits (astral insert, line delete, CJK replace) → updated diagnostics', function()
  local line = vim.api.nvim_buf_get_lines(txt, 0, 1, false)[1]
  local after_emoji = #'😀'
  vim.api.nvim_buf_set_text(txt, 0, after_emoji, 0, after_emoji, { '𠮷' })
  check_diagnostics(txt, {
    { code = 'unknown-task', line = 0, needle = '107' },
    { code = 'doc-number-format', line = 1, needle = '[2023]' },
  })
  eq(raw[vim.uri_from_bufnr(txt)].diagnostics[1].range.start.character, 5, '😀𠮷第 = 5 UTF-16 units')
  vim.api.nvim_buf_set_lines(txt, 1, 2, false, {})
  check_diagnostics(txt, { { code = 'unknown-task', line = 0, needle = '107' } })
  local l2 = vim.api.nvim_buf_get_lines(txt, 1, 2, false)[1]
  local bs, be = find(l2, '加强“两高”行业管控')
  vim.api.nvim_buf_set_text(txt, 1, bs, 1, be, { '聚力攻坚能源项目' })
  check_diagnostics(txt, {
    { code = 'unknown-task', line = 0, needle = '107' },
    { code = 'title-mismatch', line = 1, needle = '聚力攻坚能源项目' },
  })
  truthy(line ~= nil)
end)

check('hover on a citation after 😀 (UTF-16 position and range)', function()
  local line = MD[10]
  local bs = find(line, '第12项')
  local params = cursor_params(md, 9, bs + #'第1')
  eq(params.position, { line = 9, character = u16(line, bs + #'第1') }, 'make_position_params (utf-16)')
  local h = request(md, 'textDocument/hover', params)
  truthy(h and h.contents, 'hover result')
  local value = type(h.contents) == 'table' and (h.contents.value or h.contents[1]) or h.contents
  truthy(value:find('加强“两高”行业管控', 1, true), 'hover text: ' .. tostring(value))
  truthy(value:find('市发展改革委', 1, true), 'hover lists the lead units')
  local _, be = find(line, '管控”')
  eq(h.range, { start = { line = 9, character = u16(line, bs) }, ['end'] = { line = 9, character = u16(line, be) } }, 'hover range')
end)

check('hover on a unit and on a 文号', function()
  local l3 = MD[4]
  local bs = find(l3, '市发改委')
  local h = request(md, 'textDocument/hover', cursor_params(md, 3, bs + 3))
  truthy(h and h.contents.value:find('市发展改革委', 1, true), 'unit hover')
  local l8 = MD[9]
  local ds = find(l8, '聊政办字')
  local h2 = request(md, 'textDocument/hover', cursor_params(md, 8, ds))
  truthy(h2 and h2.contents.value:find('106', 1, true), 'doc number hover: ' .. vim.inspect(h2))
end)

check('definition → the bundled notice, task 12 line', function()
  local line = MD[10]
  local bs = find(line, '第12项')
  local r = request(md, 'textDocument/definition', cursor_params(md, 9, bs + #'第'))
  local loc = r[1] or r
  local uri = loc.uri or loc.targetUri
  truthy(uri:find('/seeds/liaozhengbanzi%-2023%-3%.md$'), 'uri ' .. tostring(uri))
  eq((loc.range or loc.targetSelectionRange).start.line, task12_line, 'line of task 12')
end)

check('completion 第1 after 😀: textEdit range in UTF-16, applied by Neovim', function()
  vim.api.nvim_buf_set_lines(md, -1, -1, false, { '😀第1' })
  local n = vim.api.nvim_buf_line_count(md) - 1
  local line = vim.api.nvim_buf_get_lines(md, n, n + 1, false)[1]
  local r = request(md, 'textDocument/completion', { textDocument = { uri = vim.uri_from_bufnr(md) }, position = { line = n, character = u16(line, #line) } })
  local items = r.items or r
  local item
  for _, it in ipairs(items) do if it.label:find('^第12项') then item = it end end
  truthy(item, 'item 第12项 among ' .. #items)
  eq(item.textEdit.range, { start = { line = n, character = 2 }, ['end'] = { line = n, character = 4 } }, 'textEdit covers 第1')
  vim.lsp.util.apply_text_edits({ item.textEdit }, md, 'utf-16')
  eq(vim.api.nvim_buf_get_lines(md, n, n + 1, false)[1], '😀第12项“加强“两高”行业管控”', 'applied')
  check_diagnostics(md, MD_EXPECTED)
end)

check('completion #两高 → task 12 first; unit list → task 12 leads first', function()
  vim.api.nvim_buf_set_lines(md, -1, -1, false, { '#两高', '第12项（牵头单位：' })
  local n = vim.api.nvim_buf_line_count(md) - 2
  local function sorted(r)
    local items = vim.deepcopy(r.items or r)
    table.sort(items, function(a, b) return (a.sortText or a.label) < (b.sortText or b.label) end)
    return items
  end
  local a = sorted(request(md, 'textDocument/completion', { textDocument = { uri = vim.uri_from_bufnr(md) }, position = { line = n, character = 3 } }))
  truthy(a[1] and a[1].label:find('^第12项'), 'first: ' .. vim.inspect(a[1] and a[1].label))
  local line = vim.api.nvim_buf_get_lines(md, n + 1, n + 2, false)[1]
  local b = sorted(request(md, 'textDocument/completion', { textDocument = { uri = vim.uri_from_bufnr(md) }, position = { line = n + 1, character = u16(line, #line) } }))
  eq({ b[1].label, b[2].label, b[3].label }, { '市发展改革委', '市工业和信息化局', '市生态环境局' }, 'leads first')
  vim.api.nvim_buf_set_lines(md, n, n + 2, false, {})
end)

check('code action: fix 文号 and 市发改委 with apply_workspace_edit → diagnostics gone', function()
  local uri = vim.uri_from_bufnr(md)
  for _, code in ipairs({ 'doc-number-format', 'non-canonical-unit' }) do
    local d
    for _, x in ipairs(raw[uri].diagnostics) do if x.code == code then d = x end end
    truthy(d, code .. ' present')
    local actions = request(md, 'textDocument/codeAction', { textDocument = { uri = uri }, range = d.range, context = { diagnostics = { d } } })
    local act
    for _, a in ipairs(actions) do if a.isPreferred then act = a end end
    truthy(act and act.edit, 'preferred action for ' .. code .. ': ' .. vim.inspect(actions))
    vim.lsp.util.apply_workspace_edit(act.edit, 'utf-16')
  end
  eq(vim.api.nvim_buf_get_lines(md, 8, 9, false)[1], '文号参照聊政办字〔2023〕3号执行。')
  eq(vim.api.nvim_buf_get_lines(md, 3, 4, false)[1], '第12项（牵头单位：市发展改革委、市工业和信息化局、市生态环境局）')
  local rest = {}
  for _, e in ipairs(MD_EXPECTED) do if e.code ~= 'doc-number-format' and e.code ~= 'non-canonical-unit' then table.insert(rest, e) end end
  check_diagnostics(md, rest)
end)

check('requests on a position past the end / unknown document do not break the server', function()
  local r = request(md, 'textDocument/hover', { textDocument = { uri = vim.uri_from_bufnr(md) }, position = { line = 9999, character = 9999 } })
  truthy(r == nil or type(r) == 'table')
  local r2 = request(md, 'textDocument/hover', { textDocument = { uri = 'file:///nowhere.md' }, position = { line = 0, character = 0 } })
  eq(r2, nil, 'unknown document → null')
  truthy(not exited, 'server still running')
  local h = request(md, 'textDocument/hover', cursor_params(md, 9, find(MD[10], '第12项')))
  truthy(h and h.contents, 'still answers')
end)

-- ───────── finish ─────────
pcall(vim.lsp.stop_client, client_id)
vim.wait(5000, function() return exited ~= nil end, 20)
out(string.format('%d passed, %d failed', passed, failed))
if failed == 0 then vim.cmd('qa!') else vim.cmd('cquit 1') end
