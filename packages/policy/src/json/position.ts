/**
 * Positions in a JSON text, for messages that point at a line and a column.
 */

/**
 * A place in a text: `offset` counts UTF-16 code units from 0; `line` and `column` count from 1,
 * the column in UTF-16 code units, as editors such as VS Code number them.
 */
export interface SourcePosition {
  readonly offset: number
  readonly line: number
  readonly column: number
}

/**
 * Builds a function that maps an offset of `text` to its {@link SourcePosition}. A line ends at
 * `\n`, at `\r\n` or at a lone `\r`. Offsets past the end map to the position just after the last
 * character, so every position it gives lies inside the text or at its very end.
 */
export function createLineIndex(text: string): (offset: number) => SourcePosition {
  // The regular expression scans natively: a loop over every character runs in the interpreter
  // in a cold start, and this runs once for every text a player reads.
  const starts: number[] = [0]
  const breaks = /\r\n?|\n/g
  for (let found = breaks.exec(text); found !== null; found = breaks.exec(text))
    starts.push(breaks.lastIndex)
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length))
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((starts[mid] ?? 0) <= at) low = mid
      else high = mid - 1
    }
    return { offset: at, line: low + 1, column: at - (starts[low] ?? 0) + 1 }
  }
}
