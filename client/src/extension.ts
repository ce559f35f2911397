// The VS Code extension: starts the pitchlint language server (over node IPC) for
// Markdown and MDX documents, and adds the commands and the status bar item. Linting,
// fixes, hovers and lenses all come from the server.

import * as vscode from 'vscode'
import {ExecuteCommandRequest, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions} from 'vscode-languageclient/node'
import {SERVER_EXEC_ARGV, ServerCommands, SETTINGS_SECTION, type LintWorkspaceResult} from '../../server/src/protocol'
import {FindingCountStatus} from './status'

let client: LanguageClient | undefined

/** What the extension's own tests can inspect. */
export interface PitchlintApi {
  statusText(): string | undefined
}

export async function activate(context: vscode.ExtensionContext): Promise<PitchlintApi> {
  const module = context.asAbsolutePath('dist/server.js')
  const serverOptions: ServerOptions = {
    run: {module, transport: TransportKind.ipc, options: {execArgv: [...SERVER_EXEC_ARGV]}},
    debug: {module, transport: TransportKind.ipc, options: {execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6011']}},
  }
  const languages = ['markdown', 'mdx']
  const clientOptions: LanguageClientOptions = {
    // The proof-point registry too: the server gives it code lenses (citations per entry) and its problems.
    documentSelector: [...languages.flatMap((language) => [{language, scheme: 'file'}, {language, scheme: 'untitled'}]), {scheme: 'file', pattern: '**/proof-points.{yaml,yml}'}],
    synchronize: {configurationSection: SETTINGS_SECTION},
  }
  client = new LanguageClient('pitchlint', 'pitchlint', serverOptions, clientOptions)
  const status = new FindingCountStatus()
  context.subscriptions.push(
    status,
    vscode.commands.registerCommand('pitchlint.lintWorkspace', lintWorkspace),
    vscode.commands.registerCommand('pitchlint.fixAll', fixAll),
    vscode.commands.registerCommand('pitchlint.showOutput', () => client?.outputChannel.show(true)),
    vscode.commands.registerCommand('pitchlint.restart', () => client?.restart()),
  )
  await client.start()
  return {statusText: () => status.text}
}

export async function deactivate(): Promise<void> {
  await client?.stop()
}

async function lintWorkspace(): Promise<LintWorkspaceResult | undefined> {
  if (!client) return undefined
  const result = (await client.sendRequest(ExecuteCommandRequest.type, {command: ServerCommands.lintWorkspace, arguments: []})) as LintWorkspaceResult
  void vscode.window.showInformationMessage(`pitchlint: ${result.findings} finding${result.findings === 1 ? '' : 's'} in ${result.files} file${result.files === 1 ? '' : 's'}.`)
  return result
}

async function fixAll(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document
  if (!client || !document) return
  await client.sendRequest(ExecuteCommandRequest.type, {
    command: ServerCommands.applyAllFixes,
    arguments: [{uri: document.uri.toString(), version: document.version}],
  })
}
