// The emails in a document checked as `email`: each "Subject:" line starts one, and its
// body runs to the next subject line (a sequence holds several); a document without a
// subject line is one email, with front matter's `subject:` as its subject, if any.

import type {SentenceInput} from '../rule'
import type {SectionView} from '../sections'
import type {DocumentContext} from './context'
import {matcherFor} from './data'

export interface EmailSubject {
  text: string
  range: [number, number]
}

export interface Email {
  subject?: EmailSubject
  /** The sentences after the subject: greeting, body, ask and sign-off. */
  body: SentenceInput[]
}

export function emailsOf(document: DocumentContext, root: SectionView): Email[] {
  const subjectElement = document.profile?.profile.elements.find((element) => element.lines?.length)
  const opening = subjectElement?.lines ? matcherFor(subjectElement.lines) : undefined
  const emails: Email[] = []
  let current: Email | undefined
  let subjectBlock: unknown
  for (const sentence of root.sentences) {
    const {view} = sentence
    // A subject with a full stop in it is split into sentences: all of them are the subject.
    if (view.block === subjectBlock) continue
    const cue = view.index === 0 && opening ? opening.find(view.block.text) : undefined
    if (cue?.index === 0) {
      // The subject is the rest of the block after "Subject:", as written.
      const lead = /^\s*/.exec(view.block.text.slice(cue.text.length))![0].length
      const start = cue.text.length + lead
      const end = view.block.text.trimEnd().length
      // rangeOf takes sentence-text indices; the subject may run past its first sentence, so index from the block.
      const range = view.rangeOf(start - view.model.start, Math.max(start, end) - view.model.start)
      current = {subject: {text: view.block.text.slice(start, end), range}, body: []}
      subjectBlock = view.block
      emails.push(current)
      continue
    }
    if (!current) {
      current = {body: []}
      emails.push(current)
    }
    current.body.push(sentence)
  }
  // Text before the first of several subject lines introduces the sequence; it is no email.
  if (emails.length > 1 && !emails[0]!.subject) emails.shift()
  if (emails.length === 1 && !emails[0]!.subject) {
    const fromFrontMatter = document.frontMatter?.values.get('subject')
    if (fromFrontMatter) emails[0]!.subject = {text: fromFrontMatter.text, range: fromFrontMatter.range}
  }
  return emails
}
