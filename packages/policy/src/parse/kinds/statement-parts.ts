/**
 * The normalized parts of one statement, as the kind-specific checks see them.
 */
import type {
  ActionElement,
  ConditionClause,
  Effect,
  JsonPath,
  PrincipalElement,
  ResourceElement,
} from '../../ast.ts'

/** What a statement holds once read; a part is `undefined` when absent or refused. */
export interface StatementParts {
  readonly path: JsonPath
  readonly effect: Effect | undefined
  readonly principal: PrincipalElement | undefined
  readonly action: ActionElement | undefined
  readonly resource: ResourceElement | undefined
  readonly conditions: readonly ConditionClause[]
  /** Whether the statement has a `Condition` element, even an empty or refused one. */
  readonly hasCondition: boolean
}
