// SARIF checks with the real validators: Microsoft's SARIF Multitool (`validate`, the
// .NET tool from npm, run offline) and ajv against the SARIF 2.1.0 JSON schema that the
// Multitool package ships. The Multitool reports structural and best-practice problems
// (required properties, rule names, URIs); ajv catches what it lets through (enum
// values, minimums, unknown properties).

import {chmodSync, readFileSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {spawnSync} from 'node:child_process'
import Ajv2020 from 'ajv/dist/2020'
import {workspace} from './cli'

const require = createRequire(import.meta.url)
const PLATFORM_PACKAGE = `@microsoft/sarif-multitool-${process.platform}`

function multitoolBinary(): string {
  const dir = join(require.resolve(`${PLATFORM_PACKAGE}/package.json`), '..')
  const binary = join(dir, process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool')
  // npm may skip the package's `chmod u+x` postinstall script.
  if (process.platform !== 'win32' && (statSync(binary).mode & 0o100) === 0) chmodSync(binary, 0o755)
  return binary
}

let schemaValidator: ReturnType<Ajv2020['compile']> | undefined

/** Problems the JSON schema finds, as `path message` strings. */
export function schemaProblems(log: unknown): string[] {
  if (!schemaValidator) {
    const schema = JSON.parse(readFileSync(require.resolve(`${PLATFORM_PACKAGE}/sarif-2.1.0.json`), 'utf8'))
    schemaValidator = new Ajv2020({strict: false, allErrors: true, validateFormats: false}).compile(schema)
  }
  return schemaValidator(log) ? [] : (schemaValidator.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)
}

/** What `Sarif.Multitool validate` reports about a log (errors, warnings and notes), as `ruleId: arguments`. */
export function multitoolProblems(logText: string): string[] {
  const dir = workspace({'pitchlint.sarif': logText})
  const output = join(dir, 'validation.sarif')
  const run = spawnSync(multitoolBinary(), ['validate', join(dir, 'pitchlint.sarif'), '--output', output, '--log', 'ForceOverwrite'], {
    encoding: 'utf8',
    env: {...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1'},
    timeout: 120000,
  })
  if (run.error) throw run.error
  if (run.status !== 0) throw new Error(`Sarif.Multitool failed (${run.status}): ${run.stdout}${run.stderr}`)
  const validation = JSON.parse(readFileSync(output, 'utf8')) as {runs: Array<{results?: Array<{ruleId: string; message: {arguments?: string[]; text?: string}}>}>}
  return (validation.runs[0].results ?? []).map((r) => `${r.ruleId}: ${(r.message.arguments ?? [r.message.text]).join(' | ')}`)
}

/**
 * Proves the validators are alive: each must catch a broken log. (The Multitool misses
 * an invalid `level` value, which is why ajv runs too.)
 */
export function brokenLogProblems(): {multitool: string[]; schema: string[]} {
  const withoutMessage = {version: '2.1.0', runs: [{tool: {driver: {name: 'x'}}, results: [{ruleId: 'a'}]}]}
  const badLevel = {version: '2.1.0', runs: [{tool: {driver: {name: 'x'}}, results: [{ruleId: 'a', level: 'loud', message: {text: 'm'}}]}]}
  return {multitool: multitoolProblems(JSON.stringify(withoutMessage)), schema: schemaProblems(badLevel)}
}
