import {existsSync, mkdirSync} from 'node:fs'
import {dirname} from 'node:path'

/**
 * mkdir -p, one level at a time: Node's recursive mkdirSync spins forever under
 * /proc and similar file systems that refuse to create anything.
 */
export function makeFolder(dir: string): void {
  if (existsSync(dir)) return
  const parent = dirname(dir)
  if (parent !== dir) makeFolder(parent)
  mkdirSync(dir)
}
