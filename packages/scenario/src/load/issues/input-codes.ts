/** Issue codes of reading the text: size, nesting, YAML syntax. */
import type { ScenarioIssueCodeInfo } from './info.ts'

/** Codes of reading the text. */
export const inputCodes = {
  'scenario.input.tooLarge': {
    severity: 'error',
    title: 'File too large',
    description:
      'A scenario file may hold at most 1 MiB of text. Larger inputs are refused before they are parsed, so a mistaken or hostile file cannot stall the loader. Split the scenario with `extends`, or trim it.',
  },
  'scenario.input.tooDeep': {
    severity: 'error',
    title: 'Nesting too deep',
    description:
      'Maps and lists may nest at most 100 levels deep (a scenario needs about 15). Deeper input is refused before it is parsed, since it can only be a mistake or an attack on the parser.',
  },
  'scenario.yaml.syntax': {
    severity: 'error',
    title: 'YAML or JSON syntax error',
    description:
      'The text is not valid YAML (JSON is YAML too). The message says what the parser expected at that line and column: a missing `:` or `,`, an unclosed bracket or quote, a tab used for indentation.',
  },
  'scenario.yaml.duplicateKey': {
    severity: 'error',
    title: 'Duplicate key',
    description:
      'A key appears twice in the same map. YAML forbids it, and a scenario would silently lose one of the values; keep one of them.',
  },
  'scenario.yaml.multipleDocuments': {
    severity: 'error',
    title: 'Several documents in one file',
    description:
      'A scenario file holds one YAML document. A second `---` starts another; remove it, or put the second scenario in its own file.',
  },
  'scenario.yaml.complexKey': {
    severity: 'error',
    title: 'Key is not text',
    description:
      'Map keys must be plain text. YAML allows maps and lists as keys (`? [a, b]: x`); a scenario does not.',
  },
  'scenario.yaml.unsupportedTag': {
    severity: 'error',
    title: 'Unsupported YAML tag',
    description:
      'Custom tags such as `!Ref` or `!!binary` have no meaning in a scenario, and reading them as text would hide a mistake. Remove the tag (a CloudFormation template is written as `change` operations, not as tags).',
  },
  'scenario.yaml.aliasLimit': {
    severity: 'error',
    title: 'Aliases expand too far',
    description:
      'YAML aliases (`*name`) repeat an anchored value. Nested aliases can expand exponentially (a "billion laughs" attack); a scenario may expand aliases to at most 10,000 values in all.',
  },
  'scenario.yaml.empty': {
    severity: 'error',
    title: 'Empty file',
    description: 'The file holds no scenario. Start it with `hatrack: 1` and a `title`.',
  },
  'scenario.internal': {
    severity: 'error',
    title: 'Internal error',
    description:
      'Hatrack failed while reading the file. This is a bug in Hatrack, not in the scenario: please report it with the file.',
  },
} as const satisfies Record<string, ScenarioIssueCodeInfo>
