// The extension inside a real VS Code (code-server 4.100.3 = VS Code 1.100.3), driven
// by test/e2e/vscode.test.ts. The workspace is a copy of examples/ plus team/ (a team
// profile file named by a config, written there before VS Code starts).

import assert from 'node:assert/strict'
import * as vscode from 'vscode'
import type {PitchlintApi} from '../src/extension'

const folder = (): vscode.Uri => vscode.workspace.workspaceFolders![0].uri

async function waitFor<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, timeout = 30000): Promise<T> {
  const deadline = Date.now() + timeout
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((done) => setTimeout(done, 100))
  }
}

function pitchlintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'pitchlint')
}

function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code
}

describe('pitchlint in VS Code', () => {
  let api: PitchlintApi
  let document: vscode.TextDocument

  before(async () => {
    const extension = vscode.extensions.getExtension<PitchlintApi>('pitchlint.pitchlint')
    assert.ok(extension, 'the extension is installed')
    document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'battlecard.md'))
    await vscode.window.showTextDocument(document)
    api = await extension.activate()
  })

  it('shows diagnostics with rule ids and doc links on an example battlecard', async () => {
    const diagnostics = await waitFor('pitchlint diagnostics', () => pitchlintDiagnostics(document.uri).length >= 3 && pitchlintDiagnostics(document.uri))
    const grade = diagnostics.find((d) => document.getText(d.range) === 'enterprise-grade')
    assert.ok(grade, diagnostics.map((d) => document.getText(d.range)).join(', '))
    assert.equal(codeOf(grade), 'vague-claim')
    assert.equal(typeof grade.code === 'object' && grade.code.target.toString(), 'https://github.com/pitchlint/pitchlint/blob/main/docs/rules/vague-claim.md')
    assert.equal(grade.severity, vscode.DiagnosticSeverity.Warning)
  })

  it('counts the findings in the status bar', async () => {
    const count = pitchlintDiagnostics(document.uri).length
    await waitFor('the status bar', () => api.statusText() === `$(megaphone) pitchlint: ${count}`)
  })

  it('explains a finding on hover', async () => {
    const grade = pitchlintDiagnostics(document.uri).find((d) => document.getText(d.range) === 'enterprise-grade')!
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, grade.range.start.translate(0, 2))
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n')
    assert.match(text, /Why it weakens the copy/)
    assert.match(text, /✗ \*\*Weak\*\*\n\n(?:> |```markdown\n)[\s\S]*✓ \*\*Strong\*\*\n\n(?:> |```markdown\n)/)
  })

  it('shows messaging coverage lenses', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri)
    const titles = lenses.map((lens) => lens.command?.title ?? '')
    const element = (tag: string) => `${tag} (?:✓|✗ missing|✗ \\(.+\\))`
    const documentLens = new RegExp(`^Messaging coverage: ${element('pain')} · ${element('outcome')} · ${element('proof')}`)
    assert.ok(titles.some((title) => documentLens.test(title)), titles.join(' | '))
    assert.ok(titles.length >= 3, titles.join(' | '))
  })

  it('applies a quick fix, and the finding goes away', async () => {
    const grade = pitchlintDiagnostics(document.uri).find((d) => document.getText(d.range) === 'enterprise-grade')!
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, grade.range, vscode.CodeActionKind.QuickFix.value)
    const titles = actions.map((a) => a.title)
    assert.ok(titles.includes('Disable vague-claim for this line'), titles.join(' | '))
    assert.ok(titles.includes('Learn more about vague-claim'), titles.join(' | '))
    // The first quick fix is the rewrite, and it fits the adjective's slot before "AI engine".
    const replace = actions[0]
    assert.ok(replace.title.startsWith('Replace “enterprise-grade” with'), titles.join(' | '))
    assert.ok(replace.edit, titles.join(' | '))
    const line = grade.range.start.line
    assert.ok(await vscode.workspace.applyEdit(replace.edit))
    assert.equal(document.lineAt(line).text, '- Our robust, SSO-ready, ‹certification›-certified AI engine revolutionizes reconciliation.')
    await waitFor('the finding to go', () => !pitchlintDiagnostics(document.uri).some((d) => d.message.includes('“enterprise-grade”')))
    // The placeholder the rewrite left is an error in the Problems panel until it is filled in.
    const placeholder = await waitFor('the unfilled placeholder', () => pitchlintDiagnostics(document.uri).find((d) => codeOf(d) === 'unfilled-placeholder'))
    assert.equal(placeholder.severity, vscode.DiagnosticSeverity.Error)
    assert.equal(placeholder.range.start.line, line)
    assert.equal(document.getText(placeholder.range), '‹certification›')
  })

  it('disables a rule for one line with a reason placeholder', async () => {
    const versus = pitchlintDiagnostics(document.uri).find((d) => codeOf(d) === 'unproven-claim' && document.getText(d.range).startsWith('10x'))!
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, versus.range, vscode.CodeActionKind.QuickFix.value)
    const disable = actions.find((a) => a.title === 'Disable unproven-claim for this line')!
    assert.ok(await vscode.workspace.applyEdit(disable.edit!))
    assert.match(document.getText(), /\n {2}<!-- pitchlint-disable-next-line unproven-claim -- ‹reason› -->\n- Tallyworks is 10x faster/)
    await waitFor('the finding to go', () => !pitchlintDiagnostics(document.uri).some((d) => d.message.includes('“10x faster than”')))
  })

  it('registers its commands, and lints the whole workspace', async () => {
    const commands = await vscode.commands.getCommands(true)
    for (const id of ['pitchlint.lintWorkspace', 'pitchlint.fixAll', 'pitchlint.showOutput', 'pitchlint.restart']) assert.ok(commands.includes(id), id)
    const email = vscode.Uri.joinPath(folder(), 'outbound-email.md')
    assert.equal(pitchlintDiagnostics(email).length, 0)
    const result = await vscode.commands.executeCommand<{files: number; findings: number}>('pitchlint.lintWorkspace')
    assert.ok(result.files >= 3, JSON.stringify(result))
    await waitFor('diagnostics on a file that is not open', () => pitchlintDiagnostics(email).length > 0)
  })

  it('lints again when a team profile file that the config names is saved', async () => {
    // team/ holds a config naming team/one-pager.yml, that profile, and a page checked against it (see vscode.test.ts).
    const team = vscode.Uri.joinPath(folder(), 'team')
    const profileFile = vscode.Uri.joinPath(team, 'one-pager.yml')
    const page = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(team, 'leave-behind.md'))
    await vscode.window.showTextDocument(page)
    const missingPricing = () => pitchlintDiagnostics(page.uri).some((d) => codeOf(d) === 'missing-element')
    await waitFor('the one-pager to miss its pricing (“Plans” is not one of its headings)', missingPricing)
    // The profile file alone changes: the client watches it for the server.
    const profile = new TextDecoder().decode(await vscode.workspace.fs.readFile(profileFile))
    assert.ok(profile.includes('headings: [pricing, price]'))
    await vscode.workspace.fs.writeFile(profileFile, new TextEncoder().encode(profile.replace('headings: [pricing, price]', 'headings: [pricing, price, plans]')))
    await waitFor('the finding to go once “Plans” names the pricing part', () => !missingPricing())
  })

  it('restarts the server and keeps linting', async () => {
    await vscode.commands.executeCommand('pitchlint.restart')
    const editor = await vscode.window.showTextDocument(document)
    const end = document.lineAt(document.lineCount - 1).range.end
    assert.ok(await editor.edit((edit) => edit.insert(end, '\nOur seamless onboarding saves your team a week.\n')))
    await waitFor('a diagnostic on the new line', () => pitchlintDiagnostics(document.uri).some((d) => d.range.start.line === document.lineCount - 2 && document.getText(d.range) === 'seamless'))
  })
})
