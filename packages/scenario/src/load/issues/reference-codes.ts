/** Issue codes of names: every name a scenario uses must be declared. */
import type { ScenarioIssueCodeInfo } from './info.ts'

function unknown(what: string, where: string): ScenarioIssueCodeInfo {
  return {
    severity: 'error',
    title: `Unknown ${what}`,
    description: `A ${what} is named that the scenario does not declare${where}. The hint lists the closest names that exist.`,
  }
}

/** Codes of references to names. */
export const referenceCodes = {
  'scenario.reference.unknownAccount': unknown(
    'account',
    ' under `accounts` (by name or 12-digit id)',
  ),
  'scenario.reference.unknownUser': unknown('user', ' under `users`'),
  'scenario.reference.unknownGroup': unknown('group', ' under `groups`'),
  'scenario.reference.unknownRole': unknown(
    'role',
    ' under `roles`, as a service-linked role, or in a step that creates it',
  ),
  'scenario.reference.unknownPolicy': {
    severity: 'error',
    title: 'Unknown managed policy',
    description:
      'A managed policy is named that is neither an AWS managed policy Hatrack carries (by name or ARN) nor a customer managed policy of `policies`. The hint lists the closest names. AWS managed policy names are case-sensitive.',
  },
  'scenario.reference.unknownProvider': unknown('identity provider', ' under `identityProviders`'),
  'scenario.reference.unknownResource': unknown('resource', ' under `resources`'),
  'scenario.reference.unknownInstanceProfile': unknown(
    'instance profile',
    ' under `instanceProfiles`',
  ),
  'scenario.reference.unknownAnchor': unknown('trust anchor', ' under `rolesAnywhere.anchors`'),
  'scenario.reference.unknownProfile': unknown(
    'Roles Anywhere profile',
    ' under `rolesAnywhere.profiles`',
  ),
  'scenario.reference.unknownCliProfile': unknown('CLI profile', ' under `cliProfiles`'),
  'scenario.reference.unknownCaller': {
    severity: 'error',
    title: 'Unknown caller',
    description:
      '`as:` names no one the scenario knows. A caller is a user, a session named by an earlier step, `root@ACCOUNT`, `profile:NAME`, `service:PRINCIPAL`, a Lambda function or EC2 instance, `anonymous`, or `admin` for changes.',
  },
  'scenario.reference.unknownSession': {
    severity: 'error',
    title: 'Unknown session',
    description:
      'A session is named that no earlier step creates. Sessions are named by the step that creates them (`session:`, or `SESSION@ROLE` by default) and can only be used after it.',
  },
  'scenario.reference.unknownOrganizationUnit': unknown(
    'organizational unit',
    ' under `organization.units` (or `root`)',
  ),
  'scenario.reference.unknownOrganizationPolicy': unknown(
    'organization policy',
    ' under `organization.policies`',
  ),
  'scenario.reference.unknownService': {
    severity: 'error',
    title: 'Unknown service for a service-linked role',
    description: 'Hatrack knows the service-linked roles of a few services; the hint lists them.',
  },
  'scenario.reference.crossAccount': {
    severity: 'error',
    title: 'Reference across accounts',
    description:
      'IAM does not reach across accounts here: a user joins groups of its own account, a role or instance profile pairs with one of its own account, and only customer managed policies of the same account can be attached.',
  },
  'scenario.reference.wrongKind': {
    severity: 'error',
    title: 'Wrong kind of thing',
    description:
      'A name refers to something of the wrong kind: a SAML provider where an OIDC provider is needed, an S3 bucket where a Lambda function is invoked, a resource that cannot act as a caller.',
  },
  'scenario.reference.ambiguous': {
    severity: 'error',
    title: 'Ambiguous name',
    description:
      'A name matches several things (a role and a user, say). Use the ARN, or rename one of them.',
  },
} as const satisfies Record<string, ScenarioIssueCodeInfo>
