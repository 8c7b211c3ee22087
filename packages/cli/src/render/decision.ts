/**
 * A decision gate by gate, for `hatrack explain`: each gate in AWS's order with its outcome; the
 * statements that allowed or denied; for an implicit deny the statements that came closest, with
 * the element that failed and the values compared; what could not be evaluated; AWS's message.
 */
import type { Decision, GateResult, Mismatch, NearMiss } from '@hatrack/engine'
import { wrap } from './markdown.ts'
import type { Style } from './style.ts'
import { decisionVerdict, glyphs } from './verdict.ts'
import { formatPath, gateTitles, statementWords, valueWords } from './words.ts'

function wrapped(text: string, width: number, first: string, rest = first): string[] {
  return wrap(text, width - rest.length).map(
    (line, index) => `${index === 0 ? first : rest}${line}`,
  )
}

function outcomeWords(gate: GateResult, style: Style): string {
  switch (gate.outcome) {
    case 'allow':
      return style.green(`${glyphs.pass} allow`)
    case 'explicitDeny':
      return style.red(`${glyphs.fail} explicitDeny`)
    case 'implicitDeny':
      return style.red(`${glyphs.fail} implicitDeny`)
    case 'notApplicable':
      return style.dim('– not applicable')
  }
}

function mismatchLines(mismatch: Mismatch, style: Style, width: number, indent: string): string[] {
  const lines = wrapped(
    `${style.red(glyphs.fail)} ${mismatch.element} ${style.dim(`(${formatPath(mismatch.path)})`)}: ${mismatch.detail}`,
    width,
    indent,
    `${indent}  `,
  )
  if (mismatch.key !== undefined) {
    const values = [
      `key \`${mismatch.key}\``,
      ...(mismatch.operator === undefined ? [] : [`operator \`${mismatch.operator}\``]),
      `request ${valueWords(mismatch.requestValue)}`,
      ...(mismatch.policyValues === undefined
        ? []
        : [`policy ${valueWords(mismatch.policyValues)}`]),
    ]
    lines.push(...wrapped(style.dim(values.join(', ')), width, `${indent}  `))
  }
  return lines
}

function nearMissLines(miss: NearMiss, rank: number, style: Style, width: number): string[] {
  return [
    ...wrapped(
      `${rank}. ${statementWords(miss.statement)} ${style.dim(formatPath(miss.statement.path))}`,
      width,
      '        ',
      '           ',
    ),
    ...miss.mismatches.flatMap((mismatch) => mismatchLines(mismatch, style, width, '           ')),
  ]
}

function gateLines(gate: GateResult, index: number, style: Style, width: number): string[] {
  const level = gate.level === undefined ? '' : style.dim(` (level ${gate.level})`)
  const lines = [
    `  ${index + 1}. ${style.bold(gate.gate)} ${style.dim(`(${gateTitles[gate.gate]})`)}: ${outcomeWords(gate, style)}${level}`,
  ]
  if (gate.reason !== undefined) lines.push(...wrapped(style.dim(gate.reason), width, '      '))
  // The same statement at several levels (an SCP attached to the root, an OU and the account).
  const counts = new Map<string, number>()
  for (const ref of gate.matched) {
    const text = `${gate.outcome === 'explicitDeny' ? 'denied by' : 'allowed by'} ${statementWords(ref)} ${style.dim(formatPath(ref.path))}`
    counts.set(text, (counts.get(text) ?? 0) + 1)
  }
  const perLevel = gate.gate === 'scp' || gate.gate === 'rcp'
  for (const [text, count] of counts) {
    const times = count === 1 ? '' : style.dim(perLevel ? ` (at ${count} levels)` : ` (×${count})`)
    lines.push(...wrapped(`${text}${times}`, width, '      ', '        '))
  }
  if (gate.closest.length > 0) {
    lines.push(`      ${style.dim('closest statements:')}`)
    gate.closest.forEach((miss, rank) => lines.push(...nearMissLines(miss, rank + 1, style, width)))
  } else if (
    gate.outcome === 'implicitDeny' &&
    gate.matched.length === 0 &&
    gate.reason === undefined
  ) {
    lines.push(`      ${style.dim('no statement of this gate comes close')}`)
  }
  return lines
}

/** The decision's lines. */
export function renderDecision(decision: Decision, style: Style, width: number): string[] {
  const lines = [
    `${decisionVerdict(decision.decision, decision.gate, style)}${decision.crossAccount ? style.dim(' (cross-account)') : ''}`,
    ...wrapped(
      decision.decision === 'allowed'
        ? decision.message
        : `${style.dim('AWS:')} ${decision.message}`,
      width,
      '  ',
    ),
    '',
    style.bold('gates, in AWS’s order of evaluation:'),
    ...decision.gates.flatMap((gate, index) => gateLines(gate, index, style, width)),
  ]
  if (decision.notEvaluated.length > 0) {
    lines.push('', style.bold(style.yellow('not evaluated:')))
    for (const entry of decision.notEvaluated)
      lines.push(
        ...wrapped(
          `- ${statementWords(entry.statement)} ${style.dim(formatPath(entry.path))}: ${entry.reason}`,
          width,
          '  ',
          '    ',
        ),
      )
  }
  return lines
}
