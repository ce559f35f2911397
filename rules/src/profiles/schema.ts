// The JSON Schema of a profile data file (rules/profiles/battlecard.yml and a team's own,
// named by `profiles` in config). `npm run generate` writes it to
// schema/profile.schema.json (for editors); `parse.ts` checks profile files against it.
// It says in schema terms what `types.ts` says in TypeScript: keep the two together.

import type {CueSource, EachCheck} from './types'

const CUE_SOURCES: readonly CueSource[] = ['title', 'heading', 'path', 'line', 'frontMatter']
const EACH_CHECKS: readonly EachCheck[] = ['outcome', 'response', 'pain-question']

export function buildProfileSchema(): Record<string, unknown> {
  const text = {type: 'string', minLength: 1}
  const phrases = {type: 'array', items: text}
  const why = {...text, description: 'Why it matters, in words a rep reads in the hover.'}
  const cue = {
    type: 'object',
    additionalProperties: false,
    required: ['in', 'phrases', 'weight', 'why'],
    properties: {
      in: {enum: [...CUE_SOURCES], description: 'Where the phrases are looked for.'},
      phrases,
      weight: {type: 'number', exclusiveMinimum: 0},
      why,
    },
  }
  const element = {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'name', 'required', 'why', 'headings', 'skeleton'],
    properties: {
      id: {type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', patternErrorMessage: 'an id is lower-case words joined by hyphens'},
      name: {...text, description: 'How messages and the checklist name it ("why we win").'},
      required: {type: 'boolean', description: 'A required element missing is a `missing-element` finding.'},
      why,
      headings: {...phrases, description: 'Heading texts that mark the element\'s section, matched as whole words, in any case.'},
      lines: {...phrases, description: 'Line openings that hold the element ("Subject:").'},
      frontMatter: {...text, description: 'A front matter key that holds the element.'},
      titleNamesRival: {type: 'boolean', description: 'A title such as "Acme vs Globex" already names the rival.'},
      inStatement: {type: 'boolean', description: 'The profile\'s `statement` sentence, when the document has one, holds the element.'},
      inTable: {type: 'boolean', description: 'A table anywhere in the document holds the element (a comparison table is the differences).'},
      each: {enum: [...EACH_CHECKS], description: 'What every item of the section must carry.'},
      skeleton: {...text, description: 'Markdown the quick fix inserts, with ‹placeholders›.'},
    },
  }
  const wordList = (key: 'words' | 'phrases') => ({type: 'object', additionalProperties: false, required: ['why', key], properties: {why, [key]: phrases}})
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/pitchlint/pitchlint/blob/main/schema/profile.schema.json',
    title: 'pitchlint document profile',
    type: 'object',
    additionalProperties: false,
    required: ['name', 'description', 'detect', 'elements'],
    properties: {
      name: {type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', not: {const: 'none'}, patternErrorMessage: 'a profile name is lower-case words joined by hyphens'},
      description: text,
      detect: {
        type: 'object',
        additionalProperties: false,
        required: ['threshold', 'cues'],
        properties: {threshold: {type: 'number', exclusiveMinimum: 0}, cues: {type: 'array', items: cue}},
      },
      elements: {type: 'array', items: element, minItems: 1},
      limits: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(['maxWords', 'maxGrade', 'maxLinks', 'maxSubjectChars'].map((key) => [key, {type: 'number', minimum: 0}])),
      },
      painWords: wordList('words'),
      statement: {
        type: 'object',
        additionalProperties: false,
        required: ['why', 'openings', 'joiners'],
        description: 'A sentence that holds several elements at once ("For ‹target› who ‹problem›, ‹product› is a ‹category›…"): it opens with one of `openings` and goes on with one of `joiners`.',
        properties: {why, openings: phrases, joiners: phrases},
      },
      callsToAction: wordList('phrases'),
    },
  }
}
