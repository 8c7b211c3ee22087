/**
 * What the browser benchmarks run inside the page (through playwright's `page.evaluate`): each
 * function is sent as its source text, so it uses nothing from outside itself (hence the small
 * `count` helper inside each). Times are the page's own `performance.now()` and
 * `requestAnimationFrame` timestamps, never Node's. A graph node is an element whose `part`
 * includes `node`; one being drawn lacks the `is-absent` class.
 */

/** A player as the probes use it (the element's public API). */
type Player = HTMLElement & {
  scenario: string | undefined
  next(): void
  readonly updateComplete: Promise<boolean>
}

/** What {@link firstFrameProbe} measured, in milliseconds from setting the scenario. */
export interface FirstFrameSample {
  /** To the first frame drawn: the figure. */
  readonly ms: number
  /** To the player's `hatrack-load` event: the core fetched, the scenario replayed, frames made. */
  readonly loadMs: number
}

/** The user-timing marks {@link firstFrameProbe} writes where its clock starts and stops. */
export const FIRST_FRAME_MARKS = { start: 'hatrack-bench:start', end: 'hatrack-bench:end' } as const

/** What {@link firstFrameProbe} is given. */
export interface FirstFrameInput {
  /** The scenario. */
  readonly text: string
  /**
   * The core chunk's URL, to import before the clock starts: the page has the core module
   * fetched, compiled and run, as on a page where a player was defined and connected a moment
   * before its scenario came (an eager player starts importing it when connected). Without it,
   * the figure includes importing the core (from the browser's cache after the first page).
   */
  readonly coreUrl?: string
}

/**
 * Milliseconds from setting `text` as a new player's `scenario` to its first frame drawn: the
 * first animation frame in which the graph shows a node, and the task after it (the frame is
 * painted by then). The player is created and connected before the clock starts, eager, in a
 * 1000×700 box; the core module may already be in the browser's cache from an earlier page, and
 * with `coreUrl` it is imported before the clock starts.
 */
export async function firstFrameProbe({
  text,
  coreUrl,
}: FirstFrameInput): Promise<FirstFrameSample> {
  const count = (root: ParentNode, drawnOnly: boolean): number => {
    const selector = drawnOnly ? '[part~="node"]:not(.is-absent)' : '[part~="node"]'
    let n = root.querySelectorAll(selector).length
    for (const element of root.querySelectorAll('*'))
      if (element.shadowRoot !== null) n += count(element.shadowRoot, drawnOnly)
    return n
  }
  await customElements.whenDefined('hatrack-player')
  const player = document.createElement('hatrack-player') as Player
  player.setAttribute('loading', 'eager')
  player.style.setProperty('display', 'block')
  player.style.setProperty('width', '1000px')
  player.style.setProperty('height', '700px')
  document.body.replaceChildren(player)
  await player.updateComplete
  if (coreUrl !== undefined) await import(coreUrl)
  // The marks a trace of the run is cut by (FIRST_FRAME_MARKS; written out: this function is
  // sent to the page as its source).
  performance.mark('hatrack-bench:start')
  const start = performance.now()
  let loadMs = Number.NaN
  return new Promise((resolve, reject) => {
    player.addEventListener('hatrack-load', () => (loadMs = performance.now() - start))
    player.addEventListener('hatrack-error', (event) => {
      reject(new Error(`the player failed: ${JSON.stringify((event as CustomEvent).detail)}`))
    })
    const check = (): void => {
      if (player.shadowRoot !== null && count(player.shadowRoot, true) > 0) {
        setTimeout(() => {
          const ms = performance.now() - start
          performance.mark('hatrack-bench:end')
          resolve({ ms, loadMs })
        })
        return
      }
      if (performance.now() - start > 30_000) reject(new Error('no frame drawn in 30 s'))
      else requestAnimationFrame(check)
    }
    player.scenario = text
    requestAnimationFrame(check)
  })
}

/**
 * Milliseconds from scrolling to a lazy player to its first frame drawn: the player, given
 * `text`, sits `below` pixels under the viewport (past the 200 px at which it loads, within the
 * 1,500 px at which the core is fetched and warmed), the page then idles `idleMs`, and the
 * clock starts with `scrollIntoView()`. The end is the one of {@link firstFrameProbe}.
 */
