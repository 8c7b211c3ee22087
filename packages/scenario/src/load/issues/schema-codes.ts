/** Issue codes of the schema: keys, types and values. */
import type { ScenarioIssueCodeInfo } from './info.ts'

/** Codes of the schema. */
export const schemaCodes = {
  'scenario.version.unsupported': {
    severity: 'error',
    title: 'Unsupported format version',
    description:
      '`hatrack:` names the version of the scenario format. This Hatrack reads version `1`; a file written for a later version needs a later Hatrack.',
  },
  'scenario.schema.type': {
    severity: 'error',
    title: 'Wrong kind of value',
    description:
      'A key holds a value of the wrong kind: text where a map is expected, a list where text is expected. The message names what was expected. A YAML value such as `123` or `true` is a number or a boolean: quote it to make it text.',
  },
  'scenario.schema.unknownKey': {
    severity: 'error',
    title: 'Unknown key',
    description:
      'A map holds a key the format does not define, most often a typo. The hint suggests the closest known key, or lists the keys allowed there.',
  },
  'scenario.schema.missingKey': {
    severity: 'error',
    title: 'Missing key',
    description:
      'A required key is absent: a role needs `account` and `trust`, an account needs `id`, …',
  },
  'scenario.schema.enum': {
    severity: 'error',
    title: 'Value not allowed',
    description:
      'The value must be one of a fixed list (`allowed`, `explicitDeny`, `implicitDeny`; `oidc`, `saml`; …). The hint suggests the closest one.',
  },
  'scenario.schema.pattern': {
    severity: 'error',
    title: 'Malformed value',
    description:
      'Text that must follow a rule does not: an account id of 12 digits, an IAM path that begins and ends with `/`, a duration such as `1h30m`, a region such as `us-east-1`.',
  },
  'scenario.schema.range': {
    severity: 'error',
    title: 'Number out of range',
    description:
      'A number is outside the range the key allows, or is not a whole number where one is needed.',
  },
  'scenario.schema.length': {
    severity: 'error',
    title: 'Text too short or too long',
    description: 'Text is empty where a value is needed, or longer than AWS allows.',
  },
  'scenario.schema.tooFew': {
    severity: 'error',
    title: 'Too few entries',
    description: 'A map or list needs more entries: `accounts` needs at least one account.',
  },
  'scenario.schema.noKind': {
    severity: 'error',
    title: 'Step or change without a kind',
    description:
      'A step must do one thing, named by one key (`assumeRole`, `request`, `advance`, `change`, …), unless it only narrates with `say` or `chapter`; a `change` must name one operation.',
  },
  'scenario.schema.severalKinds': {
    severity: 'error',
    title: 'Step or change with several kinds',
    description:
      'A step does one thing: it cannot both `assumeRole` and `request`. Split it into two steps. The same holds for the operation of a `change`.',
  },
  'scenario.value.duration': {
    severity: 'error',
    title: 'Duration out of range',
    description:
      "A duration in the declared world is outside what AWS allows: a role's `maxSessionDuration` is 1h to 12h, a Roles Anywhere profile's or a CLI profile's `durationSeconds` 15m to 12h. Durations in steps are not checked when loading: AWS's `ValidationError` for them is part of what a scenario can show.",
  },
  'scenario.value.instant': {
    severity: 'error',
    title: 'Not a real time',
    description: '`start` names a date that does not exist, such as month 13 or February 30.',
  },
} as const satisfies Record<string, ScenarioIssueCodeInfo>
