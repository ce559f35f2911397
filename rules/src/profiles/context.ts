// What the document-level profile rules see besides a section: the document's text, its
// front matter, the profile it is checked as, and (computed once, on first use) where
// each of the profile's elements is.

import type {SectionView} from '../sections'
import type {AppliedProfile} from './detect'
import {findElements, type ElementPlace} from './elements'
import {emailsOf, type Email} from './email'
import type {FrontMatter} from './front-matter'

export interface DocumentContext {
  readonly text: string
  readonly frontMatter?: FrontMatter
  readonly profile?: AppliedProfile
  /** Where each element of the profile is (empty without a profile). */
  elements(): readonly ElementPlace[]
  /** The emails in it, when it is checked as `email` (empty otherwise). */
  emails(): readonly Email[]
}

export function documentContext(text: string, root: SectionView, frontMatter: FrontMatter | undefined, profile: AppliedProfile | undefined): DocumentContext {
  let elements: ElementPlace[] | undefined
  let emails: Email[] | undefined
  const context: DocumentContext = {
    text,
    ...(frontMatter && {frontMatter}),
    ...(profile && {profile}),
    elements: () => (elements ??= profile ? findElements(profile.profile, root, text, frontMatter) : []),
    emails: () => (emails ??= profile?.name === 'email' ? emailsOf(context, root) : []),
  }
  return context
}
