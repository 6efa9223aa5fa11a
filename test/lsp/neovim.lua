-- Neovim (0.7+) as a real LSP client of copydesk-ls, headless:
--   nvim --headless -u NONE -c 'luafile test/lsp/neovim.lua'
-- Reads COPYDESK_SERVER (the bundled server), COPYDESK_DRAFT (a Markdown
-- file) and COPYDESK_OUT (where to write the result as JSON). Uses
-- vim.lsp.start_client + buf_attach_client, which 0.7 has (vim.lsp.start is 0.8+).
local server = assert(os.getenv('COPYDESK_SERVER'), 'COPYDESK_SERVER is not set')
local draft = assert(os.getenv('COPYDESK_DRAFT'), 'COPYDESK_DRAFT is not set')
local out = assert(os.getenv('COPYDESK_OUT'), 'COPYDESK_OUT is not set')

local function finish(result)
  local file = assert(io.open(out, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
end

vim.cmd('filetype on')
vim.cmd('edit ' .. vim.fn.fnameescape(draft))
local buf = vim.api.nvim_get_current_buf()

local client_id = vim.lsp.start_client({
  name = 'copydesk',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(draft, ':p:h'),
  settings = { copydesk = { lint = { debounceMs = 0 } } },
})
if not client_id then
  finish({ error = 'vim.lsp.start_client returned nil' })
  vim.cmd('cq')
end
vim.lsp.buf_attach_client(buf, client_id)

local arrived = vim.wait(20000, function()
  return #vim.diagnostic.get(buf) > 0
end, 50)

local diagnostics = {}
for _, diagnostic in ipairs(vim.diagnostic.get(buf)) do
  table.insert(diagnostics, {
    lnum = diagnostic.lnum,
    col = diagnostic.col,
    severity = diagnostic.severity,
    source = diagnostic.source,
    code = diagnostic.code or (diagnostic.user_data and diagnostic.user_data.lsp and diagnostic.user_data.lsp.code),
    message = diagnostic.message,
  })
end
finish({ arrived = arrived, filetype = vim.bo[buf].filetype, diagnostics = diagnostics })

vim.lsp.stop_client(client_id)
vim.wait(2000, function()
  return vim.lsp.get_client_by_id(client_id) == nil
end, 50)
vim.cmd('qa!')
