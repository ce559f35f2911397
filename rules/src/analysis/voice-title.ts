// Our name and the competitors' from a document's title: a comparison page says who is
// who in its first line ("Acme vs Globex", "Globex alternatives", "Migrating from
// Globex"), so its sentences can be read in the right voice without any config.

import {escapeRegExp} from '../matches'
import {alternation, GENERIC_TITLE_SIDES, OURS_NAME_BEFORE, phrasesOf, RIVAL_NAME_AFTER, RIVAL_NAME_BEFORE, TITLE_QUALIFIERS} from './voice-words'

const VS = /\s+(?:vs\.?|versus|v\.)\s+|\s+compared\s+(?:to|with)\s+/i
const SWITCH = /\b(?:(?:switch(?:ing|ed|es)?|migrat(?:e|es|ing|ed|ion)|mov(?:e|es|ing|ed)|upgrad(?:e|es|ing|ed))\s+(?:from|off(?:\s+of)?)|leav(?:e|es|ing))\s+(.+?)(?:\s+(?:to|for)\s+(\p{Lu}.*))?$/iu
const ALTERNATIVE_TO = /\b(?:alternatives?|replacements?|competitors?)\s+to\s+(.+)$/i
const ALTERNATIVE = /^(.*?)\s*\b(?:alternatives?|replacements?)\b/i
/** Where the name on the right of "vs" ends: a subtitle, a year, "for startups". */
const RIGHT_END = /\s*(?:[:|?!()[\]—–,;]|\s-\s|\s(?:for|in|on|at|with|which|what|who|why|how|when|to|from|by|and|or|pricing|comparison|compared|review|reviews|features|head-to-head|\d{4})\b)/i
/** Where the name on the left of "vs" starts: after a title prefix ("Battlecard: "). */
const LEFT_START = /^.*(?:[:|—–,;]|\s-\s)\s*/
const LEFT_PREFIX = /^(?:(?:compare|comparing|comparison|review|head-to-head|choosing|choose|deciding|why|the)\s+)+/i
const GENERIC_SIDE = new RegExp(String.raw`^${alternation(phrasesOf(GENERIC_TITLE_SIDES))}$`, 'i')
const QUALIFIER = new RegExp(String.raw`^(?:${alternation(phrasesOf(TITLE_QUALIFIERS))}|\d+)$`, 'i')

/**
 * Our name and the competitors' from a title: "Acme vs Globex", "Globex alternatives",
 * "Why teams switch from Globex to Acme", "Migrating from Globex". Ways of working
 * ("Build vs. buy") are not names. Vendors title their comparison pages both ways round
 * ("Acme vs Globex" and "Globex vs Acme"), so for "X vs Y" the `body` decides which side
 * is ours: the side the page asks the buyer to try or switch to, rather than the one it
 * calls the alternative or the one to leave. Without a body, or when it does not tell,
 * the left side is ours.
 */
export function competitorsFromTitle(title: string, body?: string): {ours?: string; competitors: string[]} {
  const text = plainTitle(title)
  const result = (ours: string | undefined, competitors: Array<string | undefined>) => {
    const unique = [...new Set(competitors.filter((name): name is string => name !== undefined && name.toLowerCase() !== ours?.toLowerCase()))]
    return ours ? {ours, competitors: unique} : {competitors: unique}
  }
  const switched = SWITCH.exec(text)
  if (switched) {
    const from = rightName(switched[1]!)
    if (from) return result(switched[2] ? rightName(switched[2]) : undefined, [from])
  }
  const sides = text.split(VS)
  if (sides.length > 1) {
    const left = leftName(sides[0]!)
    // Only the last side carries the subtitle: "Acme vs Globex vs Initech: pricing".
    const competitors = sides.slice(1).map((side, index) => (index === sides.length - 2 ? rightName(side) : asName(side)))
    const ours = body === undefined || !left ? left : sideTheBodySells(body, left, competitors)
    if (ours !== left) return result(ours, [left, ...competitors])
    if (left || competitors.some(Boolean)) return result(left, competitors)
  }
  const alternativeTo = ALTERNATIVE_TO.exec(text)
  if (alternativeTo) {
    const rival = rightName(alternativeTo[1]!)
    if (rival) return result(leftOfColon(text.slice(0, alternativeTo.index)), [rival])
  }
  const alternative = ALTERNATIVE.exec(text)
  if (alternative) {
    const rival = nameBefore(alternative[1]!)
    if (rival) return result(leftOfColon(alternative[1]!), [rival])
  }
  return {competitors: []}
}

