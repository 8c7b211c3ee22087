/**
 * A challenge's grade in the terminal: each goal step with a glyph and what it must give, the
 * principals that must stay out, what the document allows beyond the reference solution, and
 * the verdict last.
 */
import type { ChallengeGrade } from '@hatrack/scenario'
import { wrap } from './markdown.ts'
import type { Style } from './style.ts'
import { glyphs } from './verdict.ts'

function mark(held: boolean, style: Style): string {
  return held ? style.green(glyphs.pass) : style.red(glyphs.fail)
}

/**
 * The lines of `grade` under `title` (the challenge and the document it edits); the document's
 * parse issues are printed apart, on stderr.
 */
export function renderGrade(
  title: string,
  grade: ChallengeGrade,
  style: Style,
  width: number,
): string[] {
  const lines: string[] = [...wrap(title, width)]
  const section = (title: string): void => {
    if (lines.length > 0) lines.push('')
    lines.push(style.bold(title))
  }
  const item = (held: boolean, text: string, detail?: string): void => {
    const [first = '', ...rest] = wrap(text, width - 4)
    lines.push(`  ${mark(held, style)} ${first}`, ...rest.map((line) => `    ${line}`))
    if (detail !== undefined && !held)
      lines.push(...wrap(detail, width - 6).map((line) => `      ${style.dim(line)}`))
  }
  if (grade.goals.length > 0) {
    section('goal')
    for (const goal of grade.goals)
      item(goal.held, `${goal.id}: ${goal.label} must be ${goal.want}`, goal.detail)
  }
  if (grade.unreachable.length > 0) {
    section('kept out')
    for (const check of grade.unreachable) item(check.held, check.detail)
  }
  const leastPrivilege = grade.leastPrivilege
  if (leastPrivilege !== undefined) {
    section('least privilege')
    if (leastPrivilege.held) item(true, leastPrivilege.detail)
    for (const extra of leastPrivilege.extras) item(false, extra.sentence)
  }
  if (lines.length > 0) lines.push('')
  lines.push(grade.solved ? style.green(grade.verdict) : style.red(grade.verdict))
  return lines
}
