/**
 * Changes to the world: one AWS API call each, named after it in camelCase with AWS's parameter
 * names (`attachRolePolicy: { roleName, policyArn }`), so a step reads like the call it makes.
 * Two conveniences: `account` says which account an IAM call is made in (the caller's by
 * default), and a parameter that takes an ARN or an id also takes the scenario's name for it.
 */
import { opt, s, type Def, type Infer, type Props } from '../dsl.ts'
import {
  accountRef,
  duration,
  IAM_NAME,
  IAM_NAME_RULE,
  managedPolicyRef,
  path,
  policyDocument,
  tagKeys,
  tags,
} from './common.ts'
import { resourceType } from './world.ts'

function name(entity: string, max = 128) {
  return s.string(
    { description: `The ${entity}'s name (its IAM name, or its key in the scenario).` },
    { pattern: IAM_NAME, rule: IAM_NAME_RULE, minLength: 1, maxLength: max },
  )
}

const account = opt(
  accountRef(
    "The account the call is made in; the caller's by default (required for `admin` when there are several accounts).",
  ),
)
const userName = name('user', 64)
const roleName = name('role', 64)
const groupName = name('group')
const instanceProfileName = name('instance profile')
const inlinePolicyName = s.string(
  { description: "The inline policy's name." },
  { pattern: /^[^\s\\/*?]+$/, rule: 'no spaces or `\\ / * ?`', minLength: 1, maxLength: 128 },
)
const policyArn = managedPolicyRef('The managed policy.')
const boundary = managedPolicyRef('The permissions boundary.')
const resourceArn = s.string(
  { description: 'The resource: a key of `resources` or an ARN.' },
  { minLength: 1 },
)

/** An IAM call: made in `account`, the caller's by default. */
function iamOp<const P extends Props>(description: string, properties: P) {
  return s.object({ ...properties, account }, { description })
}

/** A call outside IAM: resources and Organizations. */
function op<const P extends Props>(description: string, properties: P) {
  return s.object(properties, { description })
}

/** Every change operation, by name. */
export const changeOperations = {
  createUser: iamOp('`iam:CreateUser`.', {
    userName,
    path: opt(path),
    permissionsBoundary: opt(boundary),
    tags: opt(tags),
  }),
  deleteUser: iamOp('`iam:DeleteUser`.', { userName }),
  createGroup: iamOp('`iam:CreateGroup`.', { groupName, path: opt(path) }),
  deleteGroup: iamOp('`iam:DeleteGroup`.', { groupName }),
  addUserToGroup: iamOp('`iam:AddUserToGroup`.', { groupName, userName }),
  removeUserFromGroup: iamOp('`iam:RemoveUserFromGroup`.', { groupName, userName }),
  createRole: iamOp('`iam:CreateRole`.', {
    roleName,
    assumeRolePolicyDocument: policyDocument('The trust policy.'),
    path: opt(path),
    description: opt(s.string({ description: "The role's description." }, { maxLength: 1000 })),
    maxSessionDuration: opt(duration({ description: 'The maximum session duration, 1h to 12h.' })),
    permissionsBoundary: opt(boundary),
    tags: opt(tags),
  }),
  deleteRole: iamOp('`iam:DeleteRole`.', { roleName }),
  updateAssumeRolePolicy: iamOp('`iam:UpdateAssumeRolePolicy`: replaces the trust policy.', {
    roleName,
    policyDocument: policyDocument('The new trust policy.'),
  }),
  createServiceLinkedRole: iamOp('`iam:CreateServiceLinkedRole`.', {
    awsServiceName: s.string(
      { description: 'The service principal.', examples: ['ecs.amazonaws.com'] },
      { minLength: 1 },
    ),
    description: opt(s.string({ description: "The role's description." })),
    customSuffix: opt(
      s.string(
        { description: 'A suffix, for services that accept one.' },
        { minLength: 1, maxLength: 64 },
      ),
    ),
  }),
  putRolePolicy: iamOp('`iam:PutRolePolicy`: adds or replaces an inline policy.', {
    roleName,
    policyName: inlinePolicyName,
    policyDocument: policyDocument('The inline policy.'),
  }),
  putUserPolicy: iamOp('`iam:PutUserPolicy`: adds or replaces an inline policy.', {
    userName,
    policyName: inlinePolicyName,
    policyDocument: policyDocument('The inline policy.'),
  }),
  putGroupPolicy: iamOp('`iam:PutGroupPolicy`: adds or replaces an inline policy.', {
    groupName,
    policyName: inlinePolicyName,
    policyDocument: policyDocument('The inline policy.'),
  }),
  deleteRolePolicy: iamOp('`iam:DeleteRolePolicy`.', { roleName, policyName: inlinePolicyName }),
  deleteUserPolicy: iamOp('`iam:DeleteUserPolicy`.', { userName, policyName: inlinePolicyName }),
  deleteGroupPolicy: iamOp('`iam:DeleteGroupPolicy`.', { groupName, policyName: inlinePolicyName }),
  createPolicy: iamOp('`iam:CreatePolicy`: a customer managed policy.', {
    policyName: name('policy'),
    policyDocument: policyDocument('The policy document.'),
    path: opt(path),
    description: opt(s.string({ description: "The policy's description." }, { maxLength: 1000 })),
  }),
  deletePolicy: iamOp('`iam:DeletePolicy`.', { policyArn }),
  attachRolePolicy: iamOp('`iam:AttachRolePolicy`.', { roleName, policyArn }),
  attachUserPolicy: iamOp('`iam:AttachUserPolicy`.', { userName, policyArn }),
  attachGroupPolicy: iamOp('`iam:AttachGroupPolicy`.', { groupName, policyArn }),
  detachRolePolicy: iamOp('`iam:DetachRolePolicy`.', { roleName, policyArn }),
  detachUserPolicy: iamOp('`iam:DetachUserPolicy`.', { userName, policyArn }),
  detachGroupPolicy: iamOp('`iam:DetachGroupPolicy`.', { groupName, policyArn }),
  putRolePermissionsBoundary: iamOp('`iam:PutRolePermissionsBoundary`.', {
    roleName,
    permissionsBoundary: boundary,
  }),
  putUserPermissionsBoundary: iamOp('`iam:PutUserPermissionsBoundary`.', {
    userName,
    permissionsBoundary: boundary,
  }),
  deleteRolePermissionsBoundary: iamOp('`iam:DeleteRolePermissionsBoundary`.', { roleName }),
  deleteUserPermissionsBoundary: iamOp('`iam:DeleteUserPermissionsBoundary`.', { userName }),
  tagRole: iamOp('`iam:TagRole`.', { roleName, tags }),
  tagUser: iamOp('`iam:TagUser`.', { userName, tags }),
  untagRole: iamOp('`iam:UntagRole`.', { roleName, tagKeys }),
  untagUser: iamOp('`iam:UntagUser`.', { userName, tagKeys }),
  createAccessKey: iamOp('`iam:CreateAccessKey`.', { userName }),
  deleteAccessKey: iamOp('`iam:DeleteAccessKey`.', {
    userName,
    accessKeyId: opt(
      s.string(
        {
          description:
            "The key to delete; the user's oldest by default (ids are generated during the replay).",
        },
        { minLength: 16, maxLength: 128 },
      ),
    ),
  }),
  enableMfaDevice: iamOp('`iam:EnableMFADevice` with a new virtual device.', {
    userName,
    deviceName: opt(
      s.string(
        { description: "The virtual device's name; the user's name by default." },
        { minLength: 1, maxLength: 226 },
      ),
    ),
  }),
  deactivateMfaDevice: iamOp('`iam:DeactivateMFADevice`.', {
    userName,
    serialNumber: opt(
      s.string(
        { description: "The device's serial number (ARN); the user's first device by default." },
        { minLength: 9, maxLength: 256 },
      ),
    ),
  }),
  createInstanceProfile: iamOp('`iam:CreateInstanceProfile`.', {
    instanceProfileName,
    path: opt(path),
  }),
  deleteInstanceProfile: iamOp('`iam:DeleteInstanceProfile`.', { instanceProfileName }),
  addRoleToInstanceProfile: iamOp('`iam:AddRoleToInstanceProfile`.', {
    instanceProfileName,
    roleName,
  }),
  removeRoleFromInstanceProfile: iamOp('`iam:RemoveRoleFromInstanceProfile`.', {
    instanceProfileName,
    roleName,
  }),
  createOidcProvider: iamOp('`iam:CreateOpenIDConnectProvider`.', {
    url: s.string(
      { description: 'The issuer URL.', examples: ['https://token.actions.githubusercontent.com'] },
      { minLength: 1 },
    ),
    clientIds: opt(
      s.array(s.string({ description: 'An audience.' }, { minLength: 1 }), {
        description: 'The audiences its tokens may carry.',
      }),
    ),
  }),
  createSamlProvider: iamOp('`iam:CreateSAMLProvider`.', {
    name: s.string({ description: "The provider's name." }, { minLength: 1, maxLength: 128 }),
  }),
  revokeSessions: iamOp(
    'The console\'s "Revoke active sessions": an inline policy `AWSRevokeOlderSessions` denying everything to sessions issued before now.',
    { roleName },
  ),
  createResource: iamOp("Creates a resource (as its service's create call would).", {
    type: resourceType,
    name: s.string(
      { description: "The resource's name (for an S3 object `BUCKET/KEY`)." },
      { minLength: 1 },
    ),
    region: opt(
      s.string({ description: "Its region; the scenario's by default." }, { minLength: 1 }),
    ),
    policy: opt(policyDocument('Its resource-based policy.')),
    tags: opt(tags),
    role: opt(
      s.string(
        {
          description:
            'Lambda and CloudFormation: the role (key, name or ARN); EC2: the instance profile (key, name or ARN).',
        },
        { minLength: 1 },
      ),
    ),
  }),
  putResourcePolicy: op("Sets a resource's resource-based policy.", {
    arn: resourceArn,
    policy: policyDocument('The resource-based policy.'),
  }),
  deleteResourcePolicy: op("Removes a resource's resource-based policy.", { arn: resourceArn }),
  tagResource: op('Tags a resource.', { arn: resourceArn, tags }),
  untagResource: op('Removes tags from a resource.', { arn: resourceArn, tagKeys }),
  createOrganizationPolicy: op('`organizations:CreatePolicy`: an SCP or RCP.', {
    name: s.string({ description: "The policy's name." }, { minLength: 1, maxLength: 128 }),
    kind: s.enum(['scp', 'rcp'], { description: '`scp` or `rcp`.' }),
    document: policyDocument('The policy document.'),
  }),
  attachOrganizationPolicy: op('`organizations:AttachPolicy`.', {
    policyId: s.string(
      { description: 'The SCP or RCP: its name (or `FullAWSAccess`, `RCPFullAWSAccess`) or id.' },
      { minLength: 1 },
    ),
    targetId: s.string(
      { description: '`root`, an OU name, or an account name or id.' },
      { plain: true, minLength: 1 },
    ),
  }),
  detachOrganizationPolicy: op('`organizations:DetachPolicy`.', {
    policyId: s.string({ description: 'The SCP or RCP: its name or id.' }, { minLength: 1 }),
    targetId: s.string(
      { description: '`root`, an OU name, or an account name or id.' },
      { plain: true, minLength: 1 },
    ),
  }),
  createOrganizationalUnit: op('`organizations:CreateOrganizationalUnit`.', {
    parentId: s.string({ description: '`root` or an OU name.' }, { minLength: 1 }),
    name: s.string({ description: "The new OU's name." }, { minLength: 1, maxLength: 128 }),
  }),
  moveAccount: op('`organizations:MoveAccount`.', {
    accountId: accountRef('The account to move.'),
    destinationParentId: s.string({ description: '`root` or an OU name.' }, { minLength: 1 }),
  }),
} satisfies Record<string, Def>

/** The names of the change operations. */
export type ChangeOperationName = keyof typeof changeOperations

const changeDef = s.oneKey(
  {},
  changeOperations,
  { description: 'A change to the world: one IAM, Organizations or resource call.' },
  { variantName: 'operation' },
)

/** A change as written. */
export type ChangeInput = Infer<typeof changeDef>

/** `change:` — exactly one operation. */
export const change = s.ref<ChangeInput>('Change', () => changeDef, {
  description: 'A change to the world: one IAM, Organizations or resource call.',
})
