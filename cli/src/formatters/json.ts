import {UNSERIALIZED, type FileReport} from '../report'

/** ESLint's JSON formatter shape, so existing CI tooling reads it. */
export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(
    reports.map((report) => {
      const copy: Partial<FileReport> = {...report}
      for (const key of UNSERIALIZED) delete copy[key]
      return copy
    }),
  )
}
