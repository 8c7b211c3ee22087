/**
 * Reading one file: its size, its nesting, its YAML syntax. Problems come back as issues with
 * the line and column where the parser stopped; a file that passes is a {@link SourceFile}.
 */
import { type JsonNode, parseJsonText } from '@hatrack/policy'
import { Composer, type CST, type Document, Lexer, LineCounter, Parser, YAMLParseError } from 'yaml'
import { issue, type PendingIssue } from '../issues/index.ts'
import { limits } from '../limits.ts'
import { NestingGauge } from './nesting.ts'
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

/** The `yaml` options every scenario file is parsed with: YAML 1.2, strict, no merge keys. */
const YAML_OPTIONS = {
  prettyErrors: false,
  uniqueKeys: false,
  strict: true,
  merge: false,
  version: '1.2',
} as const

/**
 * Composes the YAML document of `tokens` (what a `yaml` {@link Parser} made of a text of
 * `length` characters): the first document, with a `MULTIPLE_DOCS` error when another follows,
 * as `yaml`'s `parseDocument` does.
 */
function composeDocument(tokens: Iterable<CST.Token>, length: number): Document.Parsed {
  let doc: Document.Parsed | undefined
  for (const next of new Composer(YAML_OPTIONS).compose(tokens, true, length)) {
    if (doc !== undefined) {
      const [start, end] = next.range
      doc.errors.push(
        new YAMLParseError([start, end], 'MULTIPLE_DOCS', 'Source contains multiple documents'),
      )
      break
    }
    doc = next
  }
  // `compose(…, true, …)` always ends with a document, an empty one for an empty text.
  if (doc === undefined) throw new Error('the YAML composer gave no document')
  return doc
}

/** A text parsed as YAML, or where it nests too deeply to be. */
type Parsed =
  | { readonly ok: true; readonly doc: Document.Parsed; readonly lines: LineCounter }
  | { readonly ok: false; readonly deepAt: number }

/**
 * Parses `text` as YAML, lexing it once: each token goes to the {@link NestingGauge} before the
 * parser, and the tokens stop at the first one over {@link limits.maxDepth}, so the recursive
 * composer never sees a runaway nesting. (What `yaml`'s `parseDocument` does, in its steps.)
 */
function parseYaml(text: string): Parsed {
  const lines = new LineCounter()
  const parser = new Parser(lines.addNewLine)
  const gauge = new NestingGauge(limits.maxDepth)
  let deepAt: number | undefined
  function* tokens(): Generator<CST.Token> {
    lines.addNewLine(0)
    for (const lexeme of new Lexer().lex(text)) {
      deepAt = gauge.feed(lexeme)
      if (deepAt !== undefined) return
      yield* parser.next(lexeme)
    }
    yield* parser.end()
  }
  const doc = composeDocument(tokens(), text.length)
  return deepAt === undefined ? { ok: true, doc, lines } : { ok: false, deepAt }
}

/**
 * A file read through the JSON fast path: places come from its JSON tree, built by `tree` when a
 * place is first asked for, and its YAML document is parsed only if something asks for it.
 */
export function deferredSourceFile(
  name: string | undefined,
  text: string,
  tree: () => JsonNode,
): SourceFile {
  let parsed: { readonly doc: Document.Parsed; readonly lines: LineCounter } | undefined
  const parse = () => {
    if (parsed !== undefined) return parsed
    const result = parseYaml(text)
    if (!result.ok) throw new Error('a file read as JSON nests too deeply as YAML')
    parsed = result
    return parsed
  }
  return {
    name,
    text,
    get json() {
      return tree()
    },
    get doc() {
      return parse().doc
    },
    get lines() {
      return parse().lines
    },
  }
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
  const parsed = parseYaml(text)
  if (!parsed.ok) {
    const { line, column } = positionInText(text, parsed.deepAt)
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
  const { doc, lines } = parsed
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
