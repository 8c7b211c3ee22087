/**
 * The limits that keep `load` fast on any input: a mistaken or hostile file is refused with an
 * issue before it can stall the parser, exhaust the stack or expand without end.
 */
export const limits = {
  /** Bytes of UTF-8 text per file (1 MiB). */
  maxBytes: 1024 * 1024,
  /** Levels of nested maps and lists (a scenario needs about 15; policies about 8 more). */
  maxDepth: 100,
  /** Values that aliases (`*name`) may expand to, in all. */
  maxAliasValues: 10_000,
  /** Files in a chain of `extends`. */
  maxExtends: 8,
} as const
