// The JSON Schema of `.pitchlintrc.*`, generated from every rule's option schema.
// `npm run generate` writes it to schema/pitchlintrc.schema.json (for editors), and
// `validate.ts` checks configs against it with ajv.

import {MATCHABLE_TERM} from '../lexicon/matcher'
import {LEXICON_CATEGORIES} from '../lexicon/types'
import {DEFAULT_COPY_KEYS} from '../markdown/front-matter-copy'
import {NO_PROFILE, PROFILE_NAMES} from '../profiles/data'
import type {Rule} from '../rule'

export function buildConfigSchema(ruleList: readonly Rule<never>[]): Record<string, unknown> {
  const severity = {enum: ['off', 'warn', 'error'], description: '`off`, `warn` or `error`.'}
  const ruleProperties: Record<string, unknown> = {}
  for (const {meta} of [...ruleList].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    ruleProperties[meta.id] = {
      description: `${meta.description} Default: \`${meta.defaultSeverity}\`.`,
      anyOf: [
        {$ref: '#/definitions/severity'},
        {type: 'array', items: [{$ref: '#/definitions/severity'}, meta.schema], minItems: 1, additionalItems: false},
      ],
    }
  }
  const rules = {type: 'object', description: 'Rule severities, or [severity, options].', additionalProperties: false, properties: ruleProperties}
  // Spaces and hyphens only separate the words of a term: a term of nothing else (or
  // nothing at all) has no words, so it could never match. `patternErrorMessage` is the
  // message VS Code shows for a failed pattern; `validate.ts` says the same.
  const matchableTerm = (does: string) => ({
    type: 'string',
    pattern: MATCHABLE_TERM,
    patternErrorMessage: `${does}: a term needs a letter, digit or symbol (spaces and hyphens only separate words)`,
  })
  const allow = {type: 'array', description: 'Terms never reported, e.g. a product name that contains a lexicon word.', items: matchableTerm('allows nothing'), uniqueItems: true}
  const competitors = {
    type: 'array',
    description: 'Competitor names: sentences about them (their column in a table, a rival as subject) are their claims, not yours. Matched case-insensitively as whole words.',
    items: {type: 'string', minLength: 1},
    uniqueItems: true,
  }
  // Any name: a profile of the config's `profiles` files adds to the built-in ones, so
  // `load.ts` checks the name once those files are read. Editors offer the built-in ones.
  const profile = {
    type: 'string',
    minLength: 1,
    examples: [...PROFILE_NAMES, NO_PROFILE],
    description: `Check these files as this kind of sales document (its required parts, limits and rules), instead of detecting it from the title and headings: ${[...PROFILE_NAMES].map((name) => `\`${name}\``).join(', ')}, or a profile of your \`profiles\` files; \`none\` turns detection off. A file's front matter (\`pitchlint: {profile: …}\`) wins.`,
  }
  const terms = {
    type: 'array',
    description: 'Extra lexicon entries: words your team avoids, with why and a rewrite.',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['term'],
      properties: {
        term: matchableTerm('can never match'),
        forms: {type: 'array', items: matchableTerm('can never match')},
        category: {enum: [...LEXICON_CATEGORIES]},
        why: {type: 'string'},
        rewrites: {type: 'array', items: {type: 'string'}},
        removable: {type: 'boolean'},
        strength: {enum: ['strong', 'weak']},
      },
    },
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/pitchlint/pitchlint/blob/main/schema/pitchlintrc.schema.json',
    title: 'pitchlint configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: {type: 'string'},
      rules: {$ref: '#/definitions/rules'},
      allow,
      terms,
      competitors,
      profile,
      profiles: {
        type: 'array',
        items: {type: 'string', minLength: 1},
        uniqueItems: true,
        description: 'Your own document profiles: YAML files shaped like the built-in rules/profiles/battlecard.yml (schema/profile.schema.json), relative to this config file. One with the name of a built-in profile replaces it; a new name adds a profile.',
      },
      frontMatterCopy: {
        type: 'array',
        // A dotted key names a path (`hero.deck`); an empty part between dots names no key, so it could never match.
        items: {type: 'string', minLength: 1, pattern: '^[^.]+(?:\\.[^.]+)*$', patternErrorMessage: 'a front matter key, or keys joined by dots (hero.deck), with no empty part'},
        uniqueItems: true,
        description: `Front matter keys whose text values are copy, linted sentence by sentence where they are written (default: ${DEFAULT_COPY_KEYS.join(', ')}). A key counts at any depth (description is also seo.description and each description in a list); keys joined by dots name the end of a path (hero.deck). The list replaces the default, and [] lints no front matter.`,
      },
      proofPoints: {
        type: 'string',
        minLength: 1,
        description: 'The proof-point registry (a YAML file of approved claims, figures and sources), relative to this config file. Without it, the nearest proof-points.yaml from the linted file\'s folder upward is used.',
      },
      overrides: {
        type: 'array',
        description: 'Settings for files matching globs (relative to this config file).',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: {
            files: {anyOf: [{type: 'string'}, {type: 'array', items: {type: 'string'}, minItems: 1}]},
            rules: {$ref: '#/definitions/rules'},
            allow,
            terms,
            competitors,
            profile,
          },
        },
      },
    },
    definitions: {severity, rules},
  }
}
