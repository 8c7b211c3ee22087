/**
 * Small syntax checks of the graph formats, strict enough to catch a broken label: Mermaid's
 * flowchart statements as the CLI writes them, and DOT's tokens and statement shapes.
 * Each returns its problems, empty when the text is well formed.
 */

const LABEL = '"((?:[^"#\\n<>|`]|#\\d+;)*)"'
const ID = '[A-Za-z][A-Za-z0-9_]*'
const MERMAID_NODE = new RegExp(
  `^(${ID})(?:\\[${LABEL}\\]|\\(\\[${LABEL}\\]\\)|\\{\\{${LABEL}\\}\\}|\\[/${LABEL}/\\]|\\[\\(${LABEL}\\)\\])$`,
)
const MERMAID_EDGE = new RegExp(`^(${ID}) (?:-->|-\\.->|==>)\\|${LABEL}\\| (${ID})$`)
const MERMAID_SUBGRAPH = new RegExp(`^subgraph (${ID})\\[${LABEL}\\]$`)

/** Problems of a Mermaid flowchart as the CLI writes it. */
export function checkMermaid(text: string): string[] {
  const problems: string[] = []
  const lines = text.replace(/\n$/, '').split('\n')
  if (lines[0] !== 'flowchart LR') problems.push(`first line: ${lines[0]}`)
  const defined = new Set<string>()
  const used: string[] = []
  let depth = 0
  for (const raw of lines.slice(1)) {
    const line = raw.trim()
    if (line.startsWith('%%')) {
      if (/[{}]/.test(line)) problems.push(`comment with braces: ${line}`)
      continue
    }
    const subgraph = MERMAID_SUBGRAPH.exec(line)
    if (subgraph !== null) {
      depth++
      continue
    }
    if (line === 'end') {
      depth--
      if (depth < 0) problems.push('`end` without `subgraph`')
      continue
    }
    const node = MERMAID_NODE.exec(line)
    if (node !== null) {
      defined.add(node[1] ?? '')
      continue
    }
    const edge = MERMAID_EDGE.exec(line)
    if (edge !== null) {
      used.push(edge[1] ?? '', edge[3] ?? '')
      continue
    }
    if (/^classDef [a-zA-Z]+ [a-z-]+:[^\s;]+(,[a-z-]+:[^\s,;]+)*$/.test(line)) continue
    const cls = new RegExp(`^class (${ID}) [a-zA-Z]+$`).exec(line)
    if (cls !== null) {
      used.push(cls[1] ?? '')
      continue
    }
    problems.push(`not a flowchart statement: ${line}`)
  }
  if (depth !== 0) problems.push('unbalanced subgraph/end')
  for (const id of used) if (!defined.has(id)) problems.push(`undefined node ${id}`)
  return problems
}

type Token = { kind: 'string' | 'id' | 'punct'; text: string }

function tokenizeDot(text: string, problems: string[]): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < text.length) {
    const char = text[i] ?? ''
    if (/\s/.test(char)) {
      i++
    } else if (char === '"') {
      let j = i + 1
      let value = ''
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\n') problems.push(`raw newline in a string at ${i}`)
        if (text[j] === '\\') {
          const next = text[j + 1] ?? ''
          if (!['"', '\\', 'n', 'l', 'r'].includes(next))
            problems.push(`unknown escape \\${next} at ${j}`)
          value += text.slice(j, j + 2)
          j += 2
        } else value += text[j++]
      }
      if (j >= text.length) problems.push(`unclosed string at ${i}`)
      tokens.push({ kind: 'string', text: value })
      i = j + 1
    } else if (text.startsWith('->', i)) {
      tokens.push({ kind: 'punct', text: '->' })
      i += 2
    } else if ('{}[];=,'.includes(char)) {
      tokens.push({ kind: 'punct', text: char })
      i++
    } else {
      const match = /^[A-Za-z_][A-Za-z0-9_.]*|^-?\d+(\.\d+)?/.exec(text.slice(i))
      if (match === null) {
        problems.push(`unexpected ${JSON.stringify(char)} at ${i}`)
        i++
      } else {
        tokens.push({ kind: 'id', text: match[0] })
        i += match[0].length
      }
    }
  }
  return tokens
}

/** Problems of DOT text: tokens, braces, and each statement's shape. */
export function checkDot(text: string): string[] {
  const problems: string[] = []
  const tokens = tokenizeDot(text, problems)
  const at = (k: number) => tokens[k]
  if (at(0)?.text !== 'digraph' || at(2)?.text !== '{')
    problems.push('does not start with `digraph NAME {`')
  let k = 3
  let depth = 1
  const isId = (token: Token | undefined) => token !== undefined && token.kind !== 'punct'
  const attributes = (): void => {
    // [ a=b, c=d ]
    k++
    while (at(k)?.text !== ']') {
      if (!isId(at(k)) || at(k + 1)?.text !== '=' || !isId(at(k + 2))) {
        problems.push(`bad attribute near token ${k}`)
        return
      }
      k += 3
      if (at(k)?.text === ',') k++
    }
    k++
  }
  while (k < tokens.length) {
    const token = at(k)
    if (token?.text === '}') {
      depth--
      k++
      continue
    }
    if (token?.text === 'subgraph') {
      if (!isId(at(k + 1)) || at(k + 2)?.text !== '{') problems.push(`bad subgraph at token ${k}`)
      depth++
      k += 3
      continue
    }
    if (
      token?.kind === 'id' &&
      ['node', 'edge', 'graph'].includes(token.text) &&
      at(k + 1)?.text === '['
    ) {
      k++
      attributes()
    } else if (isId(token) && at(k + 1)?.text === '=') {
      if (!isId(at(k + 2))) problems.push(`bad assignment at token ${k}`)
      k += 3
    } else if (isId(token) && at(k + 1)?.text === '->') {
      if (!isId(at(k + 2))) problems.push(`bad edge at token ${k}`)
      k += 3
      if (at(k)?.text === '[') attributes()
    } else if (isId(token)) {
      k++
      if (at(k)?.text === '[') attributes()
    } else {
      problems.push(`unexpected ${token?.text ?? 'end'} at token ${k}`)
      k++
      continue
    }
    if (at(k)?.text !== ';') problems.push(`missing ; at token ${k}`)
    else k++
  }
  if (depth !== 0) problems.push('unbalanced braces')
  return problems
}
