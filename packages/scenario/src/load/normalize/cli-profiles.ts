/**
 * CLI profiles (`~/.aws/config`): either a user's long-term keys (`user`), or a role assumed with
 * the credentials of another profile (`roleArn` with `sourceProfile`). A chain of source
 * profiles ends in a user with access keys, and never goes round in a circle.
 */
import type { CliProfileDecl, UserDecl } from '../../format/world.ts'
import type { ScenarioInput } from '../../schema/definitions/scenario.ts'
import { closestNames } from '../text/closest.ts'
import { code, suggestion } from '../text/words.ts'
import type { Context } from './context.ts'
import { resolveRole } from './roles.ts'
import type { NameRegistry } from './registry.ts'
import { readDuration } from './values.ts'

/** Reads `cliProfiles`. */
export function readCliProfiles(
  ctx: Context,
  registry: NameRegistry,
  raw: ScenarioInput,
  users: readonly UserDecl[],
): CliProfileDecl[] {
  const entries = Object.entries(raw.cliProfiles ?? {})
  const keys = entries.map(([key]) => key)
  const userKeys = users.map((user) => user.key)
  const out: CliProfileDecl[] = []
  for (const [key, value] of entries) {
    const path = ['cliProfiles', key]
    const durationSeconds = readDuration(ctx, value.durationSeconds, [...path, 'durationSeconds'], {
      min: 900,
      max: 43200,
      what: "a CLI profile's `duration_seconds`",
    })
    if ((value.user === undefined) === (value.roleArn === undefined)) {
      ctx.report(
        'scenario.world.cliProfile',
        path,
        `the CLI profile ${code(key)} needs either \`user\` or \`roleArn\``,
        "a profile holds a user's keys (`user`), or assumes a role (`roleArn` with `sourceProfile`)",
        'key',
      )
      continue
    }
    let user: string | undefined
    if (value.user !== undefined) {
      const found = users.find((candidate) => candidate.key === value.user)
      if (found === undefined) {
        ctx.report(
          'scenario.reference.unknownUser',
          [...path, 'user'],
          `unknown user ${code(value.user)}`,
          suggestion(closestNames(value.user, userKeys), userKeys, 'users'),
        )
      } else if (found.accessKeys < 1) {
        ctx.report(
          'scenario.world.cliProfile',
          [...path, 'user'],
          `the user ${code(found.key)} has no access keys for the CLI profile ${code(key)}`,
          `add \`accessKeys: 1\` to user ${code(found.key)}`,
        )
      } else user = found.key
    }
    let role: CliProfileDecl['role']
    if (value.roleArn !== undefined) {
      if (value.sourceProfile === undefined) {
        ctx.report(
          'scenario.world.cliProfile',
          path,
          `the CLI profile ${code(key)} has \`roleArn\` but no \`sourceProfile\``,
          'add `sourceProfile: default`, say: the profile whose credentials assume the role',
          'key',
        )
      }
      const found = resolveRole(ctx, registry, value.roleArn, [...path, 'roleArn'], undefined)
      if (found !== undefined)
        role = found.key === undefined ? { arn: found.arn } : { arn: found.arn, key: found.key }
    }
    if (value.sourceProfile !== undefined && !keys.includes(value.sourceProfile)) {
      ctx.report(
        'scenario.reference.unknownCliProfile',
        [...path, 'sourceProfile'],
        `unknown CLI profile ${code(value.sourceProfile)}`,
        suggestion(closestNames(value.sourceProfile, keys), keys, 'CLI profiles'),
      )
    }
    out.push({
      key,
      user,
      role,
      sourceProfile: value.sourceProfile,
      roleSessionName: value.roleSessionName,
      durationSeconds,
      externalId: value.externalId,
      mfaSerial: value.mfaSerial === false ? undefined : value.mfaSerial,
      region: value.region,
    })
  }
  for (const [key] of entries) {
    const seen = [key]
    let next = raw.cliProfiles?.[key]?.sourceProfile
    while (next !== undefined && keys.includes(next)) {
      if (seen.includes(next)) {
        ctx.report(
          'scenario.world.cliProfile',
          ['cliProfiles', key, 'sourceProfile'],
          `the source profiles go round in a circle: ${[...seen, next].map(code).join(' → ')}`,
          'end the chain with a profile that has `user`',
        )
        break
      }
      seen.push(next)
      next = raw.cliProfiles?.[next]?.sourceProfile
    }
  }
  return out
}