export async function lazyFirstFrameProbe({
  text,
  below,
  idleMs,
}: {
  readonly text: string
  readonly below: number
  readonly idleMs: number
}): Promise<number> {
  const count = (root: ParentNode): number => {
    let n = root.querySelectorAll('[part~="node"]:not(.is-absent)').length
    for (const element of root.querySelectorAll('*'))
      if (element.shadowRoot !== null) n += count(element.shadowRoot)
    return n
  }
  await customElements.whenDefined('hatrack-player')
  const spacer = document.createElement('div')
  spacer.style.setProperty('height', `${innerHeight + below}px`)
  const player = document.createElement('hatrack-player') as Player
  player.style.setProperty('display', 'block')
  player.style.setProperty('width', '1000px')
  player.style.setProperty('height', '700px')
  document.body.replaceChildren(spacer, player)
  scrollTo(0, 0)
  player.scenario = text
  await new Promise((resolve) => setTimeout(resolve, idleMs))
  if (player.shadowRoot !== null && count(player.shadowRoot) > 0)
    throw new Error('the lazy player loaded before it was scrolled to')
  const start = performance.now()
  player.scrollIntoView()
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (player.shadowRoot !== null && count(player.shadowRoot) > 0) {
        setTimeout(() => resolve(performance.now() - start))
        return
      }
      if (performance.now() - start > 30_000) reject(new Error('no frame drawn in 30 s'))
      else requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })
}

/** What {@link animationProbe} measured. */
export interface AnimationSample {
  /** Frames per second during each measured transition. */
  readonly fps: readonly number[]
  /** The nodes the graph holds (drawn or not yet present). */
  readonly nodes: number
  /** The transition's length the windows used, in milliseconds. */
  readonly durationMs: number
}

/**
 * Frames per second while the player animates a step: loads `text`, then `transitions` times
 * calls `next()` and counts animation frames during the transition (the player's
 * `--hatrack-duration`, 600 ms by default), from their timestamps. One warm-up transition first.
 */
export async function animationProbe({
  text,
  transitions,
}: {
  readonly text: string
  readonly transitions: number
}): Promise<AnimationSample> {
  const count = (root: ParentNode, drawnOnly: boolean): number => {
    const selector = drawnOnly ? '[part~="node"]:not(.is-absent)' : '[part~="node"]'
    let n = root.querySelectorAll(selector).length
    for (const element of root.querySelectorAll('*'))
      if (element.shadowRoot !== null) n += count(element.shadowRoot, drawnOnly)
    return n
  }
  const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
  await customElements.whenDefined('hatrack-player')
  const player = document.createElement('hatrack-player') as Player
  player.setAttribute('loading', 'eager')
  player.style.setProperty('display', 'block')
  player.style.setProperty('width', '1000px')
  player.style.setProperty('height', '700px')
  document.body.replaceChildren(player)
  await player.updateComplete
  player.scenario = text
  const start = performance.now()
  while (player.shadowRoot === null || count(player.shadowRoot, true) === 0) {
    if (performance.now() - start > 30_000) throw new Error('no frame drawn in 30 s')
    await sleep(20)
  }
  await sleep(500)
  const declared = getComputedStyle(player).getPropertyValue('--_duration').trim()
  const parsed = /^([\d.]+)(m?s)$/.exec(declared)
  const durationMs = parsed === null ? 600 : Number(parsed[1]) * (parsed[2] === 's' ? 1000 : 1)
  const fps: number[] = []
  for (let i = 0; i <= transitions; i++) {
    const stamps: number[] = []
    let counting = true
    const tick = (time: number): void => {
      stamps.push(time)
      if (counting) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
    player.next()
    await sleep(durationMs)
    counting = false
    const first = stamps[0] ?? 0
    const last = stamps[stamps.length - 1] ?? 0
    if (i > 0 && last > first) fps.push(((stamps.length - 1) * 1000) / (last - first))
    await sleep(250)
  }
  return { fps, nodes: count(player.shadowRoot, false), durationMs }
}
