/**
 * The shape checks of `AssumeRole`'s parameters, in the order the API lists them
 * ([STS-API] AssumeRoleRequest).
 */
import type { AssumeRoleInput } from '../types.ts'
import {
  arnType,
  externalIdType,
  policyArnListType,
  roleDurationSecondsType,
  roleSessionNameType,
  serialNumberType,
  sourceIdentityType,
  tokenCodeType,
  unrestrictedSessionPolicyDocumentType,
} from './shapes.ts'
import { tagViolations } from './tags.ts'
import { memberViolations, violations } from './violations.ts'

/** Every validation sentence the input breaks. */
export function assumeRoleViolations(input: AssumeRoleInput): string[] {
  const arns = input.policyArns ?? []
  return [
    ...violations([
      { member: 'roleArn', value: input.roleArn, shape: arnType, required: true },
      {
        member: 'roleSessionName',
        value: input.roleSessionName,
        shape: roleSessionNameType,
        required: true,
      },
      ...(input.policyArns === undefined
        ? []
        : [{ member: 'policyArns', value: arns, shape: policyArnListType }]),
    ]),
    ...arns.flatMap((arn, index) =>
      memberViolations({
        member: `policyArns.${index + 1}.member.arn`,
        value: arn,
        shape: arnType,
      }),
    ),
    ...violations([
      { member: 'policy', value: input.policy, shape: unrestrictedSessionPolicyDocumentType },
      { member: 'durationSeconds', value: input.durationSeconds, shape: roleDurationSecondsType },
    ]),
    ...tagViolations(input.tags, input.transitiveTagKeys),
    ...violations([
      { member: 'externalId', value: input.externalId, shape: externalIdType },
      { member: 'serialNumber', value: input.serialNumber, shape: serialNumberType },
      { member: 'tokenCode', value: input.tokenCode, shape: tokenCodeType },
      { member: 'sourceIdentity', value: input.sourceIdentity, shape: sourceIdentityType },
    ]),
  ]
}
