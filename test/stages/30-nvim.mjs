// Neovim as a third-party LSP client (headless, vim.lsp.start_client) against dist/server.js.
export default { name: 'neovim', cmd: ['node', 'test/nvim/run.mjs'], order: 30 };
