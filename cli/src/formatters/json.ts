import type {FileReport} from '../report'

/** ESLint's JSON formatter shape, so existing CI tooling reads it. */
export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(reports.map(({source: _source, ...report}) => report))
}
