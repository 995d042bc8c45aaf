// npm run package → dist/policy-draft.vsix, checked, installed with code-server --install-extension, and exercised.
export default { name: 'vscode-package', cmd: ['node', 'test/integration/package.mjs'], order: 40 };
