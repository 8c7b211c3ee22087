/**
 * The who-can-assume analysis (issue #3, "The analysis"): every principal against every role,
 * the direct edges with their statements and conditions, the gate that refuses every other pair,
 * and chains through role sessions with their shortest paths.
 */
export { analyzeAssumeRoles } from './analyze.ts'
export { canAssume } from './can-assume.ts'
export { explainPair } from './explain-pair.ts'
export type { PairExplanation } from './explain-pair.ts'
export { pairStatus } from './pair-status.ts'
export { chainTo } from './chains/chain-to.ts'
export { assumeGraphEdges } from './graph-edges.ts'
export type { RenderEdge, RenderNode } from './graph-edges.ts'
export { classifyKey } from './classify.ts'
export { DEFAULT_SESSION_NAME } from './defaults.ts'
export type * from './types.ts'
