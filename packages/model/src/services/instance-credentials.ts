/**
 * An application on an EC2 instance uses its instance profile's role: EC2 assumes the role
 * (whose trust policy names `ec2.amazonaws.com`) and serves the credentials through the
 * instance metadata service; the session is named by the instance id, so `aws:userid` is
 * `AROA…:i-…` (iam-facts §2, §16,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html). Assuming
 * another role with these credentials is not role chaining (iam-facts §11).
 *
 * Their lifetime: EC2 rotates them before they expire, and typically issues them for six hours
 * (our reading; AWS does not document a fixed duration). The role's `MaxSessionDuration` does
 * not apply.
 */
import type { AwsError, Caller, Outcome } from '../operations/types.ts'
import { iamNameOf, parseArn } from '../world/arn.ts'
import { findInstanceProfile, findRole } from '../world/find-entity.ts'
import { findResource } from '../world/find-resource.ts'
import type { World } from '../world/types.ts'
import { assumeServiceRole, type ServiceRoleSession } from './assume-service-role.ts'

/** How long EC2's instance credentials last in the simulation, in seconds. */
export const INSTANCE_CREDENTIAL_SECONDS = 6 * 3600

function missing(message: string): AwsError {
  return { code: 'NoSuchEntity', message, httpStatus: 404 }
}

/** The credentials the instance's metadata service hands out. `_caller` is ignored: EC2 acts as itself. */
export function instanceCredentials(
  world: World,
  _caller: Caller,
  input: { readonly instanceArn: string },
): Outcome<ServiceRoleSession> {
  const fail = (error: AwsError): Outcome<ServiceRoleSession> => ({
    status: 'error',
    error,
    decisions: [],
  })
  const instance = findResource(world, input.instanceArn)
  if (instance?.type !== 'ec2:instance') {
    return fail({
      code: 'ResourceNotFoundException',
      message: `No EC2 instance with the ARN ${input.instanceArn} exists in this world.`,
      httpStatus: 404,
    })
  }
  const profileName =
    instance.role === undefined ? undefined : iamNameOf(instance.role, 'instance-profile')
  const profile =
    profileName === undefined
      ? undefined
      : findInstanceProfile(world, profileName.accountId, profileName.name)
  if (profile === undefined)
    return fail(missing(`The instance ${input.instanceArn} has no instance profile.`))
  const roleName = profile.roles[0]
  const role = roleName === undefined ? undefined : findRole(world, instance.accountId, roleName)
  if (role === undefined) return fail(missing(`The instance profile ${profile.name} has no role.`))
  const instanceId =
    parseArn(input.instanceArn)?.resource.replace(/^instance\//, '') ?? input.instanceArn
  return assumeServiceRole(
    world,
    { kind: 'service', service: 'ec2.amazonaws.com' },
    {
      service: 'ec2.amazonaws.com',
      roleArn: role.arn,
      sessionName: instanceId,
      durationSeconds: INSTANCE_CREDENTIAL_SECONDS,
    },
  )
}
