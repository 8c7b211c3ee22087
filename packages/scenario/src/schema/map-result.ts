/**
 * What checking a map gives, entry by entry: the map itself while every entry comes back as it
 * was, and a copy (without a prototype) from the first entry that changes or is left out. A
 * file without problems is made of unchanged entries, so checking it copies nothing.
 */
export class MapResult {
  readonly #source: Readonly<Record<string, unknown>>
  #out: Record<string, unknown> | undefined
  /** How many of the source's first keys came back unchanged before the copy was needed. */
  #kept = 0

  /** Entries must then be given in the source's key order (`Object.keys`). */
  constructor(source: Readonly<Record<string, unknown>>) {
    this.#source = source
    // Only a map without a prototype may be given back as it is.
    if (Object.getPrototypeOf(source) !== null)
      this.#out = Object.create(null) as Record<string, unknown>
  }

  /** The checked value of the next entry. */
  set(key: string, value: unknown): void {
    if (this.#out === undefined) {
      if (value === this.#source[key]) {
        this.#kept++
        return
      }
      this.#copy()
    }
    ;(this.#out as Record<string, unknown>)[key] = value
  }

  /** The next entry is left out of the result. */
  skip(): void {
    if (this.#out === undefined) this.#copy()
  }

  /** The map as checked. */
  result(): Record<string, unknown> {
    return this.#out ?? (this.#source as Record<string, unknown>)
  }

  #copy(): void {
    const out = Object.create(null) as Record<string, unknown>
    const keys = Object.keys(this.#source)
    for (let i = 0; i < this.#kept; i++) {
      const key = keys[i] as string
      out[key] = this.#source[key]
    }
    this.#out = out
  }
}
