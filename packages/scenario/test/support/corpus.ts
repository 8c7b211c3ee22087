/** The issue corpus of `corpus/issues.yaml`. */
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

/** One case: a file and the issue it must give. */
export interface IssueCase {
  readonly name: string
  readonly text: string
  readonly fileName?: string
  readonly files?: Readonly<Record<string, string>>
  readonly vocabulary?: boolean
  readonly expect: {
    readonly code: string
    readonly line: number
    readonly column: number
    readonly severity?: 'error' | 'warning'
    readonly message?: string
    readonly hint?: string
    readonly file?: string
    readonly path?: readonly (string | number)[]
  }
}

/** Every case. */
export const issueCases = parse(
  readFileSync(new URL('../corpus/issues.yaml', import.meta.url), 'utf8'),
) as IssueCase[]
