// The prose a document's sentences cover, parsed in chunks or whole: the two must agree.

import {splitChunks} from '../../rules/src/markdown/chunks'
import {buildChunkModel, definitionsFor, findDefinitions} from '../../rules/src/markdown/model'

export function proseRanges(text: string, split: boolean): string[] {
  const ranges: string[] = []
  const definitions = findDefinitions(text)
  for (const chunk of splitChunks(text, {split})) {
    if (chunk.kind === 'frontmatter') continue
    const chunkText = text.slice(chunk.start, chunk.end)
    const model = buildChunkModel(chunkText, 'markdown', definitionsFor(chunkText, definitions))
    for (const block of model.blocks) {
      for (const sentence of block.sentences) {
        const start = chunk.start + block.offsets.at(sentence.start)
        ranges.push(`${block.kind}@${start}:${sentence.text}`)
      }
    }
  }
  return ranges
}
