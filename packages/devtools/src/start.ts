/**
 * `pnpm start`. Until the scenario player and the documentation site exist, this plays the
 * course's first example (course section 4) through the decision engine and prints each
 * decision as a learner would read it: the verdict, the gate that decided, AWS's message.
 */
import { evaluate, type AccessRequest, type Decision, type PolicySet } from '@hatrack/engine'
import { findAwsManagedPolicy } from '@hatrack/model'
import { parsePolicy, type Policy, type PolicyKind } from '@hatrack/policy'

const account = '123456789012'
const user = {
  kind: 'user',
  arn: `arn:aws:iam::${account}:user/omkar`,
  accountId: account,
  uniqueId: 'AIDA4QWXZ7EXAMPLE0001',
} as const
const roleArn = `arn:aws:iam::${account}:role/AWSIAMRoleForRDS`
const session = {
  kind: 'assumedRole',
  arn: `arn:aws:sts::${account}:assumed-role/AWSIAMRoleForRDS/omkar`,
  accountId: account,
  roleArn,
  uniqueId: 'AROA4QWXZ7EXAMPLE0002',
} as const

function parsed(document: unknown, kind: PolicyKind): Policy {
  const result = parsePolicy(document, { kind })
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'))
  return result.policy
}

const trust = parsed(
  {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: user.arn }, Action: 'sts:AssumeRole' }],
  },
  'trust',
)
const rdsFullAccess = findAwsManagedPolicy('AmazonRDSFullAccess')
if (!rdsFullAccess)
  throw new Error('AmazonRDSFullAccess is missing from the managed policy library')
const rolePolicies: PolicySet = {
  identity: [
    {
      name: rdsFullAccess.name,
      arn: rdsFullAccess.arn,
      policy: parsed(rdsFullAccess.document, 'identity'),
    },
  ],
}

const steps: ReadonlyArray<readonly [string, AccessRequest, PolicySet]> = [
  [
    'Omkar switches to the role AWSIAMRoleForRDS: its trust policy names him.',
    { principal: user, action: 'sts:AssumeRole', resource: roleArn },
    { resource: { name: 'AWSIAMRoleForRDS trust policy', policy: trust } },
  ],
  [
    "The IAM dashboard lists roles: the role grants RDS only, and Omkar's own permissions are set aside.",
    { principal: session, action: 'iam:ListRoles', resource: `arn:aws:iam::${account}:role/` },
    rolePolicies,
  ],
  [
    'He creates a database.',
    {
      principal: session,
      action: 'rds:CreateDBInstance',
      resource: `arn:aws:rds:us-east-1:${account}:db:orders`,
    },
    rolePolicies,
  ],
]

const color = process.stdout.isTTY && !process.env.NO_COLOR
const paint = (code: number, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text)
const verdict = (decision: Decision) =>
  decision.decision === 'allowed'
    ? paint(32, '✓ allowed')
    : paint(31, `✗ ${decision.decision} at the ${decision.gate} gate`)

console.log(paint(1, 'Hatrack: the course’s first role, decided as AWS decides it\n'))
for (const [index, [narration, request, policies]] of steps.entries()) {
  const decision = evaluate(request, policies)
  console.log(`${index + 1}. ${narration}`)
  console.log(`   ${request.action} on ${request.resource}`)
  console.log(`   ${verdict(decision)}`)
  console.log(`   ${decision.message}\n`)
}
