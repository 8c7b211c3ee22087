/**
 * Mounting the tutorial elements in browser tests: every tag defined by `src/define.ts`, the core
 * loaded once outside the tests, and helpers that wait for
 * an element to be ready and reach into shadow roots.
 */
import { beforeAll, expect } from 'vitest'
import '../../src/define.ts'
import type { HatrackChallenge } from '../../src/components/hatrack-challenge.ts'
import type { HatrackSandbox } from '../../src/components/hatrack-sandbox.ts'
import { loadCore } from '../../src/core/lazy.ts'

beforeAll(async () => {
  await loadCore()
}, 120_000)

/** A new element of `tag` with `attributes`, appended to the body. */
export function create<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value)
  document.body.append(el)
  return el
}

/** A challenge loaded from `text`, once its editor shows a document. */
export async function mountChallenge(
  text: string,
  attributes: Readonly<Record<string, string>> = {},
): Promise<HatrackChallenge> {
  const el = create('hatrack-challenge', { lesson: 'trust-a-user', course: 'test', ...attributes })
  el.challenge = text
  await expect
    .poll(() => el.loaded !== undefined && el.document !== '', { timeout: 20_000 })
    .toBe(true)
  await el.updateComplete
  return el
}

/** A sandbox loaded from `text`, once its player has loaded the first run. */
export async function mountSandbox(
  text: string,
  attributes: Readonly<Record<string, string>> = {},
): Promise<HatrackSandbox> {
  const el = create('hatrack-sandbox', attributes)
  el.scenario = text
  await expect.poll(() => el.player?.loaded !== undefined, { timeout: 20_000 }).toBe(true)
  return el
}

/** The first element matching `selector` in `el`'s shadow root (or a nested one's, with `>>>`). */
export function inside<E extends Element = HTMLElement>(el: Element, selector: string): E {
  let root: Element | ShadowRoot | null = el.shadowRoot
  const parts = selector.split('>>>').map((part) => part.trim())
  let found: Element | null = null
  for (const [index, part] of parts.entries()) {
    found = root?.querySelector(part) ?? null
    if (found === null) throw new Error(`no ${part} inside ${el.tagName.toLowerCase()}`)
    if (index < parts.length - 1) root = found.shadowRoot
  }
  return found as E
}

/** Removes everything the tests mounted, and the kept progress. */
export function cleanup(): void {
  for (const tag of [
    'hatrack-challenge',
    'hatrack-sandbox',
    'hatrack-progress',
    'hatrack-editor',
    'hatrack-player',
  ])
    for (const el of document.querySelectorAll(tag)) el.remove()
  localStorage.clear()
}
