// Document profiles through the real binary: a document built from each built-in
// profile's data (every element under its first accepted heading) gets no profile
// finding, and the same document without any one required element gets exactly the
// finding for that element. The tables come from the data files, so a profile a team
// edits is tested the same way.

import assert from 'node:assert/strict'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {BUILT_IN_PROFILES} from '../../rules/src/profiles/data'
import type {Profile, ProfileElement} from '../../rules/src/profiles/types'
import {pitchlint, workspace} from '../helpers/cli'

const PROFILE_RULES = ['missing-element', 'subject-line', 'email-length', 'one-cta', 'reading-grade', 'seller-centred']

interface JsonMessage {
  ruleId: string
  message: string
  line: number
  column: number
  suggestions?: Array<{desc?: string; title?: string; fix: {range: [number, number]; text: string}}>
}

function lintJson(dir: string, args: string[]): JsonMessage[] {
  const run = pitchlint(['--format', 'json', ...args], {cwd: dir})
  assert.ok(run.status === 0 || run.status === 1, run.stderr)
  return (JSON.parse(run.stdout) as Array<{messages: JsonMessage[]}>).flatMap((file) => file.messages)
}

function inspectJson(dir: string, args: string[]): Array<{filePath: string; profile: {name: string; reason: string} | null}> {
  const run = pitchlint(['inspect', '--format', 'json', ...args], {cwd: dir})
  assert.equal(run.status, 0, run.stderr)
  return JSON.parse(run.stdout)
}

/** Our own words for what each kind of element holds, so its `each` check passes. */
function contentFor(element: ProfileElement): string {
  switch (element.each) {
    case 'outcome':
      return '- Reps get a forecast in five minutes, so they spend Friday selling instead of updating cells.'
    case 'response':
      return '- “It costs more than the tool we have.”\n  - It replaces two tools you pay for today, so the total bill goes down.'
    case 'pain-question':
      return '1. How many days does your close take, and what does a late close cost you?'
    default:
      return 'Bring this up when the buyer mentions the month-end close.'
  }
}

function sectionFor(element: ProfileElement): string {
  if (element.lines?.length) return `**${capitalized(element.lines[0].replace(/:$/, ''))}:** the close that takes nine days`
  return `## ${capitalized(element.headings[0])}\n\n${contentFor(element)}`
}

