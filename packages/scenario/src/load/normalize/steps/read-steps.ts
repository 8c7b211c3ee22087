/**
 * The timeline: each step read in order, with its caller resolved (`as:`, or the current
 * identity), its names checked against what exists at that point, its session named, and its
 * expectation checked. Step ids are unique; a step without one is `step-N`.
 */
import type { JsonPath } from '@hatrack/policy'
import type { CallerRef } from '../../../format/caller.ts'
import type { Step, StepAction, StepKind } from '../../../format/steps.ts'
import type { StepInput, StepKindName } from '../../../schema/definitions/steps.ts'
import { stepKinds } from '../../../schema/definitions/steps.ts'
import { code } from '../../text/words.ts'
import { resolveAccount } from '../accounts.ts'
import { resolveRole } from '../roles.ts'
import { readDuration } from '../values.ts'
import { accountOf, resolveCaller } from './callers.ts'
import { readChange } from './changes.ts'
import { readCheckpoint } from './checkpoint.ts'
import { contextOf, defined } from './common.ts'
import { readSwitchRole, restore, useSession } from './console-cli.ts'
import { readExpectation } from './expectation.ts'
import {
  readAssumeRole,
  readCreateSession,
  readGetSessionToken,
  readSaml,
  readWebIdentity,
  type StepSite,
} from './sts.ts'
import { resolveTarget } from './targets.ts'
import type { Timeline } from './timeline.ts'
import { defineLazy } from '../../../util/lazy-property.ts'

/** Kinds that act as a caller. */
const ACTING: ReadonlySet<StepKind> = new Set([
  'assumeRole',
  'getSessionToken',
  'getCallerIdentity',
  'switchRole',
  'request',
  'invoke',
  'change',
  'deployStack',
])

function kindOf(raw: StepInput): StepKindName | 'narration' {
  return (
    (Object.keys(stepKinds) as StepKindName[]).find((kind) => Object.hasOwn(raw, kind)) ??
    'narration'
  )
}

function expectsFailure(raw: StepInput): boolean {
  const expect = raw.expect
  if (expect === undefined) return false
  if (typeof expect === 'string') return expect !== 'allowed'
  return (
    expect.error !== undefined || (expect.decision !== undefined && expect.decision !== 'allowed')
  )
}

function callerFor(
  tl: Timeline,
  raw: StepInput,
  kind: StepKind,
  path: JsonPath,
): CallerRef | undefined {
  if (raw.as !== undefined) {
    const caller = resolveCaller(tl, raw.as, [...path, 'as'])
    if (caller === undefined) return undefined
    if (caller.kind === 'admin' && kind !== 'change') {
      tl.ctx.report(
        'scenario.step.adminCannotAct',
        [...path, 'as'],
        `\`admin\` cannot make a \`${kind}\` call`,
        'act as a user, a session or `root@ACCOUNT`; `admin` only makes changes',
      )
      return undefined
    }
    if (kind !== 'change') tl.stack.splice(0, tl.stack.length, { caller, via: 'as' })
    return caller
  }
  if (kind === 'change') return { kind: 'admin' }
  const current = tl.stack[tl.stack.length - 1]?.caller
  if (current === undefined) {
    tl.ctx.report(
      'scenario.step.noCaller',
      path,
      `no one acts in this \`${kind}\` step`,
      'say who acts with `as:`; later steps act as the same caller',
    )
  }
  return current
}

function readAction(
  tl: Timeline,
  raw: StepInput,
  kind: StepKind,
  site: StepSite,
  caller: CallerRef | undefined,
): StepAction | undefined {
  const r = raw as Readonly<Record<string, unknown>>
  const path = site.path
  switch (kind) {
    case 'narration':
      return { kind }
    case 'assumeRoleWithWebIdentity':
      return readWebIdentity(tl, r[kind] as never, site)
    case 'assumeRoleWithSAML':
      return readSaml(tl, r[kind] as never, site)
    case 'createSession':
      return readCreateSession(tl, r[kind] as never, site)
    case 'advance': {
      const seconds = readDuration(tl.ctx, r[kind] as string | number, [...path, kind])
      return seconds === undefined ? undefined : { kind, seconds }
    }
    case 'useSession': {
      const used = useSession(tl, r[kind] as string, site)
      return used === undefined ? undefined : { kind, ...used }
    }
    case 'switchBack':
    case 'unset': {
      const restores = restore(tl, kind === 'switchBack' ? 'switchRole' : 'useSession', site, kind)
      return restores === undefined ? undefined : { kind, restores }
    }
    default:
      break
  }
  if (caller === undefined) return undefined
  switch (kind) {
    case 'assumeRole':
      return readAssumeRole(tl, r[kind] as never, site, caller)
    case 'getSessionToken':
      return readGetSessionToken(tl, (r[kind] ?? {}) as never, site, caller)
    case 'getCallerIdentity':
      return { kind, caller }
    case 'switchRole':
      return readSwitchRole(tl, r[kind] as never, site, caller)
    case 'request': {
      const request = r[kind] as {
        action: string
        resource?: string
        context?: Readonly<Record<string, string | readonly string[]>>
        region?: string
        calledVia?: readonly string[]
      }
      const resource = resolveTarget(tl, request.resource ?? '*', [...path, kind, 'resource'])
      if (resource === undefined) return undefined
      return {
        kind,
        caller,
        action: request.action,
        resource,
        context: contextOf(request.context),
        ...defined({ region: request.region, calledVia: request.calledVia }),
      }
    }
    case 'invoke': {
      const target = resolveTarget(
        tl,
        (r[kind] as { functionArn: string }).functionArn,
        [...path, kind, 'functionArn'],
        { lambda: true },
      )
      return target === undefined ? undefined : { kind, caller, function: target }
    }
    case 'change': {
      const change = readChange(tl, r[kind] as never, {
        path: [...path, kind],
        caller,
        lenient: site.lenient,
      })
      return change === undefined ? undefined : { kind, caller, change }
    }
    case 'deployStack':
      return readDeployStack(tl, r[kind] as never, site, caller)
    default:
      return undefined
  }
}

