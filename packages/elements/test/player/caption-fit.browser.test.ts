/**
 * The caption box fits the scenario's longest narration (`src/player/caption-fit.ts`): no step's
 * narration is cut off, the box keeps one height from step to step, takes at most its share of
 * the stage and scrolls past it, follows the player's width and type, and yields to a page's
 * `--hatrack-caption-height`.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { HatrackPlayer } from '../../src/components/hatrack-player.ts'
import { WARM_UP_SCENARIO } from '../../src/core/warm-up.ts'
import { CAPTION_SHARE } from '../../src/player/caption-fit.ts'
import { cleanup, inside, mount } from './fixture.ts'

afterEach(cleanup)

/**
 * The warm-up's small world with three steps that say `says` (YAML block scalars, so any text
 * goes).
 */
function narrated(says: readonly [string, string, string]): string {
  const say = (text: string) => `    say: |\n${text.replace(/^/gm, '      ')}\n`
  const world = WARM_UP_SCENARIO.slice(0, WARM_UP_SCENARIO.indexOf('steps:'))
  return `${world}steps:
  - id: assume
${say(says[0])}    as: dev
    assumeRole: { roleArn: Reader, roleSessionName: dev }
  - id: read
${say(says[1])}    as: dev@Reader
    request: { action: s3:ListBucket, resource: notes }
  - id: write
${say(says[2])}    as: dev@Reader
    request: { action: s3:PutObject, resource: 'arn:aws:s3:::notes/a.txt' }
`
}

const sentence = 'The developer assumes the reader role and reads the notes bucket with it.'
const long = [sentence, sentence.repeat(2)].join('\n\n')

const caption = (el: HatrackPlayer) => inside(el, '[part="caption"]')
const stage = (el: HatrackPlayer) => inside(el, '.stage')
const height = (element: HTMLElement) => element.getBoundingClientRect().height
/** Whether the caption shows all it holds. */
const whole = (el: HatrackPlayer) => caption(el).scrollHeight <= caption(el).clientHeight + 1

/** Resolves once the next frame is painted and the task after it ran (the cue's check). */
const frames = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve))),
  )

async function at(el: HatrackPlayer, step: number): Promise<void> {
  el.seek(step)
  await el.updateComplete
  await frames()
}

const wide = 'display: block; width: 900px'

describe('<hatrack-player> caption box', () => {
  it('holds every narration whole, at one height from step to step', async () => {
    const el = await mount(narrated(['Short.', long, 'Also short.']), { style: wide })
    const heights: number[] = []
    for (const step of [0, 1, 2]) {
      await at(el, step)
      expect(whole(el), `step ${step + 1}`).toBe(true)
      heights.push(height(caption(el)))
    }
    expect(new Set(heights).size).toBe(1)
    expect(heights[0]).toBeLessThan(height(stage(el)) * CAPTION_SHARE - 2)
    // The long narration fills it: the box is not merely large.
    await at(el, 1)
    expect(caption(el).scrollHeight).toBeGreaterThan(caption(el).clientHeight - 24)
  })

  it('is small when every narration is, leaving the picture the room', async () => {
    const short = await mount(narrated(['Short.', 'Short too.', 'Also short.']), { style: wide })
    const tall = await mount(narrated(['Short.', long, 'Also short.']), { style: wide })
    expect(height(caption(short))).toBeLessThan(height(caption(tall)) / 2)
    expect(height(inside(short, 'svg.graph'))).toBeGreaterThan(height(inside(tall, 'svg.graph')))
  })

  it('takes at most its share of the stage, and scrolls with a cue past it', async () => {
    const huge = Array.from({ length: 8 }, () => sentence.repeat(3)).join('\n\n')
    const el = await mount(narrated(['Short.', huge, 'Also short.']), { style: wide })
    expect(height(caption(el))).toBeCloseTo(height(stage(el)) * CAPTION_SHARE, -1)
    await at(el, 0)
    expect(caption(el).hasAttribute('tabindex')).toBe(false)
    await at(el, 1)
    const box = caption(el)
    expect(whole(el)).toBe(false)
    expect(box.getAttribute('tabindex')).toBe('0')
    expect(box.classList.contains('more')).toBe(true)
    box.scrollTop = box.scrollHeight
    box.dispatchEvent(new Event('scroll'))
    expect(box.classList.contains('more')).toBe(false)
    // The next step's narration starts at its top.
    await at(el, 2)
    expect(box.scrollTop).toBe(0)
    expect(box.hasAttribute('tabindex')).toBe(false)
  })

  it('fits again when the player narrows or its type grows', async () => {
    // Both widths put the side panels under the stage, so only the caption's width changes.
    const el = await mount(narrated(['Short.', long, 'Also short.']), {
      style: 'display: block; width: 720px',
    })
    await at(el, 1)
    const before = height(caption(el))
    el.style.setProperty('width', '560px')
    await frames()
    await el.updateComplete
    const narrow = height(caption(el))
    expect(narrow).toBeGreaterThan(before)
    expect(narrow).toBeLessThan(height(stage(el)) * CAPTION_SHARE - 2)
    expect(whole(el)).toBe(true)
    el.presenter = true
    await el.updateComplete
    await frames()
    expect(height(caption(el))).toBeGreaterThan(narrow)
    el.presenter = false
  })

  it("holds the page's own caption from the caption slot, fitted to it", async () => {
    const el = await mount(narrated(['Short.', long, 'Also short.']), { style: wide })
    const fitted = height(caption(el))
    const own = document.createElement('p')
    own.slot = 'caption'
    own.textContent = 'The page says this instead.'
    el.append(own)
    await frames()
    const slot = inside<HTMLSlotElement>(el, 'slot[name="caption"]')
    expect(slot.assignedElements()).toEqual([own])
    expect(own.getBoundingClientRect().height).toBeGreaterThan(0)
    // One line of the page's: smaller than the box fitted to the long narration.
    expect(height(caption(el))).toBeLessThan(fitted)
    expect(whole(el)).toBe(true)
    // The status region still reads the step's own narration.
    await at(el, 1)
    expect(inside(el, '[role="status"]').textContent).toContain('The developer assumes')
    own.remove()
    await frames()
    expect(height(caption(el))).toBe(fitted)
  })

  it("yields to the page's --hatrack-caption-height", async () => {
    const el = await mount(narrated(['Short.', long, 'Also short.']), {
      style: `${wide}; --hatrack-caption-height: 50px`,
    })
    expect(height(caption(el))).toBe(50)
    await at(el, 1)
    expect(whole(el)).toBe(false)
    expect(caption(el).getAttribute('tabindex')).toBe('0')
  })
})
