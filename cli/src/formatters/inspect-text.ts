// The text layout of `pitchlint inspect`: per file, each sentence with its position
// and tags, then one indented line per tag with the words that triggered it.
//
//   docs/battlecard.md
//     5:1  feature            Acme supports SAML SSO and SCIM provisioning.
//            feature: Acme supports
//            judged: feature_no_outcome 0.81

import type {InspectedFile} from '../inspect'
import {displayPath} from './paths'

export function formatInspectText(files: readonly InspectedFile[], {color, cwd}: {color: boolean; cwd: string}): string {
  const dim = (text: string) => (color ? `\u001b[2m${text}\u001b[22m` : text)
  const bold = (text: string) => (color ? `\u001b[1m${text}\u001b[22m` : text)
  const out: string[] = []
  for (const file of files) {
    out.push(bold(displayPath(file.filePath, cwd)))
    if (file.profile) out.push(dim(`  profile: ${file.profile.name} (${file.profile.reason})`))
    if (file.error) out.push(`  ${file.error}`)
    else if (file.sentences.length === 0) out.push(dim('  (no prose)'))
    const positions = file.sentences.map((s) => `${s.line}:${s.column}`)
    const tagLists = file.sentences.map((s) => (s.tags.length > 0 ? s.tags.join(', ') : '-'))
    const positionWidth = Math.max(0, ...positions.map((p) => p.length))
    const tagWidth = Math.max(0, ...tagLists.map((t) => t.length))
    file.sentences.forEach((sentence, index) => {
      out.push(`  ${dim(positions[index].padEnd(positionWidth))}  ${tagLists[index].padEnd(tagWidth)}  ${sentence.text.replace(/\s+/g, ' ')}`)
      const indent = `  ${' '.repeat(positionWidth)}    `
      for (const tag of sentence.tags) out.push(indent + dim(`${tag}: ${sentence.cues[tag] ?? ''}`))
      if (sentence.voice.voice === 'competitor' || sentence.voice.voice === 'customer') out.push(indent + dim(`voice: ${sentence.voice.voice} (${sentence.voice.reason})`))
      const held = Object.entries(sentence.judgments).filter(([, j]) => j.holds)
      if (held.length > 0) out.push(indent + dim(`judged: ${held.map(([name, j]) => `${name} ${j.probability.toFixed(2)}`).join(' · ')}`))
    })
    out.push('')
  }
  return out.join('\n')
}
