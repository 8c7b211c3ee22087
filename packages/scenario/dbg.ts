import { gradeChallenge } from './src/index.ts'
import { scenarioOf, world } from './test/replay/support.ts'
const OMKAR = 'arn:aws:iam::123456789012:user/omkar'
const s = scenarioOf(world(`users:
  omkar: { account: main }
roles:
  Admin:
    account: main
    trust: { Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { AWS: arn:aws:iam::123456789012:user/maria }, Action: sts:AssumeRole }] }
steps:
  - { id: omkar-in, as: omkar, assumeRole: { roleArn: Admin, roleSessionName: o }, expect: allowed }
challenge:
  goal: Let Omkar in, and keep Maria out.
  edit: { role: Admin, document: trust }
  solution: { Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { AWS: ${OMKAR} }, Action: sts:AssumeRole }] }
`))
const g = gradeChallenge(s, JSON.stringify({Version:'2012-10-17',Statement:[{Effect:'Allow',Principal:{AWS:OMKAR},Action:'sts:AssumeRole'}]}))
console.log(g.goals, g.parse, g.trace?.setup)
