/** The documentation pages generated from the code, by path from the repository root. */
import { renderErrorReference } from './error-reference.ts'
import { renderDecisionsPage } from '../site/decisions-page.ts'
import { elementsApiPage } from '../site/elements-api.ts'

export const generatedPages: ReadonlyArray<readonly [string, () => string]> = [
  ['docs/reference/errors.md', renderErrorReference],
  ['docs/reference/decisions.md', renderDecisionsPage],
  ['docs/reference/elements.md', elementsApiPage],
]