function readDeployStack(
  tl: Timeline,
  raw: {
    stackName: string
    roleArn?: string
    account?: string
    region?: string
    resources: Readonly<Record<string, never>>
  },
  site: StepSite,
  caller: CallerRef,
): StepAction | undefined {
  const path = [...site.path, 'deployStack']
  const account =
    raw.account === undefined
      ? undefined
      : resolveAccount(tl.ctx, raw.account, [...path, 'account'])
  const accountId =
    account?.id ??
    accountOf(tl, caller) ??
    (tl.ctx.accounts.length === 1 ? tl.ctx.accounts[0]?.id : undefined)
  if (accountId === undefined) {
    if (raw.account === undefined)
      tl.ctx.report(
        'scenario.step.accountRequired',
        path,
        'this stack does not say which account it is deployed in',
        'add `account:`',
        'key',
      )
    return undefined
  }
  const role =
    raw.roleArn === undefined
      ? undefined
      : resolveRole(tl.ctx, tl.registry, raw.roleArn, [...path, 'roleArn'], accountId, {
          lenient: site.lenient,
        })
  const resources: { logicalId: string; change: NonNullable<ReturnType<typeof readChange>> }[] = []
  let failed = raw.roleArn !== undefined && role === undefined
  for (const [logicalId, change] of Object.entries(raw.resources)) {
    const read = readChange(tl, change, {
      path: [...path, 'resources', logicalId],
      caller,
      lenient: site.lenient,
      accountId,
    })
    if (read === undefined) failed = true
    else resources.push({ logicalId, change: read })
  }
  if (failed) return undefined
  return {
    kind: 'deployStack',
    caller,
    stackName: raw.stackName,
    accountId,
    region: raw.region ?? tl.ctx.region,
    ...(role === undefined ? {} : { role }),
    resources,
  }
}

/** Reads every step. */
export function readSteps(tl: Timeline, raws: readonly StepInput[]): Step[] {
  const steps: Step[] = []
  const ids = new Map<string, number>()
  raws.forEach((raw, index) => {
    const path = ['steps', index]
    const kind = kindOf(raw)
    const site: StepSite = { path, index, lenient: expectsFailure(raw) }
    let caller: CallerRef | undefined
    if (ACTING.has(kind)) caller = callerFor(tl, raw, kind, path)
    else if (raw.as !== undefined) {
      tl.ctx.report(
        'scenario.step.callerIgnored',
        [...path, 'as'],
        `\`as:\` has no effect on this \`${kind}\` step`,
        kind === 'assumeRoleWithWebIdentity' ||
          kind === 'assumeRoleWithSAML' ||
          kind === 'createSession'
          ? 'the call is not signed with AWS credentials: only the token, assertion or certificate counts'
          : 'remove it',
        'key',
      )
    }
    const action = readAction(tl, raw, kind, site, caller)
    const id = raw.id ?? `step-${index + 1}`
    const first = ids.get(id)
    if (first !== undefined) {
      tl.ctx.report(
        'scenario.step.duplicateId',
        raw.id === undefined ? path : [...path, 'id'],
        `the step id ${code(id)} is already used by step ${first + 1}`,
        'give each step its own id',
      )
    }
    ids.set(id, index)
    const expect =
      raw.expect === undefined
        ? undefined
        : readExpectation(tl.ctx, raw.expect, [...path, 'expect'], kind, tl.sessions)
    const checkpoint =
      raw.checkpoint === undefined
        ? undefined
        : readCheckpoint(tl.ctx, raw.checkpoint, [...path, 'checkpoint'], kind, tl.sessions)
    if (action === undefined) return
    const step: Partial<Pick<Step, 'location'>> & Pick<Step, 'index' | 'id' | 'path'> = {
      index,
      id,
      path,
    }
    // Where the step starts is read from the file only when asked for (`defineLazy`).
    const { locator } = tl.ctx
    defineLazy(step, 'location', () => locator.locate(path))
    steps.push(
      Object.assign(
        step,
        defined({ chapter: raw.chapter, say: raw.say, expect, checkpoint }),
        action,
      ) as Step,
    )
  })
  return steps
}
