/**
 * One step of a trace for the terminal timeline: its number, id and time; the narration; who
 * does what; the verdict with AWS's message; other authorizations; sessions created and
 * expired; changes to the world; the call's output; whether the expectation held.
 */
import type { TraceStep } from '@hatrack/scenario'
import { extraFailures } from './failures.ts'
import { wrap, renderMarkdown } from './markdown.ts'
import type { Style } from './style.ts'
import { decisionVerdict, glyphs, outcomeVerdict } from './verdict.ts'
import { splitInstant } from './words.ts'

/** How steps are laid out. */
export interface StepLayout {
  readonly width: number
  /** The date of the previous step: shown again only when it changes. */
  readonly previousDate: string | undefined
}

const INDENT = '    '

function wrapped(text: string, width: number, first: string, rest: string): string[] {
  return wrap(text, width - rest.length).map(
    (line, index) => `${index === 0 ? first : rest}${line}`,
  )
}

/** Output values longer than this (secret keys, session tokens) are shortened. */
const MAX_VALUE = 80

function shorten(text: string): string {
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text
}

function flatten(value: unknown, prefix: string, out: [string, string][]): void {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value))
      flatten(inner, prefix === '' ? key : `${prefix}.${key}`, out)
  } else out.push([prefix, shorten(typeof value === 'string' ? value : JSON.stringify(value))])
}

function sessionLines(step: TraceStep, style: Style): string[] {
  const lines: string[] = []
  for (const session of step.sessions.created) {
    const notes = [
      session.source,
      `until ${splitInstant(session.expiresAt).time}`,
      ...(session.chained ? ['role chaining'] : []),
      ...(session.mfa ? ['MFA'] : []),
      ...(session.sourceIdentity === undefined
        ? []
        : [`source identity ${session.sourceIdentity}`]),
      ...(session.tags.length === 0
        ? []
        : [
            `tags ${session.tags.map((tag) => `${tag.key}=${tag.value}${tag.transitive ? ' (transitive)' : ''}`).join(', ')}`,
          ]),
    ]
    lines.push(
      `${INDENT}${style.green('+')} session ${style.bold(session.name)} ${style.dim(`(${notes.join(', ')})`)}`,
    )
    lines.push(`${INDENT}  ${style.dim(session.arn)}`)
  }
  for (const name of step.sessions.expired)
    lines.push(`${INDENT}${style.yellow('-')} session ${style.bold(name)} expired`)
  return lines
}

function sameSentence(a: string, b: string): boolean {
  const fold = (text: string) => text.replace(/\.$/, '').toLowerCase()
  return fold(a) === fold(b)
}

function changeLines(step: TraceStep, style: Style): string[] {
  const marks = { create: style.green('+'), update: style.yellow('~'), delete: style.red('-') }
  // A step whose outcome already says its one change (an administrator's change) says it once.
  const [only, ...others] = step.changes
  if (
    only !== undefined &&
    others.length === 0 &&
    step.outcome.status === 'ok' &&
    sameSentence(only.summary, step.outcome.message)
  )
    return []
  return step.changes.map((change) => `${INDENT}${marks[change.op]} ${change.summary}`)
}

function expectationLines(step: TraceStep, style: Style, width: number): string[] {
  const result = step.expectation
  if (result === undefined) return []
  if (result.held)
    return [
      `${INDENT}${style.green(`${glyphs.pass} expectation held`)}${style.dim(`: ${result.detail}`)}`,
    ]
  return [
    ...wrapped(
      `${style.red(`${glyphs.fail} expectation failed:`)} ${result.detail}`,
      width,
      INDENT,
      `${INDENT}  `,
    ),
    ...extraFailures(result).flatMap((failure) =>
      wrapped(failure, width, `${INDENT}  - `, `${INDENT}    `),
    ),
  ]
}

/** The step's lines (no trailing newline); a step of the timeline is followed by a blank line. */
export function renderStep(step: TraceStep, style: Style, layout: StepLayout): string[] {
  const { width } = layout
  const { date, time } = splitInstant(step.at)
  const when = date !== layout.previousDate ? `${date} ${time}` : time
  const lines = [`${style.bold(`[${step.index + 1}]`)} ${style.bold(step.id)}  ${style.dim(when)}`]
  // The narration, then a blank line before what happened (only a narrating step has nothing after).
  if (step.say !== undefined) {
    lines.push(...renderMarkdown(step.say, style, { width, indent: INDENT }))
    if (step.kind !== 'narration') lines.push('')
  }
  if (step.actor !== undefined || step.call !== undefined) {
    const who = step.actor === undefined ? '' : `${style.cyan(step.actor.label)} `
    const what =
      step.call === undefined ? step.kind : `${step.call.action} on ${step.call.resource}`
    const via =
      step.sessions.used === undefined || step.sessions.used === step.actor?.label
        ? ''
        : style.dim(` (session ${step.sessions.used})`)
    lines.push(...wrapped(`${who}${style.dim('→')} ${what}${via}`, width, INDENT, `${INDENT}  `))
  }
  // A narrating step's outcome only repeats its narration.
  if (!(step.kind === 'narration' && step.outcome.status === 'ok' && step.say !== undefined))
    lines.push(...wrapped(outcomeVerdict(step.outcome, style), width, INDENT, `${INDENT}  `))
  if (step.outcome.status === 'denied' || step.outcome.status === 'error')
    lines.push(
      ...wrapped(
        `${style.dim('AWS:')} ${step.outcome.message}`,
        width,
        `${INDENT}  `,
        `${INDENT}  `,
      ),
    )
  else if (step.outcome.status === 'allowed')
    lines.push(...wrapped(step.outcome.message, width, `${INDENT}  `, `${INDENT}  `))
  for (const other of step.decisions ?? [])
    lines.push(
      `${INDENT}  ${style.dim('also')} ${other.label}: ${decisionVerdict(other.decision.decision, other.decision.gate, style)}`,
    )
  lines.push(...sessionLines(step, style), ...changeLines(step, style))
  if (step.output !== undefined) {
    const rows: [string, string][] = []
    flatten(step.output, '', rows)
    if (rows.length > 0) lines.push(`${INDENT}${style.dim('output:')}`)
    for (const [key, value] of rows) lines.push(`${INDENT}  ${key}: ${value}`)
  }
  lines.push(...expectationLines(step, style, width))
  return lines
}
