// Profiles in the lint core: which profile a document gets and why (front matter,
// config, detection from its title, headings, lines and file name), front matter
// errors with their place, the built-in data's own consistency, and the profile on the
// lint result.

import assert from 'node:assert/strict'
import {ChunkCache, ConfigError, lint, lintAsync, resolveConfig} from '../../rules/src/index'
import {BUILT_IN_PROFILES, PhraseMatcher, PROFILE_NAMES} from '../../rules/src/profiles/data'
import {checklistLabel} from '../../rules/src/profiles/checklist'
import {readFrontMatter} from '../../rules/src/profiles/front-matter'
import {TextDocument} from 'vscode-languageserver-textdocument'
import Ajv from 'ajv'
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {ConfigResolver} from '../../rules/src/index'
import {parseProfileText} from '../../rules/src/profiles/parse'
import {buildProfileSchema} from '../../rules/src/profiles/schema'
import {thrownBy} from '../helpers/errors'
import {tempDir} from '../helpers/temp'
import {coverageLenses} from '../../server/src/code-lens'
import {messagingCoverage} from '../../rules/src/index'

const profileOf = (text: string, filePath?: string, config = resolveConfig()) => lint(text, {filePath, config}).profile

describe('document profiles', () => {
  describe('built-in data', () => {
    it('has the four profiles, each with required elements, a skeleton with placeholders, and cues with reasons', () => {
      assert.deepEqual([...PROFILE_NAMES].sort(), ['battlecard', 'call-script', 'comparison', 'email', 'positioning'])
      for (const profile of BUILT_IN_PROFILES) {
        assert.ok(profile.elements.some((element) => element.required), profile.name)
        for (const element of profile.elements) {
          assert.match(element.skeleton, /‹[^›]+›/, `${profile.name}.${element.id} skeleton has a placeholder`)
          assert.ok(element.why.length > 20, `${profile.name}.${element.id} says why`)
          assert.ok(element.headings.length > 0, `${profile.name}.${element.id} has headings`)
        }
        for (const cue of profile.detect.cues) assert.ok(cue.why.length > 20 && cue.weight > 0, `${profile.name} cue says why`)
      }
    })

    it('an element’s skeleton heading is one of its accepted headings, so the quick fix satisfies it', () => {
      for (const profile of BUILT_IN_PROFILES) {
        for (const element of profile.elements) {
          const heading = /^#+\s+(.+)/.exec(element.skeleton)?.[1]
          if (heading === undefined) continue
          assert.ok(new PhraseMatcher(element.headings).find(heading), `${profile.name}.${element.id}: “${heading}”`)
        }
      }
    })
  })

  describe('detection', () => {
    const cases: Array<[string, string | undefined, string, string?]> = [
      // A rival in the title alone is a public comparison page; with a battlecard's own parts, a battlecard.
      ['comparison', 'a rival in the title', '# Tallyworks vs LedgerPro\n\nLedgerPro sells to banks.\n'],
      ['comparison', 'an alternatives page', '# Three LedgerPro alternatives for small finance teams\n\n## Pricing comparison\n\nTallyworks costs less per seat.\n'],
      ['comparison', 'a migration guide', '# Migrating from LedgerPro\n\nExport your ledger, then import it.\n', 'guides/migrate-from-ledgerpro.md'],
      ['battlecard', 'a rival in the title and a battlecard’s parts', '# Tallyworks vs LedgerPro\n\n## When you meet LedgerPro\n\nThey sell to banks.\n\n## Landmines\n\n- Ask about imports.\n'],
      ['battlecard', 'a rival in the title, filed with the battlecards', '# Tallyworks vs LedgerPro\n\nLedgerPro sells to banks.\n', 'battlecards/ledgerpro.md'],
      ['battlecard', 'battlecard headings', '# Q3 notes\n\n## Landmines\n\n- Ask about imports.\n\n## Objection handling\n\n- Price.\n'],
      ['email', 'a subject line', '**Subject:** your month-end close\n\nHi Ana,\n\nWorth a call?\n'],
      [undefined as unknown as string, '“Subject:” inside a line, not at its start', '# Notes\n\nThe Subject: field is required.\n'],
      ['email', 'a title and a file name', '# Cold email to controllers\n\nHi Ana,\n', 'sequences/controllers.md'],
      ['call-script', 'a call in the title and stage headings', '# Discovery call script\n\n## Opener\n\nHello.\n\n## Next steps\n\nBook it.\n'],
      ['positioning', 'a positioning title and its parts as headings', '# Tallyworks positioning\n\n## Target customer\n\nControllers.\n\n## The problem\n\nSlow closes.\n'],
      [undefined as unknown as string, 'release notes', '# Release notes\n\n## Fixed\n\n- The importer reads CSV.\n'],
      [undefined as unknown as string, 'one weak cue', '# Notes\n\n## Opener\n\nHello.\n'],
    ].map(([name, why, text, path]) => [name as string, path, text as string, why as string])
    for (const [name, filePath, text, why] of cases) {
      it(`${name ?? 'no profile'}: ${why}`, () => {
        const profile = profileOf(text, filePath)
        assert.equal(profile?.name, name, profile?.reason)
        if (name) assert.match(profile!.reason, /^detected: /)
      })
    }

    it('says which cues decided, in words', () => {
      const profile = profileOf('# Tallyworks vs LedgerPro\n\n## Landmines\n\n- Ask.\n', 'battlecards/ledgerpro.md')
      assert.equal(profile?.reason, 'detected: title says “vs”; headings “Landmines”; file name says “battlecards”')
    })

    it('front matter wins over config, config over detection', () => {
      const config = resolveConfig({profile: 'positioning'})
      assert.deepEqual(profileOf('---\npitchlint: {profile: email}\n---\n\n# A vs B\n', undefined, config), {name: 'email', reason: 'front matter `pitchlint.profile`'})
      assert.deepEqual(profileOf('# A vs B\n', undefined, config), {name: 'positioning', reason: 'config `profile`'})
      assert.equal(profileOf('# A vs B\n', undefined, resolveConfig({profile: 'none'})), undefined)
    })
  })

  describe('front matter', () => {
    it('reads `pitchlint.profile` and the plain values, with their offsets', () => {
      const text = '---\ntitle: Q3\nsubject: your close\npitchlint: {profile: email}\n---\n\nHi.\n'
      const frontMatter = readFrontMatter(text, 'a.md')!
      assert.equal(frontMatter.profile?.text, 'email')
      assert.equal(text.slice(...frontMatter.profile!.range), 'email')
      assert.equal(text.slice(...frontMatter.values.get('subject')!.range), 'your close')
    })

    it('leaves front matter that is not YAML alone unless it holds our key', () => {
      assert.deepEqual(readFrontMatter('---\n: : bad\n  - x\n---\n', 'a.md')?.profile, undefined)
      assert.throws(() => readFrontMatter('---\npitchlint: {profile: [\n---\n', 'a.md'), ConfigError)
    })

    for (const [text, key, line, column, problem] of [
      ['---\npitchlint: {profile: memo}\n---\n', 'pitchlint.profile', 2, 22, /expected one of "battlecard", .* got "memo"/],
      ['---\npitchlint:\n  profiles: email\n---\n', 'pitchlint.profiles', 3, 3, /unknown key `profiles`/],
      ['---\npitchlint: email\n---\n', 'pitchlint', 2, 12, /expected a map such as \{profile: battlecard\}, got "email"/],
    ] as const) {
      it(`names file, line, column and key: ${key}`, () => {
        assert.throws(
          () => lint(text, {filePath: 'docs/q3.md'}),
          (error: unknown) => error instanceof ConfigError && error.file === 'docs/q3.md' && error.line === line && error.column === column && error.key === key && problem.test(error.problem),
        )
      })
    }
  })

  describe('checklist', () => {
    const text = '# Tallyworks vs LedgerPro\n\n## Why we win\n\n- Reps get a forecast in five minutes, so they spend Friday selling.\n\n## Objections\n\n- “Too expensive” → It replaces two tools.\n'

    it('lists each element of the profile and whether the document has it', () => {
      const result = lint(text)
      assert.deepEqual(
        result.profileChecklist?.elements.map(({id, present}) => [id, present]),
        [['competitor', true], ['why-we-win', true], ['landmines', false], ['objections', true], ['proof', false]],
      )
      assert.equal(checklistLabel(result.profileChecklist!), 'battlecard: competitor ✓ · why-we-win ✓ · landmines ✗ · objections ✓ · proof ✗')
      assert.equal(lint('# Release notes\n\nFixed.\n').profileChecklist, undefined)
    })

    it('the editor’s coverage lens shows it on the document’s first line', () => {
      const result = lint(text)
      const document = TextDocument.create('file:///a.md', 'markdown', 1, text)
      const summary = {findings: result.findings, total: result.findings.length, notices: result.notices, coverage: messagingCoverage(result.sections), profileChecklist: result.profileChecklist}
      const lenses = coverageLenses(document, summary)
      const first = lenses.filter((lens) => lens.range.start.line === 0)
      assert.equal(first.length, 1)
      assert.match(first[0].command!.title, /battlecard: competitor ✓ · why-we-win ✓ · landmines ✗ · objections ✓ · proof ✗$/)
    })
  })

  it('judges each point the same whether its chunk was just parsed or came from the cache', async () => {
    // Two lists in two chunks: their items are numbered per parse, so a cached chunk's
    // first item must not be taken for the other chunk's.
    const text = '# Acme vs Globex\n\n### Objections\n\n- Real-time dashboards\n- Seamless sync with `NetSuite`\n  - very fast exports\n\n- Real-time dashboards\n- Seamless sync with `NetSuite`\n  - very fast exports\n\n# Acme vs Globex\n'
    const responses = (findings: ReadonlyArray<{ruleId: string; messageId: string; range: [number, number]}>) =>
      findings.filter((f) => f.ruleId === 'missing-element').map((f) => `${f.messageId} ${f.range}`)
    const cold = responses(lint(text, {filePath: 'battlecards/acme-vs-globex.md'}).findings)
    assert.equal(cold.filter((f) => f.startsWith('objectionWithoutResponse')).length, 2, cold.join('\n'))
    const cache = new ChunkCache()
    const run = {cancelled: () => false, yieldToEventLoop: async () => {}}
    for (let i = 0; i < 2; i++) {
      const result = await lintAsync(text, {filePath: 'battlecards/acme-vs-globex.md', cache}, run)
      assert.deepEqual(responses(result!.findings), cold, `lint ${i + 1} with the cache`)
    }
  })
})

