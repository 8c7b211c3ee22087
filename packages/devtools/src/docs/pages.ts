/** The documentation pages generated from the code, by path from the repository root. */
import { renderErrorReference } from './error-reference.ts'

export const generatedPages: ReadonlyArray<readonly [string, () => string]> = [
  ['docs/reference/errors.md', renderErrorReference],
]
