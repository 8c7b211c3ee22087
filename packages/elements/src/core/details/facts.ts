/** Label/value pairs for details: a small builder that skips what is absent or empty. */
import { isoInstant, type Instant, type Tag } from '@hatrack/model'

/** One fact of a node's details. */
export interface Fact {
  readonly label: string
  readonly value: string
}

/** Collects facts, leaving out empty values. */
export class Facts {
  readonly #list: Fact[] = []

  /** Adds `label: value` unless `value` is absent or empty. */
  add(label: string, value: string | number | boolean | undefined): this {
    if (value === undefined || value === '') return this
    const text = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value)
    this.#list.push({ label, value: text })
    return this
  }

  /** Adds an instant of the simulated clock, ISO. */
  time(label: string, instant: Instant | undefined): this {
    return this.add(label, instant === undefined ? undefined : isoInstant(instant))
  }

  /** Adds a list, comma-separated. */
  list(label: string, values: readonly string[]): this {
    return this.add(label, values.join(', '))
  }

  /** Adds tags as `key=value, …`. */
  tags(label: string, tags: readonly Tag[]): this {
    return this.list(
      label,
      tags.map((tag) => `${tag.key}=${tag.value}`),
    )
  }

  /** The facts collected. */
  done(): readonly Fact[] {
    return this.#list
  }
}

/** Seconds in words: `3600 seconds (1h)`. */
export function secondsWords(seconds: number): string {
  const hours = seconds / 3600
  return Number.isInteger(hours) ? `${seconds} seconds (${hours}h)` : `${seconds} seconds`
}
