/**
 * fast-check generators of small IAM worlds (requests, policies, policy sets) that exercise the
 * engine's gates, and the run count of the property tests.
 */
export { contextArbitrary, CONTEXT_DOMAIN, principalKeys } from './context.ts'
export { clauseArbitrary, conditionArbitrary } from './conditions.ts'
export {
  documentArbitrary,
  fullAccess,
  organizationArbitrary,
  policyDocArbitrary,
  statementArbitrary,
} from './policies.ts'
export { callerShapeArbitrary, requestArbitrary } from './request.ts'
export { FC_RUNS, FC_TIMEOUT } from './runs.ts'
export { toNamedPolicy, toPolicySet } from './to-policy-set.ts'
export { ACCOUNTS, ACTIONS, callerOf, type CallerShape } from './vocabulary.ts'
export type { PolicyDoc, PolicyDocument, StatementJson, World } from './world.ts'
export { grantedWorldArbitrary, worldAround, worldArbitrary } from './world-arbitrary.ts'
export {
  addStatement,
  shuffledWorld,
  withoutAllows,
  withoutIdentityAllows,
  withEffect,
  withoutResourceAllows,
  withStatement,
  type EditableGate,
} from './world-edits.ts'
