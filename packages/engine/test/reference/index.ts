/**
 * The reference evaluator: a small, readable transcription of AWS's policy evaluation logic that
 * the property tests compare the engine with.
 */
export { evaluateReference } from './evaluate-reference.ts'
export { GATE_ORDER, GATE_PHRASE, type ReferenceDecision } from './reference-decision.ts'
export {
  isAssumeRole,
  RCP_SERVICES,
  rcpsApply,
  resourceAccountOf,
  resourcePolicyRequired,
  scpsApply,
  serviceOf,
} from './request-facts.ts'
