// A finding's identity across edits that only move it: its rule, the flagged words and
// the sentence around them, normalized (case, Unicode form, runs of whitespace), hashed.
// Line numbers play no part, so a finding keeps its fingerprint when lines are added
// above it, and gets a new one when its sentence is reworded. Baselines and SARIF use it.

import {createHash} from 'node:crypto'

export interface Identity {
  /** The flagged source text. */
  text: string
  /** The plain text of its sentence (or its line, for a directive comment). */
  sentence: string
}

export function normalizeForFingerprint(value: string): string {
  return value.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()
}

/** 16 hex digits of SHA-256 over rule id, flagged text and sentence. */
export function fingerprintOf(ruleId: string, identity: Identity): string {
  const key = [ruleId, normalizeForFingerprint(identity.text), normalizeForFingerprint(identity.sentence)].join('\n')
  return createHash('sha256').update(key).digest('hex').slice(0, 16)
}
