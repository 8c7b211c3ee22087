/**
 * A whole trace for the terminal: the title and summary, the declarations the model refused,
 * then every step under its chapter heading, and the count of expectations at the end.
 */
import type { Trace } from '@hatrack/scenario'
import { renderMarkdown } from './markdown.ts'
import { renderStep } from './step.ts'
import type { Style } from './style.ts'
import { glyphs } from './verdict.ts'

function chapterHeading(title: string, style: Style, width: number): string {
  const rule = '─'.repeat(Math.max(3, width - title.length - 4))
  return style.bold(style.magenta(`── ${title} ${rule}`))
}

/** The summary line: `3 steps · expectations: 2 held, 1 failed, 4 unchecked`. */
export function summaryLine(trace: Trace, style: Style): string {
  const { passed, failed, unchecked } = trace.summary.expectations
  const held = passed > 0 ? style.green(`${passed} held`) : `${passed} held`
  const broke = failed > 0 ? style.red(`${failed} failed`) : `${failed} failed`
  const mark =
    failed > 0 || trace.summary.setupErrors > 0 ? style.red(glyphs.fail) : style.green(glyphs.pass)
  const steps = `${trace.summary.steps} step${trace.summary.steps === 1 ? '' : 's'}`
  return `${mark} ${steps} · expectations: ${held}, ${broke}, ${unchecked} unchecked`
}

/** The trace's lines, for stdout. */
export function renderTimeline(trace: Trace, style: Style, width: number): string[] {
  const lines = [style.bold(trace.scenario.title)]
  if (trace.scenario.summary !== undefined)
    lines.push(
      ...renderMarkdown(trace.scenario.summary, style, { width, indent: '' }).map(style.dim),
    )
  lines.push('')
  const refused = trace.setup.errors.length
  if (refused > 0) {
    const what = `${refused} declaration${refused === 1 ? '' : 's'}`
    lines.push(style.red(`${glyphs.fail} AWS refused ${what} of the world:`))
    for (const error of trace.setup.errors)
      lines.push(`    ${error.declaration}: ${error.error.code}: ${error.error.message}`)
    lines.push('')
  }
  let previousDate: string | undefined
  for (const step of trace.steps) {
    if (step.chapter !== undefined) lines.push(chapterHeading(step.chapter, style, width), '')
    lines.push(...renderStep(step, style, { width, previousDate }), '')
    previousDate = step.at.slice(0, 10)
  }
  lines.push(summaryLine(trace, style))
  return lines
}
