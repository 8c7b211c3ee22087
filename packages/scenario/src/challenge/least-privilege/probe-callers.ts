/**
 * The principals least privilege probes with: anonymous callers (so a bucket policy open to the
 * world shows), every user (its access keys), every role (a session of it, issued on the spot)
 * and every account's root user. Role sessions are issued in the scenario's order, so
 * the same world always gives the same probe.
 */
import {
  assumedRoleArn,
  findRoleByArn,
  issueSession,
  type Caller,
  type World,
} from '@hatrack/model'
import type { Scenario } from '../../format/scenario.ts'

/** A principal of the probe. */
export interface ProbeCaller {
  /** Its ARN (a role's for its sessions), or `anonymous`. */
  readonly id: string
  readonly label: string
  readonly caller: Caller
}

/** The session name of probe sessions. */
export const PROBE_SESSION = 'hatrack-probe'

/** The probe's callers, and the world with the role sessions they use. */
export function probeCallers(
  scenario: Scenario,
  start: World,
): { readonly world: World; readonly callers: readonly ProbeCaller[] } {
  let world = start
  // Anonymous callers first: a document open to the whole internet is the extra to tell first.
  const callers: ProbeCaller[] = [
    { id: 'anonymous', label: 'anonymous callers', caller: { kind: 'anonymous' } },
  ]
  for (const user of scenario.users)
    callers.push({
      id: user.arn,
      label: `user \`${user.key}\``,
      caller: { kind: 'user', accountId: user.accountId, userName: user.name },
    })
  for (const declared of scenario.roles) {
    const role = findRoleByArn(world, declared.arn)
    if (role === undefined) continue
    const issued = issueSession(
      world,
      {
        source: 'AssumeRole',
        accountId: role.accountId,
        arn: assumedRoleArn(role.accountId, role.name, PROBE_SESSION),
        userId: `${role.id}:${PROBE_SESSION}`,
        roleArn: role.arn,
        sessionName: PROBE_SESSION,
        tags: [],
        sourceIdentity: undefined,
        sessionPolicies: [],
        sessionPolicyArns: [],
        parent: undefined,
        chained: false,
        mfaAuthenticated: false,
        federatedProvider: undefined,
        providerKeys: {},
      },
      3600,
    )
    world = issued.world
    callers.push({
      id: declared.arn,
      label: `role \`${declared.key}\``,
      caller: { kind: 'session', accessKeyId: issued.session.accessKeyId },
    })
  }
  for (const account of scenario.accounts)
    callers.push({
      id: `arn:aws:iam::${account.id}:root`,
      label: `the root user of account \`${account.key}\``,
      caller: { kind: 'root', accountId: account.id },
    })
  return { world, callers }
}
