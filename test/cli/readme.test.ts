// The README is the front door: every option is documented there and in --help, and
// every pitchlint command in its CI recipes is one the CLI accepts.

import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {HELP, OPTIONS, parseCliArgs} from '../../cli/src/args'
import {formatters} from '../../cli/src/formatters/index'

const readme = readFileSync('README.md', 'utf8')

describe('README and --help', () => {
  it('document every option and every format', () => {
    for (const name of Object.keys(OPTIONS)) {
      if (name === 'help' || name === 'version') continue
      assert.match(readme, new RegExp(`^\\| .*\`(-\\w, )?--${name}[ \`].* \\|`, 'm'), `README option table lacks --${name}`)
      assert.ok(HELP.includes(`--${name}`), `--help lacks --${name}`)
    }
    for (const format of Object.keys(formatters)) assert.match(readme, new RegExp(`\\| \`${format}\` \\|`), `README format table lacks ${format}`)
  })

  it('every pitchlint command in the README parses', () => {
    const commands = [...readme.matchAll(/npx (?:--no-install )?pitchlint ([^\n#]*)/g)].map((m) => m[1].trim())
    assert.ok(commands.length >= 6, `found ${commands.length} commands`)
    for (const command of commands) {
      const args = command.replace(/\$\{\{ matrix\.shard \}\}/g, '1').split(/\s+/).filter(Boolean)
      assert.doesNotThrow(() => parseCliArgs(args), command)
    }
  })

  it('the exit codes are documented as the CLI returns them', () => {
    assert.match(readme, /\*\*Exit codes:\*\* \*\*0\*\* no error-level findings/)
    assert.match(readme, /\*\*1\*\* at least one error-level finding or too many warnings, \*\*2\*\* usage error/)
  })
})
