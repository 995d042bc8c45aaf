// Real VS Code workbench driven through chromium: Explorer, typing, Ctrl+Space, hover, Problems panel; screenshots.
export default { name: 'vscode-ui', cmd: ['node', 'test/ui/run.mjs'], order: 20 };
