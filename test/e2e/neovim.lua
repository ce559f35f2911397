-- Runs the README's Neovim snippet, as a user's init.lua would, in a headless Neovim:
-- $PITCHLINT_SNIPPET is the snippet's Lua, taken from README.md by neovim.test.ts (with
-- the real server path). Opens two Markdown files and writes to $PITCHLINT_OUT, as JSON,
-- the diagnostics Neovim stored for the first one and which pitchlint clients serve each
-- buffer: the snippet must start one server for all Markdown buffers, not one per buffer.
-- Then it writes $PITCHLINT_CONFIG_TEXT to $PITCHLINT_CONFIG, as another program would
-- (Neovim 0.7 cannot watch files for the server), and waits for the server to republish
-- the first file's diagnostics under it: none, as the config turns the rule off.
local snippet, first, second, out = os.getenv('PITCHLINT_SNIPPET'), os.getenv('PITCHLINT_FILE'), os.getenv('PITCHLINT_SECOND_FILE'), os.getenv('PITCHLINT_OUT')
local configFile, configText = os.getenv('PITCHLINT_CONFIG'), os.getenv('PITCHLINT_CONFIG_TEXT')

local function finish(payload)
  local handle = io.open(out, 'w')
  handle:write(vim.fn.json_encode(payload))
  handle:close()
  vim.cmd('qall!')
end

local function clientIds(bufnr)
  local ids = {}
  -- 0.10 renamed buf_get_clients; this file runs on Debian's 0.7.
  for id, _ in pairs(vim.lsp.buf_get_clients(bufnr)) do table.insert(ids, id) end
  table.sort(ids)
  return ids
end

vim.cmd('filetype on')

-- Watch what the server publishes, keeping Neovim's own handling of it.
local published = {}
-- The first file's diagnostics, buffers and clients, once both files have diagnostics.
local opened
local store = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  store(err, result, ctx, config)
  local file = vim.uri_to_fname(result.uri)
  published[file] = #result.diagnostics
  if opened then
    -- What the new config leaves (another republish, with the old config, would still have one).
    if file == first and #result.diagnostics == 0 then
      opened.after_config = 0
      vim.schedule(function() finish(opened) end)
    end
    return
  end
  if not (published[first] and published[first] > 0 and published[second] ~= nil) then return end
  local bufnr = vim.fn.bufnr(first)
  local received = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(received, { lnum = d.lnum, col = d.col, end_col = d.end_col, source = d.source, message = d.message,
      code = d.user_data and d.user_data.lsp and d.user_data.lsp.code or vim.NIL })
  end
  opened = {
    version = vim.fn.has('nvim-0.11') == 1 and '0.11+' or 'older',
    filetype = vim.bo[bufnr].filetype,
    diagnostics = received,
    clients = { clientIds(bufnr), clientIds(vim.fn.bufnr(second)) },
  }
  local handle = io.open(configFile, 'w')
  handle:write(configText)
  handle:close()
end

local ok, problem = pcall(dofile, snippet)
if not ok then finish({ error = 'the README snippet failed: ' .. tostring(problem) }) end
vim.cmd('edit ' .. vim.fn.fnameescape(first))
vim.cmd('split ' .. vim.fn.fnameescape(second))
vim.defer_fn(function()
  if opened then opened.error = 'the server did not lint again within 20 s of the config being written' end
  finish(opened or { error = 'no diagnostics for both files within 20 s', published = published })
end, 20000)
