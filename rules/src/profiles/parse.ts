// Reads a profile data file's text (a team's own, named by `profiles` in config): YAML
// checked against the profile schema (schema/profile.schema.json), then what a schema
// cannot say (element ids unique). A problem is a ConfigError with the profile file,
// line, column and key, as a wrong `.pitchlintrc` is: the CLI exits 2 with it.

import {readYamlAgainstSchema, schemaValidator, uniqueIds, type YamlSchemaFile} from '../config/schema-problems'
import {buildProfileSchema} from './schema'
import type {Profile} from './types'

const PROFILE_FILE: YamlSchemaFile = {
  validate: schemaValidator(buildProfileSchema),
  keyOfSyntaxError: true,
  typeNames: {array: 'list', object: 'map'},
  // The schema's `not: {const: 'none'}` on `name`: the one name that means something else.
  ownWording: (error, _path, got) => (error.keyword === 'not' ? `\`none\` is not a profile name: it turns profiles off${got}` : undefined),
}

export function parseProfileText(text: string, file: string): Profile {
  const {data, failAt} = readYamlAgainstSchema(text, file, PROFILE_FILE)
  const profile = data as Profile
  const checkId = uniqueIds(['elements'], 'element', failAt)
  for (const [index, element] of profile.elements.entries()) checkId(index, element.id)
  return profile
}
