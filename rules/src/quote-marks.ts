// Where a text's quotation marks are, found in one pass: checks of whether a word is
// quoted then count marks before it by binary search (`countBefore`) instead of
// rescanning the text before each word (a sentence can hold thousands of them).

export interface QuoteMarks {
  curlyOpen: number[]
  curlyClose: number[]
  straight: number[]
}

export function quoteMarksOf(text: string): QuoteMarks {
  const marks: QuoteMarks = {curlyOpen: [], curlyClose: [], straight: []}
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '“') marks.curlyOpen.push(i)
    else if (char === '”') marks.curlyClose.push(i)
    else if (char === '"') marks.straight.push(i)
  }
  return marks
}
