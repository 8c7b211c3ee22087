/**
 * Mounting players in browser tests: every tag defined, a scenario given as text, eager loading,
 * and a promise that settles on `hatrack-load` or `hatrack-error`.
 */
import { beforeAll } from 'vitest'
import '../../src/define.ts'
import { loadCore } from '../../src/core/lazy.ts'
import type { HatrackPlayer } from '../../src/components/hatrack-player.ts'
import type { HatrackEventName } from '../../src/events.ts'

// The first import of the core compiles it (seconds on a cold cache): do it outside the tests.
beforeAll(async () => {
  await loadCore()
}, 120_000)

/** Options for {@link mount}. */
export interface MountOptions {
  readonly attributes?: Readonly<Record<string, string>>
  /** Styles on the host (`--hatrack-pause: 0ms`). */
  readonly style?: string
}

/** A player with `scenario` text, appended to the body, once it loaded (or failed to). */
export async function mount(scenario: string, options: MountOptions = {}): Promise<HatrackPlayer> {
  const el = document.createElement('hatrack-player')
  el.setAttribute('loading', 'eager')
  for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value)
  if (options.style !== undefined) el.setAttribute('style', options.style)
  const settled = new Promise<void>((resolve) => {
    el.addEventListener('hatrack-load', () => resolve(), { once: true })
    el.addEventListener('hatrack-error', () => resolve(), { once: true })
  })
  el.scenario = scenario
  document.body.append(el)
  await settled
  await el.updateComplete
  return el
}

/** Removes every player the tests mounted. */
export function cleanup(): void {
  for (const el of document.querySelectorAll('hatrack-player')) el.remove()
}

/** Collects the events of the given names dispatched to `target`, details in order. */
export function record(
  target: EventTarget,
  names: readonly HatrackEventName[],
): { name: string; detail: unknown; composed: boolean }[] {
  const seen: { name: string; detail: unknown; composed: boolean }[] = []
  for (const name of names)
    target.addEventListener(name, (e) =>
      seen.push({ name, detail: (e as CustomEvent).detail, composed: e.composed }),
    )
  return seen
}

/** The element inside the player's shadow root matching `selector`. */
export function inside<E extends Element = HTMLElement>(el: HatrackPlayer, selector: string): E {
  const found = el.shadowRoot?.querySelector<E>(selector)
  if (found === null || found === undefined) throw new Error(`no ${selector} in the player`)
  return found
}
