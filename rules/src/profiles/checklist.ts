// The profile's checklist for the editor's coverage lens: each element of the profile
// and whether the document has it, from the same element search `missing-element` makes.

import type {DocumentContext} from './context'

export interface ProfileChecklist {
  profile: string
  elements: Array<{id: string; name: string; required: boolean; present: boolean}>
}

export function profileChecklist(document: DocumentContext): ProfileChecklist | undefined {
  if (!document.profile) return undefined
  return {
    profile: document.profile.name,
    elements: document.elements().map(({element, foundBy}) => ({id: element.id, name: element.name, required: element.required, present: foundBy !== undefined})),
  }
}

/** `battlecard: why-we-win ✓ · landmines ✗ · objections ✓ · proof ✗` (an optional element shows only when present). */
export function checklistLabel(checklist: ProfileChecklist): string {
  const items = checklist.elements.filter((element) => element.required || element.present).map((element) => `${element.id} ${element.present ? '✓' : '✗'}`)
  return `${checklist.profile}: ${items.join(' · ')}`
}
