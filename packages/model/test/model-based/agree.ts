/**
 * `expect(actual, message).toBe(expected)`, paid for only when they differ: the invariants run
 * thousands of comparisons per sequence, and vitest's `expect` is not free.
 */
import { expect } from 'vitest'

/** Asserts `actual` is `expected` (`Object.is`); `message` is built only on a mismatch. */
export function agree<T>(actual: T, expected: T, message: () => string): void {
  if (!Object.is(actual, expected)) expect(actual, message()).toBe(expected)
}
