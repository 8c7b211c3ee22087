/**
 * @hatrack/engine: one request and the policies that apply → `allowed`, `explicitDeny` or
 * `implicitDeny`, gate by gate in AWS's order (iam-facts §7–9), with the statements that decided
 * and AWS's own AccessDenied wording.
 */
export type * from './types.ts'
export { evaluate } from './evaluate.ts'
export { compilePolicySet } from './compile/policy-set.ts'
export type { CompiledPolicy, CompiledPolicySet } from './compile/policy-set.ts'
export { decide } from './decide.ts'
export { explain } from './explain/explain.ts'
export { ROOT_CANNOT_ASSUME_ROLES, allowedMessage, callerName, deniedMessage } from './messages.ts'
export { GATE_ORDER, RCP_SERVICES } from './evaluate/plan.ts'
export { decisionKinds, gateInfo } from './vocabulary.ts'
export type { DecisionKindInfo, GateInfo } from './vocabulary.ts'
