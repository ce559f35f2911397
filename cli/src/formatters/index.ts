// The output formats, by name. Each formatter is one module that turns the ESLint-shaped
// reports (report.ts) into text; `--format` picks one.

import type {BaselineEntry} from '../baseline'
import type {FileReport} from '../report'
import {formatCompact} from './compact'
import {formatGithub} from './github'
import {formatJson} from './json'
import {formatJunit} from './junit'
import {formatMarkdown} from './markdown'
import {formatSarif} from './sarif'
import {formatStylish} from './stylish'

export interface FormatContext {
  /** Colour is wanted: --color, or a terminal (NO_COLOR unset), or FORCE_COLOR; never in a file. */
  color: boolean
  /** Paths are shown relative to this folder where a format wants relative paths. */
  cwd: string
  /** The baseline file in use (as given), if any. */
  baseline?: string
  /** With a baseline: its entries that no longer occur in the files linted (fixed). */
  stale?: readonly BaselineEntry[]
}

export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string

export const formatters: Readonly<Record<string, Formatter>> = {
  stylish: formatStylish,
  json: (reports) => formatJson(reports),
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  compact: formatCompact,
  markdown: formatMarkdown,
}

/** Formats whose output a program parses (or GitHub renders): a diff or a note mixed into them would break it. */
export const MACHINE_FORMATS: ReadonlySet<string> = new Set(['json', 'sarif', 'github', 'junit', 'markdown'])
