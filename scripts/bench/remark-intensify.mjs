#!/usr/bin/env node
// The plain unified pipeline a team would assemble by hand: remark → retext with
// retext-intensify (weasel, hedge and filler words). Prints the number of findings.
import {readFileSync} from 'node:fs'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import retextIntensify from 'retext-intensify'
import {VFile} from 'vfile'

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter)
  .use(remarkGfm)
  .use(remarkRetext, unified().use(retextEnglish).use(retextIntensify))

let findings = 0
for (const path of process.argv.slice(2)) {
  const file = new VFile({path, value: readFileSync(path, 'utf8')})
  await processor.run(processor.parse(file), file)
  findings += file.messages.length
}
console.log(findings)
