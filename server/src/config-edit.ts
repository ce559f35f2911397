// Adds a term to a config file's `allow` list, keeping the file's formatting and
// comments: jsonc-parser edits JSON in place, the yaml Document API keeps YAML
// comments. A missing file becomes a new `.pitchlintrc.json`.

import {applyEdits, modify, parse, type ParseError} from 'jsonc-parser/lib/esm/main.js' // the ESM build: the UMD one requires files at run time, which a bundle cannot
import {basename} from 'node:path'
import {isSeq, parseDocument, stringify} from 'yaml'
import {normalizeTerm} from '../../rules/src/index'

export function addAllowedTerm(file: string, text: string | undefined, term: string): string {
  if (text === undefined) return `${JSON.stringify({allow: [term]}, null, 2)}\n`
  if (/\.ya?ml$/i.test(file)) return addToYaml(text, term)
  return addToJson(text, basename(file) === 'package.json' ? ['pitchlint', 'allow'] : ['allow'], term)
}

/** Does the config already allow this term? */
export function allowsTerm(file: string, text: string, term: string): boolean {
  const data = /\.ya?ml$/i.test(file) ? parseDocument(text).toJS() : parse(text)
  const config = basename(file) === 'package.json' ? data?.pitchlint : data
  const allow: unknown = config?.allow
  return Array.isArray(allow) && allow.some((entry) => typeof entry === 'string' && normalizeTerm(entry) === normalizeTerm(term))
}

function addToJson(text: string, path: string[], term: string): string {
  const errors: ParseError[] = []
  parse(text, errors)
  if (errors.length > 0) throw new Error('the config file is not valid JSON')
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  '
  const formattingOptions = {insertSpaces: !indent.includes('\t'), tabSize: indent.includes('\t') ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n'}
  const edits = modify(text, [...path, -1], term, {isArrayInsertion: true, formattingOptions})
  return applyEdits(text, edits)
}

function addToYaml(text: string, term: string): string {
  if (text.trim() === '') return stringify({allow: [term]})
  const document = parseDocument(text)
  if (document.errors.length > 0) throw new Error('the config file is not valid YAML')
  const allow = document.get('allow', true)
  if (isSeq(allow)) allow.add(document.createNode(term))
  else document.set('allow', document.createNode([term]))
  return document.toString({flowCollectionPadding: false})
}
