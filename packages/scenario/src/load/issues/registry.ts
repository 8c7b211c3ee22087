/**
 * Every issue code `load` and `checkVocabulary` give, with its severity, a title and a paragraph
 * for the docs. Codes are stable: tools and docs pages rely on them. Issues of policy documents
 * keep @hatrack/policy's codes (`policy.…`), listed in its own registry.
 */
import { challengeCodes } from './challenge-codes.ts'
import type { ScenarioIssueCodeInfo } from './info.ts'
import { inputCodes } from './input-codes.ts'
import { referenceCodes } from './reference-codes.ts'
import { schemaCodes } from './schema-codes.ts'
import { stepCodes } from './step-codes.ts'
import { vocabularyCodes } from './vocabulary-codes.ts'
import { worldCodes } from './world-codes.ts'

/** The registry of scenario issue codes. */
export const scenarioIssueCodes = {
  ...inputCodes,
  ...schemaCodes,
  ...referenceCodes,
  ...worldCodes,
  ...stepCodes,
  ...vocabularyCodes,
  ...challengeCodes,
} as const satisfies Record<string, ScenarioIssueCodeInfo>

/** A code of {@link scenarioIssueCodes}. */
export type ScenarioIssueCode = keyof typeof scenarioIssueCodes
