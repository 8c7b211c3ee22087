/** The responses of change calls that create something, with AWS's names (IAM's Query API). */
import { isoInstant } from '@hatrack/model'
import type { ChangeOperationName } from '../../schema/definitions/changes.ts'

type Fields = Record<string, unknown>

const entity = (value: Fields, kind: 'User' | 'Role' | 'Group') => ({
  [kind]: {
    Path: value['path'],
    [`${kind}Name`]: value['name'],
    [`${kind}Id`]: value['id'],
    Arn: value['arn'],
    CreateDate: isoInstant(Number(value['createdAt'])),
  },
})

/** The response of `operation` that returned `value`, when it has one worth showing. */
export function changeOutput(
  operation: ChangeOperationName,
  value: unknown,
): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const fields = value as Fields
  switch (operation) {
    case 'createUser':
      return entity(fields, 'User')
    case 'createRole':
    case 'createServiceLinkedRole':
      return entity(fields, 'Role')
    case 'createGroup':
      return entity(fields, 'Group')
    case 'createPolicy':
      return {
        Policy: {
          PolicyName: fields['name'],
          PolicyId: fields['id'],
          Arn: fields['arn'],
          Path: fields['path'],
          DefaultVersionId: fields['defaultVersion'],
        },
      }
    case 'createAccessKey': {
      const key = fields['accessKey'] as Fields
      const user = fields['user'] as Fields
      return {
        AccessKey: {
          UserName: user['name'],
          AccessKeyId: key['id'],
          Status: key['status'],
          SecretAccessKey: key['secret'],
          CreateDate: isoInstant(Number(key['createdAt'])),
        },
      }
    }
    case 'createInstanceProfile':
      return {
        InstanceProfile: {
          Path: fields['path'],
          InstanceProfileName: fields['name'],
          InstanceProfileId: fields['id'],
          Arn: fields['arn'],
        },
      }
    case 'createOidcProvider':
      return { OpenIDConnectProviderArn: fields['arn'] }
    case 'createSamlProvider':
      return { SAMLProviderArn: fields['arn'] }
    case 'enableMfaDevice':
      return { SerialNumber: fields['serialNumber'] }
    case 'createResource':
      return { Arn: fields['arn'] }
    case 'createOrganizationPolicy':
      return { Policy: { PolicySummary: { Id: fields['id'], Name: fields['name'] } } }
    case 'createOrganizationalUnit':
      return { OrganizationalUnit: { Id: fields['id'], Name: fields['name'] } }
    default:
      return undefined
  }
}
