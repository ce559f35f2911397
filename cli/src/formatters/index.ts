import type {FileReport} from '../report'
import {formatJson} from './json'
import {formatStylish} from './stylish'

export interface FormatContext {
  /** Colour is allowed (a terminal, NO_COLOR unset). */
  color: boolean
  cwd: string
}

export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string

export const formatters: Readonly<Record<string, Formatter>> = {
  stylish: (reports, {color}) => formatStylish(reports, {color}),
  json: (reports) => formatJson(reports),
}
