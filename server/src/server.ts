// The pitchlint language server's entry point: `node dist/server.js --stdio` (any
// editor) or `--node-ipc` (the VS Code extension).

import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {runLintWorkerIfWorker} from './lint-worker'
import {startServer} from './start'

// The same bundle runs the lint worker thread.
if (!runLintWorkerIfWorker()) startServer(createConnection(ProposedFeatures.all), {workerScript: __filename})