const OURS_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])${alternation(phrasesOf(OURS_NAME_BEFORE))}\s+$`, 'iu')
const RIVAL_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])${alternation(phrasesOf(RIVAL_NAME_BEFORE))}\s+$`, 'iu')
const RIVAL_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+${alternation(phrasesOf(RIVAL_NAME_AFTER))}(?![\p{L}\p{N}])`, 'iu')
/** Characters either side of a name that the phrases above can take up. */
const CONTEXT_CHARS = 40

/** The side the body leans to as ours, if it leans to one more than to the left side; else the left side. */
function sideTheBodySells(body: string, left: string, others: ReadonlyArray<string | undefined>): string {
  let best = left
  let bestLeaning = oursLeaning(body, left)
  for (const side of others) {
    if (side === undefined) continue
    const leaning = oursLeaning(body, side)
    if (leaning > bestLeaning) [best, bestLeaning] = [side, leaning]
  }
  return best
}

/**
 * How much the body treats `name` as the writer's offering: the times it asks the buyer
 * to take it up ("try Acme", "switch to Acme") less the times it casts it as the rival
 * ("alternative to Acme", "the Acme alternative", "switch from Acme"). Each mention of
 * the name is found by one case-insensitive scan for the name alone, and only the few
 * characters around it are matched against the phrases, so a long document costs one
 * scan per name.
 */
function oursLeaning(body: string, name: string): number {
  const mention = new RegExp(escapeRegExp(name), 'gi')
  let leaning = 0
  for (let match = mention.exec(body); match; match = mention.exec(body)) {
    const at = match.index
    const end = at + match[0].length
    if (/[\p{L}\p{N}]/u.test(body[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(body[end] ?? '')) continue
    const before = body.slice(Math.max(0, at - CONTEXT_CHARS), at)
    if (OURS_BEFORE.test(before)) leaning++
    if (RIVAL_BEFORE.test(before)) leaning--
    if (RIVAL_AFTER.test(body.slice(end, end + CONTEXT_CHARS))) leaning--
  }
  return leaning
}

/** Title text without Markdown emphasis, links, code marks and surrounding quotes. */
function plainTitle(title: string): string {
  return title
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]+/g, '')
    .replace(/^\s*["'“‘]|["'”’]\s*$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A side of a comparison, when it reads as a product name. */
function asName(side: string | undefined): string | undefined {
  if (!side) return undefined
  const trimmed = side.replace(/[^\p{L}\p{N})+]+$/u, '').trim()
  const name = trimmed.replace(/^(?:the|a|an)\s+/i, '')
  if (!/\p{L}/u.test(name) || name.length > 40 || name.split(' ').length > 4 || GENERIC_SIDE.test(name) || GENERIC_SIDE.test(trimmed)) return undefined
  return name
}

function rightName(side: string): string | undefined {
  const end = RIGHT_END.exec(side)
  return asName(end ? side.slice(0, end.index) : side)
}

function leftName(side: string): string | undefined {
  return asName(side.replace(LEFT_START, '').replace(LEFT_PREFIX, ''))
}

/** The capitalized words right before "alternative": "The best Globex alternative" → "Globex". */
function nameBefore(words: string): string | undefined {
  const list = words.replace(LEFT_START, '').split(' ').filter(Boolean)
  let start = list.length
  while (start > 0 && list.length - start < 3 && !QUALIFIER.test(list[start - 1]!)) start--
  const name = list.slice(start).join(' ')
  return /^[\p{Lu}\p{N}]/u.test(name) ? asName(name) : undefined
}

/** "Acme: the Globex alternative", "Acme, the open-source Globex alternative" → "Acme". */
function leftOfColon(text: string): string | undefined {
  const match = /^([^:,—–|]+?)\s*(?:[:,—–|]|\s-\s)/.exec(text)
  if (!match) return undefined
  const name = asName(match[1]!)
  return name && /^[\p{Lu}\p{N}]/u.test(name) && !QUALIFIER.test(name.split(' ')[0]!) ? name : undefined
}

const TITLE_LINES = 40
const FRONT_MATTER_LINES = 200

/**
 * The title a reader sees first: front matter's `title:`, else the first `#` or `##`
 * heading in the first 40 lines (outside code fences). Only the start of the text is
 * read, line by line, so this costs the same for a 5 MB document as for a short one.
 */
export function documentTitle(text: string): string | undefined {
  let position = 0
  let line = 0
  const next = (): string | undefined => {
    if (position > text.length) return undefined
    let end = text.indexOf('\n', position)
    if (end === -1) end = text.length
    const value = text.slice(position, end).replace(/\r$/, '')
    position = end + 1
    line++
    return value
  }
  let current = next()
  if (current === undefined) return undefined
  const fence = /^---\s*$|^\+\+\+\s*$/.exec(current.replace(/^\uFEFF/, ''))
  if (fence) {
    const close = fence[0].trim()
    let title: string | undefined
    for (let value = next(); value !== undefined && line <= FRONT_MATTER_LINES; value = next()) {
      if (value.trim() === close) break
      const match = /^title\s*[:=]\s*(.+?)\s*$/i.exec(value)
      if (match && title === undefined) title = match[1]!.replace(/^(["'])(.*)\1$/, '$2')
    }
    if (title?.trim()) return title.trim()
    // The heading search counts its 40 lines from the end of the front matter.
    line = 0
    current = next()
  }
  let inFence: string | undefined
  for (; current !== undefined && line <= TITLE_LINES; current = next()) {
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(current)
    if (fenceMark) {
      if (!inFence) inFence = fenceMark[1]![0]
      else if (fenceMark[1]![0] === inFence) inFence = undefined
      continue
    }
    if (inFence) continue
    const heading = /^ {0,3}#{1,2}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/.exec(current)
    if (heading) return heading[1]
  }
  return undefined
}
