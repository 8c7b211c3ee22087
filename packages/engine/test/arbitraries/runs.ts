/**
 * How many runs each property makes: 1,000 by default (the floor for CI), more on demand
 * with `HATRACK_FC_RUNS=100000 npx vitest run --project engine test/properties`.
 */
export const FC_RUNS: number = Number(process.env.HATRACK_FC_RUNS ?? 1000)

/**
 * A ceiling on one property's run time, so that vitest's default five seconds does not cut a
 * long run short on a busy machine. It is no speed check: the benchmark measures speed.
 */
export const FC_TIMEOUT: number = Math.max(120_000, FC_RUNS * 200)
