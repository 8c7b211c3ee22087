import { afterEach, describe, expect, it, vi } from 'vitest'
import { Approach } from '../../src/player/approach.ts'

const frames = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve))
}

let placed: HTMLElement[] = []
afterEach(() => {
  for (const element of placed) element.remove()
  placed = []
  scrollTo(0, 0)
})

/** A box `below` pixels under the viewport's bottom edge. */
function boxBelow(below: number): HTMLElement {
  const spacer = document.createElement('div')
  spacer.style.height = `${innerHeight + below}px`
  const box = document.createElement('div')
  box.style.height = '100px'
  document.body.prepend(spacer, box)
  placed = [spacer, box]
  scrollTo(0, 0)
  return box
}

/** A box `below` pixels under the viewport, watched; the handlers are spies. */
function watched(below: number) {
  const box = boxBelow(below)
  const nearing = vi.fn()
  const near = vi.fn()
  const approach = new Approach()
  approach.watch(box, { nearing, near })
  return { box, nearing, near, approach }
}

describe('Approach', () => {
  it('a few screens away: warms, does not load; near: loads', async () => {
    const { box, nearing, near } = watched(800)
    await frames(3)
    expect(nearing).toHaveBeenCalledTimes(1)
    expect(near).not.toHaveBeenCalled()
    box.scrollIntoView()
    await frames(3)
    expect(near).toHaveBeenCalledTimes(1)
    // Each fires once: back and forth changes nothing.
    scrollTo(0, 0)
    await frames(2)
    box.scrollIntoView()
    await frames(3)
    expect([nearing.mock.calls.length, near.mock.calls.length]).toEqual([1, 1])
  })

  it('far away: neither, and nothing after stop()', async () => {
    const { box, nearing, near, approach } = watched(4000)
    await frames(3)
    expect(nearing).not.toHaveBeenCalled()
    approach.stop()
    box.scrollIntoView()
    await frames(3)
    expect(nearing).not.toHaveBeenCalled()
    expect(near).not.toHaveBeenCalled()
  })
})
