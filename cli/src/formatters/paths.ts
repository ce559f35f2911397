// Paths as CI tools want them: relative to the working folder (the repository root in
// CI), with forward slashes; files outside it keep their absolute path.

import {isAbsolute, relative, sep} from 'node:path'

export function displayPath(filePath: string, cwd: string): string {
  if (!isAbsolute(filePath)) return filePath.split(sep).join('/')
  const rel = relative(cwd, filePath)
  if (rel.startsWith('..') || isAbsolute(rel)) return filePath.split(sep).join('/')
  return rel.split(sep).join('/')
}
