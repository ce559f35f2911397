// The status bar item: how many pitchlint findings the active Markdown document has.
// Clicking it opens the Problems panel.

import * as vscode from 'vscode'
import {SOURCE} from '../../server/src/protocol'

const LANGUAGES = new Set(['markdown', 'mdx'])

export class FindingCountStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('pitchlint.findings', vscode.StatusBarAlignment.Right, 100)
  private readonly subscriptions: vscode.Disposable[]

  constructor() {
    this.item.name = 'pitchlint findings'
    this.item.command = 'workbench.actions.view.problems'
    this.subscriptions = [
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    ]
    this.update()
  }

  /** The text shown, or undefined while hidden (for tests). */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined
  }

  private visible = false

  update(): void {
    const document = vscode.window.activeTextEditor?.document
    if (!document || !LANGUAGES.has(document.languageId)) {
      this.visible = false
      this.item.hide()
      return
    }
    const count = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === SOURCE).length
    this.item.text = count === 0 ? '$(check) pitchlint' : `$(megaphone) pitchlint: ${count}`
    this.item.tooltip = count === 0 ? 'pitchlint: no findings in this document' : `pitchlint: ${count} finding${count === 1 ? '' : 's'} in this document`
    this.visible = true
    this.item.show()
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose()
    this.item.dispose()
  }
}