/** A document of the profile with the given elements; an email gets a body with one ask. */
function documentOf(profile: Profile, elements: readonly ProfileElement[]): string {
  const parts = [`---\npitchlint: {profile: ${profile.name}}\n---`, '# Field notes', ...elements.map(sectionFor)]
  if (profile.name === 'email') parts.push('Hi Ana,', 'Your team spends three days a month matching receipts by hand. Worth a call on Thursday?', 'Sam')
  return `${parts.join('\n\n')}\n`
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

describe('pitchlint CLI: document profiles', () => {
  for (const profile of BUILT_IN_PROFILES) {
    describe(`${profile.name} (rules/profiles/${profile.name}.yml)`, () => {
      it('a complete document gets no profile finding', () => {
        const dir = workspace({'doc.md': documentOf(profile, profile.elements)})
        const findings = lintJson(dir, ['doc.md']).filter((m) => PROFILE_RULES.includes(m.ruleId))
        assert.deepEqual(findings.map((m) => `${m.line}:${m.ruleId}: ${m.message}`), [])
      })

      for (const removed of profile.elements) {
        it(`without “${removed.name}” it gets ${removed.required ? 'exactly the finding for it' : 'no finding (optional)'}`, () => {
          const text = documentOf(
            profile,
            profile.elements.filter((element) => element !== removed),
          )
          const dir = workspace({'doc.md': text})
          const findings = lintJson(dir, ['doc.md']).filter((m) => PROFILE_RULES.includes(m.ruleId))
          const expected = removed.required ? [`5:1:missing-element: Add the “${removed.name}” part this ${profile.name} is missing`] : []
          assert.deepEqual(
            findings.map((m) => `${m.line}:${m.column}:${m.ruleId}: ${m.message}`),
            expected,
          )
          if (!removed.required) return
          // The quick fix inserts the element's skeleton, which brings the element back.
          const [suggestion] = findings[0].suggestions ?? []
          assert.ok(suggestion, 'a skeleton suggestion')
          const fixed = text.slice(0, suggestion.fix.range[0]) + suggestion.fix.text + text.slice(suggestion.fix.range[1])
          assert.ok(fixed.includes(removed.skeleton), fixed)
          const again = lintJson(workspace({'doc.md': fixed}), ['doc.md'])
          assert.deepEqual(again.filter((m) => m.ruleId === 'missing-element' && m.message.includes(`“${removed.name}”`)), [])
          // Until its ‹placeholders› are filled, the skeleton is itself flagged.
          assert.ok(again.some((m) => m.ruleId === 'unfilled-placeholder'), 'the skeleton’s placeholders are flagged')
        })
      }
    })
  }

  it('inspect shows the profile and why: front matter, config override, detection, none', () => {
    const dir = workspace({
      '.pitchlintrc.yaml': 'overrides:\n  - files: "battlecards/**"\n    profile: battlecard\n',
      'declared.md': '---\npitchlint: {profile: call-script}\n---\n\n# Notes\n\nHello.\n',
      'battlecards/globex.md': '# Notes on a rival\n\nThey sell to large teams.\n',
      'detected.md': '# Tallyworks vs LedgerPro\n\n## Landmines\n\n- Ask how long their import takes.\n',
      'plain.md': '# Release notes\n\nThe importer now reads CSV files.\n',
    })
    const files = inspectJson(dir, ['declared.md', 'battlecards/globex.md', 'detected.md', 'plain.md'])
    const byName = new Map(files.map((file) => [file.filePath.slice(dir.length + 1), file.profile]))
    assert.deepEqual(byName.get('declared.md'), {name: 'call-script', reason: 'front matter `pitchlint.profile`'})
    assert.deepEqual(byName.get('battlecards/globex.md'), {name: 'battlecard', reason: 'config `profile`'})
    assert.equal(byName.get('detected.md')?.name, 'battlecard')
    assert.match(byName.get('detected.md')!.reason, /^detected: title says “vs”; headings “Landmines”/)
    assert.equal(byName.get('plain.md'), null)
    const text = pitchlint(['inspect', 'detected.md'], {cwd: dir})
    assert.match(text.stdout, /^detected\.md\n {2}profile: battlecard \(detected: title says “vs”/)
  })

  it('front matter wins over config, and `none` turns a profile off', () => {
    const dir = workspace({
      '.pitchlintrc.json': JSON.stringify({overrides: [{files: '*.md', profile: 'email'}]}),
      'a.md': '---\npitchlint:\n  profile: positioning\n---\n\n# A\n\nText.\n',
      'b.md': '---\npitchlint: {profile: none}\n---\n\n# Tallyworks vs LedgerPro\n\nText.\n',
      'c.md': '# C\n\nText.\n',
    })
    const [a, b, c] = inspectJson(dir, ['a.md', 'b.md', 'c.md'])
    assert.equal(a.profile?.name, 'positioning')
    assert.equal(b.profile, null)
    assert.equal(c.profile?.name, 'email')
    assert.deepEqual(lintJson(dir, ['b.md']).filter((m) => PROFILE_RULES.includes(m.ruleId)), [])
  })

  it('a wrong profile in front matter exits 2 with file, line, column and key', () => {
    const dir = workspace({'doc.md': '---\ntitle: Q3 battlecard\npitchlint: {profile: battlecrad}\n---\n\n# Q3\n'})
    const run = pitchlint(['doc.md'], {cwd: dir})
    assert.equal(run.status, 2, run.stderr)
    assert.match(run.stderr, /doc\.md:3:22: `pitchlint\.profile`: expected one of "battlecard", "call-script", "comparison", "email", "positioning", "none", got "battlecrad"/)
    const unknownKey = pitchlint(['doc.md'], {cwd: workspace({'doc.md': '---\npitchlint:\n  profil: email\n---\n\n# Q3\n'})})
    assert.equal(unknownKey.status, 2)
    assert.match(unknownKey.stderr, /doc\.md:3:3: `pitchlint\.profil`: unknown key `profil`, expected one of `profile`/)
    const inspect = pitchlint(['inspect', 'doc.md'], {cwd: dir})
    assert.equal(inspect.status, 2)
  })

  it('a wrong profile in config exits 2 with file, line and key', () => {
    const dir = workspace({'.pitchlintrc.yaml': 'overrides:\n  - files: "*.md"\n    profile: battle\n', 'a.md': '# A\n'})
    const run = pitchlint(['a.md'], {cwd: dir})
    assert.equal(run.status, 2)
    assert.match(run.stderr, /\.pitchlintrc\.yaml:3:14: `overrides\.0\.profile`: expected one of "battlecard", "call-script", "comparison", "email", "positioning", "none", got "battle"/)
  })

  it('email findings point at the subject, the extra asks, the extra links and the hardest sentence', () => {
    const email = [
      '---',
      'pitchlint: {profile: email}',
      '---',
      '',
      '**Subject:** REVOLUTIONARY reconciliation for every finance team that closes the books each month',
      '',
      'Hi Ana,',
      '',
      'We built Tallyworks for controllers.',
      'Organizations implementing automated reconciliation methodologies consistently experience substantially accelerated consolidation.',
      'Read [the guide](https://example.com/guide) and [the pricing page](https://example.com/pricing).',
      'Worth a call on Thursday?',
      '',
    ].join('\n')
    const dir = workspace({'email.md': email})
    const findings = lintJson(dir, ['email.md']).filter((m) => PROFILE_RULES.includes(m.ruleId))
    assert.deepEqual(
      findings.map((m) => `${m.line}:${m.column}:${m.ruleId}`),
      ['5:14:subject-line', '5:14:subject-line', '5:14:subject-line', '9:1:seller-centred', '10:1:reading-grade', '11:49:one-cta', '12:1:one-cta'],
    )
    const messages = findings.map((m) => m.message)
    assert.ok(messages.includes('Cut the subject to 60 characters: it has 84 and gets cut off on a phone'), messages.join('\n'))
    assert.ok(messages.some((m) => m.startsWith('Write the subject in sentence case: “REVOLUTIONARY”')))
    assert.ok(messages.some((m) => m.startsWith('Name the reader’s problem in the subject, not “REVOLUTIONARY”')))
    assert.ok(messages.includes('Keep to 1 link: this is link 2 of 2'))
    assert.ok(messages.includes('Keep one call to action: this is the second of 2 (a question)'))
  })

  it('`npx pitchlint examples` shows profile findings on our example documents', () => {
    const run = pitchlint(['--format', 'json', 'examples'])
    const reports = JSON.parse(run.stdout) as Array<{filePath: string; messages: JsonMessage[]}>
    const profileFindings = reports.flatMap((report) => report.messages.filter((m) => PROFILE_RULES.includes(m.ruleId)).map((m) => `${report.filePath.split('/').pop()}: ${m.ruleId}`))
    for (const name of ['battlecard.md', 'call-script.md', 'outbound-email.md', 'positioning.md']) {
      assert.ok(profileFindings.some((f) => f.startsWith(`${name}: `)), `${name} has a profile finding: ${profileFindings.join('\n')}`)
      assert.ok(readFileSync(join('examples', name), 'utf8').length > 0)
    }
  })
})

describe('pitchlint CLI: a team’s own profiles (`profiles` in config)', () => {
  const battlecardYaml = readFileSync('rules/profiles/battlecard.yml', 'utf8')
  const objectionsDoc = '---\npitchlint: {profile: battlecard}\n---\n\n# Globex\n\n## Rebuttals\n\n- “It costs more.”\n  - It replaces two tools you pay for today, so the bill goes down.\n'
  const objectionsFinding = (messages: JsonMessage[]) => messages.filter((m) => m.ruleId === 'missing-element' && m.message.includes('“objection handling”'))
  const onePager = readFileSync('test/fixtures/team-profiles/one-pager.yml', 'utf8')

  /** 1-based line and column of `needle` in `text` (`skip` characters into it). */
  const placeOf = (text: string, needle: string, skip = 0) => {
    const before = text.slice(0, text.indexOf(needle) + skip)
    assert.ok(text.includes(needle), needle)
    return `${before.split('\n').length}:${before.length - before.lastIndexOf('\n')}`
  }

  it('a copied battlecard with one heading changed replaces the built-in one', () => {
    const edited = battlecardYaml.replace('headings: [objections,', 'headings: [rebuttals,')
    assert.notEqual(edited, battlecardYaml)
    const dir = workspace({'.pitchlintrc.yaml': 'profiles: [sales/battlecard.yml]\n', 'sales/battlecard.yml': edited, 'card.md': objectionsDoc})
    assert.deepEqual(objectionsFinding(lintJson(dir, ['card.md'])), [])
    // The same document under the built-in battlecard still misses its objections.
    assert.equal(objectionsFinding(lintJson(workspace({'card.md': objectionsDoc}), ['card.md'])).length, 1)
  })

  it('a new profile is used from front matter, config overrides and detection', () => {
    const dir = workspace({
      '.pitchlintrc.json': JSON.stringify({profiles: ['one-pager.yml'], overrides: [{files: 'leave/**', profile: 'one-pager'}]}),
      'one-pager.yml': onePager,
      'declared.md': '---\npitchlint: {profile: one-pager}\n---\n\n# Tallyworks\n\nReconciles receipts.\n',
      'leave/acme.md': '# Tallyworks\n\nReconciles receipts.\n',
      'detected.md': '# Tallyworks leave-behind\n\nReconciles receipts.\n',
      'priced.md': '---\npitchlint: {profile: one-pager}\n---\n\n# Tallyworks\n\n## Pricing\n\nTeam costs $40 a month per seat.\n',
    })
    const messages = lintJson(dir, ['declared.md']).filter((m) => m.ruleId === 'missing-element')
    assert.deepEqual(messages.map((m) => `${m.line}:${m.column}: ${m.message}`), ['5:1: Add the “pricing” part this one-pager is missing'])
    assert.deepEqual(lintJson(dir, ['priced.md']).filter((m) => m.ruleId === 'missing-element'), [])
    const byName = new Map(inspectJson(dir, ['declared.md', 'leave/acme.md', 'detected.md']).map((file) => [file.filePath.slice(dir.length + 1), file.profile]))
    assert.deepEqual(byName.get('declared.md'), {name: 'one-pager', reason: 'front matter `pitchlint.profile`'})
    assert.deepEqual(byName.get('leave/acme.md'), {name: 'one-pager', reason: 'config `profile`'})
    assert.deepEqual(byName.get('detected.md'), {name: 'one-pager', reason: 'detected: title says “leave-behind”'})
    // Without the config, the name is unknown: a front matter error, as before.
    const alone = pitchlint(['declared.md'], {cwd: workspace({'declared.md': '---\npitchlint: {profile: one-pager}\n---\n\n# T\n'})})
    assert.equal(alone.status, 2)
    assert.match(alone.stderr, /declared\.md:2:22: `pitchlint\.profile`: expected one of "battlecard", "call-script", "comparison", "email", "positioning", "none", got "one-pager"/)
  })

  it('a team’s email profile sets the email limits, and options in config still win', () => {
    const email = readFileSync('rules/profiles/email.yml', 'utf8')
    const strict = email.replace('maxSubjectChars: 60', 'maxSubjectChars: 20')
    assert.notEqual(strict, email)
    const text = '---\npitchlint: {profile: email}\n---\n\n**Subject:** your month-end close, in one day\n\nHi Ana,\n\nYour team spends three days matching receipts. Worth a call on Thursday?\n'
    const subjectFindings = (dir: string) => lintJson(dir, ['mail.md']).filter((m) => m.ruleId === 'subject-line').map((m) => m.message)
    assert.deepEqual(subjectFindings(workspace({'mail.md': text})), [])
    const dir = workspace({'.pitchlintrc.yaml': 'profiles: [email.yml]\n', 'email.yml': strict, 'mail.md': text})
    assert.deepEqual(subjectFindings(dir), ['Cut the subject to 20 characters: it has 32 and gets cut off on a phone'])
    writeFileSync(join(dir, '.pitchlintrc.yaml'), 'profiles: [email.yml]\nrules: {subject-line: [warn, {maxChars: 40}]}\n')
    assert.deepEqual(subjectFindings(dir), [])
  })

  it('a `profile` in config must name a built-in profile or one of `profiles`', () => {
    const dir = workspace({'.pitchlintrc.yaml': 'profiles: [one-pager.yml]\nprofile: one-pagr\n', 'one-pager.yml': onePager, 'a.md': '# A\n'})
    const run = pitchlint(['a.md'], {cwd: dir})
    assert.equal(run.status, 2, run.stderr)
    assert.match(run.stderr, /\.pitchlintrc\.yaml:2:10: `profile`: expected one of "battlecard", "call-script", "comparison", "email", "positioning", "one-pager", "none", got "one-pagr"/)
  })

  const broken: Array<{problem: string; profile: string; at: string; skip?: number; expected: RegExp}> = [
    {problem: 'an unknown `each` value', profile: battlecardYaml.replace('each: response', 'each: answer'), at: 'each: answer', skip: 'each: '.length, expected: /`elements\.3\.each`: expected one of "outcome", "response", "pain-question", got "answer"/},
    {problem: 'a wrong-typed field', profile: battlecardYaml.replace('required: true', 'required: "yes"'), at: '"yes"', expected: /`elements\.0\.required`: expected a boolean, got "yes"/},
    {problem: 'a missing field', profile: onePager.replace(/ {4}skeleton: .*\n/, ''), at: 'id: pricing', expected: /`elements\.0\.skeleton`: missing `skeleton`/},
    {problem: 'a duplicate element id', profile: battlecardYaml.replace('id: landmines', 'id: competitor'), at: 'competitor\n    name: landmines', expected: /`elements\.2\.id`: duplicate id `competitor`: element 1 has it already/},
    {problem: 'invalid YAML', profile: onePager.replace('per ‹unit›."', 'per ‹unit›." a month'), at: 'a month', expected: /`elements\.0\.skeleton`: invalid YAML: /},
  ]
  for (const {problem, profile, at, skip, expected} of broken) {
    it(`${problem} exits 2 with the profile file, line, column and key`, () => {
      const dir = workspace({'.pitchlintrc.yaml': 'profiles: [team/profile.yml]\n', 'team/profile.yml': profile, 'a.md': '# A\n\nText.\n'})
      const run = pitchlint(['a.md'], {cwd: dir})
      assert.equal(run.status, 2, run.stderr)
      const place = placeOf(profile, at, skip)
      assert.match(run.stderr, new RegExp(`^pitchlint: invalid config .*team/profile\\.yml:${place}: ${expected.source}`), run.stderr)
    })
  }

  it('a missing profile file exits 2 at its entry in the config', () => {
    const dir = workspace({'.pitchlintrc.yaml': 'profiles:\n  - team/battlecard.yml\n', 'a.md': '# A\n'})
    const run = pitchlint(['a.md'], {cwd: dir})
    assert.equal(run.status, 2)
    assert.match(run.stderr, /\.pitchlintrc\.yaml:2:5: `profiles\.0`: profile file not found: .*team\/battlecard\.yml/)
  })

  it('the --cache key changes when a profile file does', () => {
    const dir = workspace({'.pitchlintrc.yaml': 'profiles: [sales/battlecard.yml]\n', 'sales/battlecard.yml': battlecardYaml, 'card.md': objectionsDoc})
    assert.equal(objectionsFinding(lintJson(dir, ['--cache', 'card.md'])).length, 1)
    writeFileSync(join(dir, 'sales/battlecard.yml'), battlecardYaml.replace('headings: [objections,', 'headings: [rebuttals,'))
    assert.deepEqual(objectionsFinding(lintJson(dir, ['--cache', 'card.md'])), [])
  })
})
