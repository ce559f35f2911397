// Reads a file for linting. Binary files are refused with a reason; invalid UTF-8 is
// decoded with U+FFFD so the rest of the file still lints.

import {readFileSync} from 'node:fs'

export type ReadResult =
  | {ok: true; text: string; invalidUtf8: boolean; /** The bytes began with a UTF-8 byte order mark (not part of `text`). */ bom: boolean}
  | {ok: false; reason: string; /** `unreadable` is an I/O failure (exit 2); `binary` is a skip. */ kind: 'unreadable' | 'binary'}

const decoder = new TextDecoder('utf-8', {fatal: false, ignoreBOM: false})
const strictDecoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false})

export function readMarkdown(file: string): ReadResult {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : code === 'ELOOP' ? 'symbolic link loop' : `cannot read (${code ?? String(error)})`
    return {ok: false, reason, kind: 'unreadable'}
  }
  return decodeMarkdown(bytes)
}

export function decodeMarkdown(bytes: Uint8Array): ReadResult {
  // NUL bytes do not occur in text; checking the start is what git and grep do.
  if (bytes.subarray(0, 8000).includes(0)) return {ok: false, reason: 'binary file (contains NUL bytes), skipped', kind: 'binary'}
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  try {
    return {ok: true, text: strictDecoder.decode(bytes), invalidUtf8: false, bom}
  } catch {
    return {ok: true, text: decoder.decode(bytes), invalidUtf8: true, bom}
  }
}
