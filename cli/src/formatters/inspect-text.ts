// The text layout of `pitchlint inspect`: per file, each sentence with its position
// and tags, then one indented line per tag with the words that triggered it.
//
//   docs/battlecard.md
//     5:1  feature            Acme supports SAML SSO and SCIM provisioning.
//            feature: Acme supports

import type {InspectedFile} from '../inspect'

export function formatInspectText(files: readonly InspectedFile[], {color}: {color: boolean}): string {
  const dim = (text: string) => (color ? `\u001b[2m${text}\u001b[22m` : text)
  const bold = (text: string) => (color ? `\u001b[1m${text}\u001b[22m` : text)
  const out: string[] = []
  for (const file of files) {
    out.push(bold(file.filePath))
    if (file.error) out.push(`  ${file.error}`)
    else if (file.sentences.length === 0) out.push(dim('  (no prose)'))
    const positions = file.sentences.map((s) => `${s.line}:${s.column}`)
    const tagLists = file.sentences.map((s) => (s.tags.length > 0 ? s.tags.join(', ') : '-'))
    const positionWidth = Math.max(0, ...positions.map((p) => p.length))
    const tagWidth = Math.max(0, ...tagLists.map((t) => t.length))
    file.sentences.forEach((sentence, index) => {
      out.push(`  ${dim(positions[index].padEnd(positionWidth))}  ${tagLists[index].padEnd(tagWidth)}  ${sentence.text.replace(/\s+/g, ' ')}`)
      for (const tag of sentence.tags) out.push(`  ${' '.repeat(positionWidth)}    ${dim(`${tag}: ${sentence.cues[tag] ?? ''}`)}`)
    })
    out.push('')
  }
  return out.join('\n')
}
