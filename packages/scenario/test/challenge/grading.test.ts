/**
 * `gradeChallenge` on small worlds written here: a document that does not parse, one AWS would
 * refuse, each kind of document a challenge may edit, the unreachable check, least privilege
 * for a trust policy and for a permission policy, and input that is not a document at all.
 */
import { describe, expect, it } from 'vitest'
import { actionCatalog, gradeChallenge, replay, type Scenario } from '../../src/index.ts'
import { scenarioOf, world } from '../replay/support.ts'

const OMKAR = 'arn:aws:iam::123456789012:user/omkar'

const BUCKET = 'arn:${Partition}:s3:::${BucketName}'
const OBJECT = `${BUCKET}/\${ObjectName}`

/** S3's actions as AWS describes them (the Service Authorization Reference), a few of them. */
const s3Catalog = actionCatalog([
  {
    service: 's3',
    actions: ['GetObject', 'DeleteObject', 'ListBucket', 'ListAllMyBuckets'],
    resourceArns: [BUCKET, OBJECT],
    conditionKeys: [],
    actionResources: {
      getobject: [OBJECT],
      deleteobject: [OBJECT],
      listbucket: [BUCKET],
      listallmybuckets: [],
    },
  },
])

/** A trust policy, as JSON text, trusting `principal` with an optional condition. */
function trustText(principal: string, condition?: object): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: principal },
        Action: 'sts:AssumeRole',
        ...(condition === undefined ? {} : { Condition: condition }),
      },
    ],
  })
}

/** A permission policy, as JSON text, allowing `action` on `resource`. */
function allowText(action: string | string[], resource: string | string[]): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: action, Resource: resource }],
  })
}

const trustChallenge: Scenario = scenarioOf(
  world(`users:
  omkar: { account: main }
  maria:
    account: main
    inline: { Any: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: sts:AssumeRole, Resource: '*' }] } }
roles:
  Admin:
    account: main
    trust: { Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { AWS: arn:aws:iam::123456789012:user/maria }, Action: sts:AssumeRole }] }
  Dev:
    account: main
    trust: { Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { AWS: arn:aws:iam::123456789012:user/maria }, Action: sts:AssumeRole }] }
    inline: { Up: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: sts:AssumeRole, Resource: '*' }] } }
steps:
  - { id: omkar-in, as: omkar, assumeRole: { roleArn: Admin, roleSessionName: omkar }, expect: allowed }
challenge:
  goal: Let Omkar in, and keep Maria out.
  edit: { role: Admin, document: trust }
  solution: { Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { AWS: ${OMKAR} }, Action: sts:AssumeRole }] }
  unreachable:
    - { principal: maria, role: Admin }
  leastPrivilege: true
`),
)

