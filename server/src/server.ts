// The pitchlint language server's entry point: `node dist/server.js --stdio` (any
// editor) or `--node-ipc` (the VS Code extension).

import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {startServer} from './start'

startServer(createConnection(ProposedFeatures.all))
