// Where a labeled sentence sits in the corpus, as the labeling protocol records it:
// `file` relative to ../shared/corpus, 1-based lines, 1-based UTF-16 columns, exclusive end.
export interface LabeledRange {
  id: string
  file: string
  line: number
  column: number
  endLine: number
  endColumn: number
}