describe('gradeChallenge', () => {
  it('reports a document that does not parse with its line and column in the document', () => {
    const text =
      '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow" "Action": "sts:AssumeRole" }\n  ]\n}'
    const grade = gradeChallenge(trustChallenge, text)
    expect(grade.status).toBe('invalid')
    expect(grade.solved).toBe(false)
    expect(grade.failed).toEqual(['parse'])
    expect(grade.parse[0]).toMatchObject({
      code: 'policy.json.syntax',
      severity: 'error',
      line: 4,
      column: 25,
      awsError: 'MalformedPolicyDocument',
    })
    expect(grade.verdict).toBe(
      'The document does not parse: expected `,` or `}` after a property, found `"` (line 4, column 25).',
    )
    expect(grade.goals).toEqual([])
    expect(grade.trace).toBeUndefined()
  })

  it('checks the document as the kind it replaces: a trust policy needs a principal', () => {
    const grade = gradeChallenge(trustChallenge, allowText('sts:AssumeRole', '*'))
    expect(grade.status).toBe('invalid')
    expect(
      grade.parse.some((issue) => issue.severity === 'error' && issue.line !== undefined),
    ).toBe(true)
  })

  it('grades a trust policy naming a user that does not exist as refused, as AWS would', () => {
    const grade = gradeChallenge(trustChallenge, trustText('arn:aws:iam::123456789012:user/nobody'))
    expect(grade.status).toBe('invalid')
    expect(grade.parse[0]).toMatchObject({
      code: 'challenge.refused',
      awsError: 'MalformedPolicyDocument',
    })
    expect(grade.verdict).toMatch(/^AWS would refuse this document: /)
  })

  it('solves with the reference solution: goal, unreachable and least privilege all hold', () => {
    const grade = gradeChallenge(trustChallenge, trustText(OMKAR))
    expect(grade).toMatchObject({ status: 'solved', solved: true, failed: [] })
    expect(grade.goals).toEqual([
      expect.objectContaining({
        id: 'omkar-in',
        held: true,
        want: 'allowed',
        detail: 'as expected',
      }),
    ])
    expect(grade.unreachable).toEqual([
      expect.objectContaining({ held: true, detail: 'user `maria` cannot reach role `Admin`' }),
    ])
    expect(grade.verdict).toBe(
      'Solved: the goal holds, 1 principal kept out, nothing allowed beyond what is needed.',
    )
  })

  it('reports an over-broad trust (the account root) with the principal it also lets in', () => {
    const grade = gradeChallenge(trustChallenge, trustText('arn:aws:iam::123456789012:root'))
    expect(grade.failed).toEqual(['omkar-in', 'unreachable', 'leastPrivilege'])
    expect(grade.leastPrivilege?.extras.map((extra) => extra.sentence)).toEqual([
      'also lets user `maria` assume role `Admin`',
      'also lets the sessions of role `Dev` assume role `Admin`',
    ])
    expect(grade.unreachable[0]?.detail).toBe('user `maria` can reach role `Admin` directly')
  })

  it('tells the chain an unreachable principal takes', () => {
    const grade = gradeChallenge(
      trustChallenge,
      trustText(['arn:aws:iam::123456789012:role/Dev', OMKAR] as never),
    )
    expect(grade.unreachable[0]).toMatchObject({
      held: false,
      detail: 'user `maria` can reach role `Admin` through role `Dev`',
      through: ['role `Dev`', 'role `Admin`'],
    })
    expect(grade.failed).toEqual(['unreachable', 'leastPrivilege'])
  })

  it('reports a condition the solution requires and the document does not', () => {
    const withId = scenarioOf(
      world(`users:
  omkar: { account: main }
roles:
  Vendor:
    account: main
    trust: { Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { AWS: ${OMKAR} }, Action: sts:AssumeRole }] }
steps:
  - { id: with-id, as: omkar, assumeRole: { roleArn: Vendor, roleSessionName: omkar, externalId: abc }, expect: allowed }
challenge:
  goal: Only with the external id.
  edit: { role: Vendor, document: trust }
  solution: { Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { AWS: ${OMKAR} }, Action: sts:AssumeRole, Condition: { StringEquals: { sts:ExternalId: abc } } }] }
  leastPrivilege: true
`),
    )
    const grade = gradeChallenge(withId, trustText(OMKAR))
    expect(grade.goals.every((goal) => goal.held)).toBe(true)
    expect(grade.leastPrivilege?.extras).toEqual([
      expect.objectContaining({
        kind: 'assume',
        without: ['sts:ExternalId'],
        sentence: 'also lets user `omkar` assume role `Vendor` without `sts:ExternalId`',
      }),
    ])
    expect(grade.verdict).toBe(
      'Not yet: it also lets user `omkar` assume role `Vendor` without `sts:ExternalId`.',
    )
  })

  it('reports `Action: "*"` in a permission policy with what it also allows', () => {
    const reader = scenarioOf(
      world(`users:
  omkar:
    account: main
    inline: { Reports: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: s3:ListAllMyBuckets, Resource: '*' }] } }
resources:
  reports: { type: s3:bucket, account: main }
steps:
  - { id: read, as: omkar, request: { action: s3:GetObject, resource: 'arn:aws:s3:::reports/a.csv' }, expect: allowed }
  - { id: delete, as: omkar, request: { action: s3:DeleteObject, resource: 'arn:aws:s3:::reports/a.csv' }, expect: { error: AccessDenied } }
challenge:
  goal: Read the reports.
  edit: { user: omkar, inline: Reports }
  solution: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: s3:GetObject, Resource: 'arn:aws:s3:::reports/*' }] }
  leastPrivilege: true
`),
    )
    const grade = gradeChallenge(reader, allowText('*', '*'))
    expect(grade.failed).toEqual(['delete', 'leastPrivilege'])
    const sentences = grade.leastPrivilege?.extras.map((extra) => extra.sentence) ?? []
    expect(sentences).toContain(
      'also allows `s3:DeleteObject`, `s3:GetObject` and `s3:ListAllMyBuckets` on `*` to user `omkar`',
    )
    expect(sentences).toContain(
      'also allows `s3:DeleteObject` and `s3:ListAllMyBuckets` on `arn:aws:s3:::reports/*` to user `omkar`',
    )
    // Only the user the policy belongs to is probed: no one else's decisions can change.
    expect(grade.leastPrivilege?.probed.principals).toBe(1)
    // With AWS's actions at hand, each is probed only on the resource types it acts on: AWS never
    // asks whether `s3:ListAllMyBuckets` is allowed on an object, nor `s3:GetObject` on a bucket.
    const described = gradeChallenge(reader, allowText('*', '*'), { actions: s3Catalog })
    expect(described.leastPrivilege?.extras.map((extra) => extra.sentence)).toEqual([
      'also allows `s3:DeleteObject`, `s3:GetObject`, `s3:ListAllMyBuckets` and 1 more action on `*` to user `omkar`',
      'also allows `s3:ListBucket` on `arn:aws:s3:::reports` to user `omkar`',
      'also allows `s3:DeleteObject` on `arn:aws:s3:::reports/*` to user `omkar`',
    ])
    expect(gradeChallenge(reader, allowText('s3:GetObject', 'arn:aws:s3:::reports/*')).solved).toBe(
      true,
    )
  })

  describe('edits each kind of document', () => {
    const read = allowText('s3:GetObject', 'arn:aws:s3:::reports/*')
    const list = allowText('s3:ListAllMyBuckets', '*')
    const bucketPolicy = (action: string): string =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: OMKAR },
            Action: action,
            Resource: 'arn:aws:s3:::reports/*',
          },
        ],
      })
    const scenario = (omkar: string, edit: string, solution: string, extra = ''): Scenario =>
      scenarioOf(
        world(`users:
  omkar: ${omkar}
groups:
  readers:
    account: main
    inline: { Read: ${list} }
policies:
  Fence:
    account: main
    document: ${list}
resources:
  reports:
    type: s3:bucket
    account: main
    policy: ${bucketPolicy('s3:PutObject')}
${extra}steps:
  - { id: read, as: omkar, request: { action: s3:GetObject, resource: 'arn:aws:s3:::reports/a.csv' }, expect: allowed }
challenge:
  goal: Read the reports.
  edit: ${edit}
  solution: ${solution}
`),
      )
    const withRead = `{ account: main, inline: { Own: ${read} }, boundary: Fence }`
    it.each([
      [
        'a group inline policy',
        scenario('{ account: main, groups: [readers] }', '{ group: readers, inline: Read }', read),
      ],
      [
        'a boundary, by its holder',
        scenario(withRead, '{ user: omkar, document: boundary }', read),
      ],
      ['a customer managed policy', scenario(withRead, '{ policy: Fence }', read)],
      [
        'a bucket policy',
        scenario('{ account: main }', '{ resource: reports }', bucketPolicy('s3:GetObject')),
      ],
    ])('%s', (_what, challenge) => {
      const section = challenge.challenge
      expect(section).toBeDefined()
      if (section === undefined) return
      expect(gradeChallenge(challenge, section.edit.start).solved).toBe(false)
      const solved = gradeChallenge(challenge, section.solutionText)
      expect(solved.failed, solved.verdict).toEqual([])
    })
  })

  it('leaves the scenario as it was', () => {
    const before = JSON.stringify(replay(trustChallenge))
    gradeChallenge(trustChallenge, trustText('*'))
    expect(JSON.stringify(replay(trustChallenge))).toBe(before)
    expect(trustChallenge.roles[0]?.trust.input).toEqual(
      expect.objectContaining({ Version: '2012-10-17' }),
    )
  })

  it('says there is nothing to grade in a scenario without a challenge', () => {
    const plain = scenarioOf(world('steps: []\n'))
    expect(gradeChallenge(plain, '{}')).toMatchObject({
      status: 'invalid',
      failed: [],
      verdict: 'This scenario has no challenge.',
      parse: [expect.objectContaining({ code: 'challenge.none' })],
    })
  })

  it('never throws on input that is not text', () => {
    for (const input of [undefined, null, 42, {}, [], '', '   ', 'null', '[]', '{']) {
      const grade = gradeChallenge(trustChallenge, input as never)
      expect(grade.status).toBe('invalid')
      expect(grade.parse.length).toBeGreaterThan(0)
    }
  })
})
