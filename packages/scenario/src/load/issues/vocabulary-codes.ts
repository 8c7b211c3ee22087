/** Issue codes of `checkVocabulary`: names AWS does not know (warnings). */
import type { ScenarioIssueCodeInfo } from './info.ts'

/** Codes of `checkVocabulary` (warnings). */
export const vocabularyCodes = {
  'scenario.vocabulary.unknownService': {
    severity: 'warning',
    title: 'Unknown service prefix',
    description:
      "An action or condition key starts with a service prefix that AWS's Service Authorization Reference does not list (`s4:GetObject`). AWS accepts such a policy, but the statement never matches anything.",
  },
  'scenario.vocabulary.unknownAction': {
    severity: 'warning',
    title: 'Unknown action',
    description:
      'The service has no such action (`s3:GetObjects`). AWS accepts unknown actions in a policy, so a typo silently grants or denies nothing; the hint suggests the closest action.',
  },
  'scenario.vocabulary.noMatchingAction': {
    severity: 'warning',
    title: 'Wildcard matches no action',
    description: "An action with wildcards (`s3:Gett*`) matches none of the service's actions.",
  },
  'scenario.vocabulary.unknownConditionKey': {
    severity: 'warning',
    title: 'Unknown condition key',
    description:
      'The condition key is neither a global key (`aws:…`) nor a key of its service. A condition on a key absent from the request fails (or, with `…IfExists`, holds), so a typo changes the decision.',
  },
  'scenario.vocabulary.unknownResourceShape': {
    severity: 'warning',
    title: 'ARN matches no resource type',
    description:
      "The ARN has a shape none of the service's resource types has (`arn:aws:s3:::bucket:key`), so no request names it.",
  },
  'scenario.vocabulary.unavailable': {
    severity: 'warning',
    title: 'Vocabulary not available',
    description:
      'The list of actions and keys of a service could not be loaded, so its names were not checked.',
  },
} as const satisfies Record<string, ScenarioIssueCodeInfo>
