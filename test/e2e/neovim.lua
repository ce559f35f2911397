-- Neovim 0.7 attaches the pitchlint language server to a Markdown buffer and writes the
-- diagnostics it received (as Neovim stores them) to $PITCHLINT_OUT as JSON.
-- 0.7 has no vim.lsp.start: vim.lsp.start_client + buf_attach_client is its way.
local server, file, out = os.getenv('PITCHLINT_SERVER'), os.getenv('PITCHLINT_FILE'), os.getenv('PITCHLINT_OUT')

local function finish(payload)
  local handle = io.open(out, 'w')
  handle:write(vim.fn.json_encode(payload))
  handle:close()
  vim.cmd('qall!')
end

vim.cmd('filetype on')
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()

local client_id = vim.lsp.start_client({
  name = 'pitchlint',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      if #result.diagnostics == 0 then return end
      vim.schedule(function()
        local received = {}
        for _, d in ipairs(vim.diagnostic.get(bufnr)) do
          table.insert(received, { lnum = d.lnum, col = d.col, end_col = d.end_col, source = d.source, message = d.message,
            code = d.user_data and d.user_data.lsp and d.user_data.lsp.code or vim.NIL })
        end
        finish({ filetype = vim.bo[bufnr].filetype, diagnostics = received })
      end)
    end,
  },
})
if not client_id then finish({ error = 'start_client failed' }) end
vim.lsp.buf_attach_client(bufnr, client_id)
vim.defer_fn(function() finish({ error = 'no diagnostics within 20 s' }) end, 20000)
