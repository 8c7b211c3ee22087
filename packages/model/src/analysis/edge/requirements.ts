/**
 * An edge's requirements in words: each knob a successful call had to set, as the key it sets,
 * the value, and what the caller does ("sign the call with MFA", "pass ExternalId `abc`").
 */
import { classifyKey } from '../classify.ts'
import type { AnalysisPrincipalKind, AssumeConditions, Requirement } from '../types.ts'

/** The requirement a knob stands for. */
export function requirementOf(
  name: string,
  option: AssumeConditions,
  caller: AnalysisPrincipalKind,
): Requirement {
  if (name === 'mfa') {
    return {
      kind: 'mfa',
      key: 'aws:MultiFactorAuthPresent',
      value: 'true',
      description:
        caller === 'roleSession'
          ? 'the calling session must have been issued with MFA'
          : 'sign the call with MFA (SerialNumber and TokenCode)',
    }
  }
  if (name === 'externalId' && option.externalId !== undefined)
    return fixed(
      'externalId',
      'sts:ExternalId',
      option.externalId,
      `pass ExternalId \`${option.externalId}\``,
    )
  if (name === 'roleSessionName' && option.roleSessionName !== undefined)
    return fixed(
      'sessionName',
      'sts:RoleSessionName',
      option.roleSessionName,
      `name the session \`${option.roleSessionName}\``,
    )
  if (name === 'sourceIdentity' && option.sourceIdentity !== undefined)
    return fixed(
      'sourceIdentity',
      'sts:SourceIdentity',
      option.sourceIdentity,
      `set SourceIdentity \`${option.sourceIdentity}\` (sts:SetSourceIdentity must be allowed too)`,
    )
  if (name === 'tags' && option.tags !== undefined) {
    const pairs = option.tags.map(
      (tag) => `${tag.key}=${tag.value}${tag.transitive ? ' (transitive)' : ''}`,
    )
    return {
      kind: 'tag',
      key: 'aws:RequestTag',
      value: pairs,
      description: `pass session tags ${pairs.map((pair) => `\`${pair}\``).join(', ')} (sts:TagSession must be allowed too)`,
    }
  }
  if (name === 'sourceArn' && option.sourceArn !== undefined)
    return fixed(
      'other',
      'aws:SourceArn',
      option.sourceArn,
      `the service acts for \`${option.sourceArn}\``,
    )
  if (name === 'sourceAccount' && option.sourceAccount !== undefined)
    return fixed(
      'other',
      'aws:SourceAccount',
      option.sourceAccount,
      `the service acts for account \`${option.sourceAccount}\``,
    )
  const [key, value] = Object.entries(option.context ?? option.claims ?? {})[0] ?? ['', '']
  const kind = classifyKey(key, caller).kind
  const shown = typeof value === 'string' ? value : value.join(', ')
  const description = option.claims
    ? `present a ${key.toLowerCase().startsWith('saml:') ? 'SAML assertion' : 'token'} whose \`${key}\` is \`${shown}\``
    : `call with \`${key}\` = \`${shown}\``
  return { kind, key, value, description }
}

/** A short form for an edge's one-line reason: "MFA required", "external id `abc`". */
export function shortRequirement(requirement: Requirement): string {
  const value =
    typeof requirement.value === 'string' ? requirement.value : requirement.value.join(', ')
  switch (requirement.kind) {
    case 'mfa':
      return 'MFA required'
    case 'externalId':
      return `external id \`${value}\``
    case 'sourceIp':
      return `source IP \`${value}\``
    case 'tag':
      return `session tags \`${value}\``
    case 'sourceIdentity':
      return `source identity \`${value}\``
    case 'sessionName':
      return `session name \`${value}\``
    case 'providerClaim':
      return `\`${requirement.key}\` = \`${value}\``
    default:
      return `\`${requirement.key}\` = \`${value}\``
  }
}

function fixed(
  kind: Requirement['kind'],
  key: string,
  value: string,
  description: string,
): Requirement {
  return { kind, key, value, description }
}
