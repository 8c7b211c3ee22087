/** Durations and tags as the loaded scenario holds them. */
import type { JsonPath } from '@hatrack/policy'
import { formatDuration, parseDuration } from '../../format/duration.ts'
import type { Tag } from '../../format/world.ts'
import { code } from '../text/words.ts'
import type { Context } from './context.ts'

/** A duration in seconds, checked against `range` when given; `undefined` when absent or bad. */
export function readDuration(
  ctx: Context,
  value: string | number | undefined,
  path: JsonPath,
  range?: { readonly min: number; readonly max: number; readonly what: string },
): number | undefined {
  if (value === undefined) return undefined
  const parsed = parseDuration(value)
  if (!parsed.ok) {
    ctx.report('scenario.schema.pattern', path, parsed.message)
    return undefined
  }
  if (range !== undefined && (parsed.seconds < range.min || parsed.seconds > range.max)) {
    ctx.report(
      'scenario.value.duration',
      path,
      `${range.what} is ${formatDuration(range.min)} to ${formatDuration(range.max)}, not ${code(String(value))}`,
    )
    return undefined
  }
  return parsed.seconds
}

/** Tags from a `key: value` map, in order. */
export function readTags(tags: Readonly<Record<string, string>> | undefined): Tag[] {
  return Object.entries(tags ?? {}).map(([key, value]) => ({ key, value }))
}