describe('profile files (schema/profile.schema.json)', () => {
  const builtInFiles = readdirSync('rules/profiles').filter((name) => name.endsWith('.yml') && name !== 'audience.yml')
  const schema = JSON.parse(readFileSync('schema/profile.schema.json', 'utf8')) as Record<string, unknown>

  it('the schema file is the one the loader checks with', () => {
    assert.deepEqual(schema, buildProfileSchema())
  })

  it('accepts every built-in profile file, and the loader reads each as the bundled profile', () => {
    assert.deepEqual(builtInFiles.map((name) => name.replace(/\.yml$/, '')).sort(), [...PROFILE_NAMES].sort())
    const validate = new Ajv({allErrors: true, strict: false}).compile(schema)
    for (const name of builtInFiles) {
      const text = readFileSync(join('rules/profiles', name), 'utf8')
      const data = parseProfileText(text, name)
      assert.ok(validate(data), `${name}: ${JSON.stringify(validate.errors)}`)
      assert.deepEqual(data, BUILT_IN_PROFILES.find((profile) => profile.name === data.name), name)
    }
  })

  it('words a wrong type with the article of the word shown (“a list”, “a map”)', () => {
    const text = readFileSync('rules/profiles/battlecard.yml', 'utf8')
    const problemOf = (edited: string) => {
      assert.notEqual(edited, text)
      return thrownBy(ConfigError, () => parseProfileText(edited, 'team.yml')).message
    }
    assert.match(problemOf(text.replace(/headings: \[objections,[^\]]*\]/, 'headings: 7')), /`elements\.3\.headings`: expected a list, got 7$/)
    assert.match(problemOf(text.replace(/^detect:\n(?: .*\n)+/m, 'detect: 3\n')), /`detect`: expected a map, got 3$/)
  })

  it('rejects what the loader would misread: an unknown `each`, a missing field, a wrong type, an unknown key', () => {
    const validate = new Ajv({allErrors: true, strict: false}).compile(schema)
    const battlecard = JSON.parse(JSON.stringify(BUILT_IN_PROFILES.find((profile) => profile.name === 'battlecard'))) as Record<string, any>
    const broken = [
      (p: Record<string, any>) => (p.elements[1].each = 'answer'),
      (p: Record<string, any>) => delete p.elements[0].headings,
      (p: Record<string, any>) => (p.detect.threshold = 'high'),
      (p: Record<string, any>) => (p.elements[0].heading = ['who we meet']),
      (p: Record<string, any>) => (p.name = 'none'),
    ]
    for (const breakIt of broken) {
      const copy = JSON.parse(JSON.stringify(battlecard)) as Record<string, any>
      breakIt(copy)
      assert.equal(validate(copy), false, breakIt.toString())
    }
  })

  it('a config’s profiles replace and add to the built-in ones, and its fingerprint follows the files’ text', () => {
    const dir = tempDir('pitchlint-profiles-')
    const battlecard = readFileSync('rules/profiles/battlecard.yml', 'utf8')
    writeFileSync(join(dir, '.pitchlintrc.yaml'), 'profiles: [battlecard.yml, one-pager.yml]\n')
    writeFileSync(join(dir, 'battlecard.yml'), battlecard.replace('headings: [objections,', 'headings: [rebuttals,'))
    writeFileSync(join(dir, 'one-pager.yml'), battlecard.replace('name: battlecard', 'name: one-pager'))
    const config = new ConfigResolver().forFile(join(dir, 'doc.md'))
    assert.deepEqual(config.profiles.map((profile) => profile.name), [...PROFILE_NAMES, 'one-pager'])
    assert.ok(config.profiles.find((profile) => profile.name === 'battlecard')!.elements.some((element) => element.headings.includes('rebuttals')))
    assert.equal(lint('---\npitchlint: {profile: one-pager}\n---\n\n# A\n', {config}).profile?.name, 'one-pager')
    writeFileSync(join(dir, 'one-pager.yml'), battlecard.replace('name: battlecard', 'name: one-pager').replace('threshold: 3', 'threshold: 4'))
    const again = new ConfigResolver().forFile(join(dir, 'doc.md'))
    assert.notEqual(again.fingerprint, config.fingerprint)
    // The data alone resolves it again (the server's lint worker gets only the data).
    assert.equal(resolveConfig(again.data, again.source).fingerprint, again.fingerprint)
    assert.deepEqual(resolveConfig(again.data, again.source).profiles, again.profiles)
  })

  it('counts a title word once, not again from the file name it gave', () => {
    // "Pitch" titles plain pages too: with nothing else that reads as a call, no profile.
    assert.equal(profileOf('# Pitch\n\nOur sync keeps your ledgers in step.\n', 'docs/pitch.md'), undefined)
    // One more sign of a call (a heading of its stages) makes it one.
    assert.equal(profileOf('# Pitch\n\n## Discovery questions\n\n1. How long does your close take?\n', 'docs/pitch.md')?.name, 'call-script')
  })
})
