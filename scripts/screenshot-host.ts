// Runs inside VS Code's extension host (as an "extension tests" module) for
// scripts/screenshot.ts: opens the example battlecard, waits for pitchlint's
// diagnostics, shows the hover on a finding, then says so and waits for the picture.

import * as vscode from 'vscode'

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders![0].uri
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'battlecard.md'))
  const editor = await vscode.window.showTextDocument(document)
  await vscode.extensions.getExtension('pitchlint.pitchlint')!.activate()
  let target: vscode.Diagnostic | undefined
  for (let i = 0; i < 300 && !target; i++) {
    target = vscode.languages.getDiagnostics(document.uri).find((d) => d.source === 'pitchlint' && document.getText(d.range) === 'enterprise-grade')
    await new Promise((done) => setTimeout(done, 100))
  }
  if (!target) throw new Error('no pitchlint diagnostics')
  await vscode.workspace.getConfiguration('editor').update('stickyScroll.enabled', false, vscode.ConfigurationTarget.Global)
  await vscode.workspace.getConfiguration('workbench').update('startupEditor', 'none', vscode.ConfigurationTarget.Global)
  await vscode.commands.executeCommand('workbench.action.closeSidebar')
  editor.selection = new vscode.Selection(target.range.start.translate(0, 3), target.range.start.translate(0, 3))
  await new Promise((done) => setTimeout(done, 1000))
  // Up past line 1, so the document's coverage lens above it shows.
  await vscode.commands.executeCommand('editorScroll', {to: 'up', by: 'page', value: 2})
  await new Promise((done) => setTimeout(done, 1500))
  await vscode.commands.executeCommand('editor.action.showHover')
  await new Promise((done) => setTimeout(done, 1500))
  console.log('SCREENSHOT-READY')
  await new Promise((done) => setTimeout(done, 4000))
}
