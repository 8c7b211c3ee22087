/**
 * Reading one file: its size, its nesting, its YAML syntax. Problems come back as issues with
 * the line and column where the parser stopped; a file that passes is a {@link SourceFile}.
 */
import { parseJsonText } from '@hatrack/policy'
import { LineCounter, parseDocument } from 'yaml'
import { issue, type PendingIssue } from '../issues/index.ts'
import { limits } from '../limits.ts'
import { excessiveNesting } from './nesting.ts'
import { exceedsBytes } from './size.ts'
import { positionInText, positionOf, type SourceFile } from './source-file.ts'
import { describeYamlError } from './yaml-errors.ts'

/** The result of reading a file. */
export type ReadResult =
  | { readonly ok: true; readonly file: SourceFile }
  | { readonly ok: false; readonly issues: readonly PendingIssue[] }

function at(file: string | undefined, line: number, column: number) {
  return file === undefined ? { line, column } : { file, line, column }
}

/** Parses `text` as one YAML document, refusing it when too large or too deeply nested. */
export function readYaml(text: string, name: string | undefined): ReadResult {
  if (exceedsBytes(text, limits.maxBytes)) {
    return {
      ok: false,
      issues: [
        {
          ...issue('scenario.input.tooLarge', [], 'the file is larger than 1 MiB', {
            hint: 'split the scenario in two with `extends`, or remove what it does not need',
          }),
          at: at(name, 1, 1),
        },
      ],
    }
  }
  const lines = new LineCounter()
  const deep = excessiveNesting(text, limits.maxDepth)
  if (deep !== undefined) {
    const { line, column } = positionInText(text, deep)
    return {
      ok: false,
      issues: [
        {
          ...issue(
            'scenario.input.tooDeep',
            [],
            `maps and lists nest more than ${limits.maxDepth} levels deep here`,
            {
              hint: 'a scenario needs about 15 levels: check for runaway brackets or dashes',
            },
          ),
          at: at(name, line, column),
        },
      ],
    }
  }
  const doc = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: false,
    strict: true,
    merge: false,
    version: '1.2',
  })
  const issues: PendingIssue[] = []
  const json = doc.errors.length > 0 && /^\s*[[{]/.test(text) ? parseJsonText(text) : undefined
  if (json !== undefined && !json.ok) {
    const { message, hint, position } = json.error
    issues.push({
      ...issue('scenario.yaml.syntax', [], message, { hint }),
      at: at(name, position.line, position.column),
    })
  }
  // The first error only: the ones after it are mostly its echoes.
  for (const error of issues.length > 0 ? [] : doc.errors.slice(0, 1)) {
    const { line, column } = positionOf(lines, error.pos[0])
    if (error.code === 'MULTIPLE_DOCS') {
      issues.push({
        ...issue(
          'scenario.yaml.multipleDocuments',
          [],
          'the file holds more than one YAML document',
          {
            hint: 'remove the second `---`, or move what follows it to its own file',
          },
        ),
        at: at(name, line, column),
      })
      continue
    }
    const { message, hint } = describeYamlError(error)
    issues.push({
      ...issue('scenario.yaml.syntax', [], message, { hint }),
      at: at(name, line, column),
    })
  }
  for (const warning of doc.warnings) {
    const { line, column } = positionOf(lines, warning.pos[0])
    const tag = /!\S*/.exec(warning.message)?.[0]
    const code =
      warning.code === 'TAG_RESOLVE_FAILED'
        ? 'scenario.yaml.unsupportedTag'
        : 'scenario.yaml.syntax'
    const message =
      code === 'scenario.yaml.unsupportedTag'
        ? `the YAML tag ${tag === undefined ? '' : `\`${tag}\` `}is not supported`.replace(
            '  ',
            ' ',
          )
        : describeYamlError(warning).message
    issues.push({
      ...issue(code, [], message, {
        hint:
          code === 'scenario.yaml.unsupportedTag'
            ? 'remove the tag; a scenario is plain YAML'
            : undefined,
      }),
      at: at(name, line, column),
    })
  }
  if (issues.length > 0) return { ok: false, issues }
  if (doc.contents === null) {
    return {
      ok: false,
      issues: [
        {
          ...issue('scenario.yaml.empty', [], 'the file holds no scenario', {
            hint: 'start it with `hatrack: 1` and a `title`',
          }),
          at: at(name, 1, 1),
        },
      ],
    }
  }
  return { ok: true, file: { name, text, doc, lines } }
}
