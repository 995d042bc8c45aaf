// Real VS Code (code-server's VS Code 1.139.1): the mocha suite in the extension host, in English and in zh-cn.
export default { name: 'vscode-integration', cmd: ['node', 'test/integration/run.mjs'], order: 10 };
