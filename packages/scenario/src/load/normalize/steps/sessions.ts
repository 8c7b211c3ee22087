/** Naming the sessions steps create, and checking the names do not stand for something else. */
import type { JsonPath } from '@hatrack/policy'
import { code } from '../../text/words.ts'
import type { Timeline } from './timeline.ts'

/** Binds the session a step creates to its name (`session:` or `fallback`); returns the name. */
export function bindSession(
  tl: Timeline,
  requested: string | undefined,
  fallback: string,
  path: JsonPath,
  index: number,
  accountId: string | undefined,
): string {
  const name = requested ?? fallback
  const taken =
    name === 'admin' || name === 'anonymous' || /^root(@|$)/.test(name)
      ? 'a reserved word'
      : tl.world.users.some((user) => user.key === name)
        ? 'the name of a user'
        : tl.world.resources.some((resource) => resource.key === name)
          ? 'the name of a resource'
          : undefined
  if (taken !== undefined) {
    tl.ctx.report(
      'scenario.step.sessionNameTaken',
      requested === undefined ? path : [...path, 'session'],
      `the session name ${code(name)} is ${taken}`,
      'name the session otherwise with `session:`',
    )
  }
  tl.sessions.set(name, { createdBy: index, accountId })
  return name
}
