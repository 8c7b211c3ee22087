/**
 * Prediction checkpoints in a real browser, on 02-first-role.yaml: its questions come before
 * step 3 (the switch: answer 1, "Yes"), step 5 (listing roles as the role: answer 2) and step 11
 * (Maria: answer 2). The question shows on the picture of the step before, answering marks the
 * choice with a glyph and words and reveals the explanation, and "Run the step" runs it.
 */
import axe from 'axe-core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import firstRole from '../../../../scenarios/02-first-role.yaml?raw'
import type { HatrackPlayer } from '../../src/components/hatrack-player.ts'
import { GraphView } from '../../src/graph/index.ts'
import { cleanup, inside, mount, record } from './fixture.ts'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

const caption = (el: HatrackPlayer) => inside(el, '[part="caption"]').textContent ?? ''
const counter = (el: HatrackPlayer) => inside(el, '.counter').textContent ?? ''
const status = (el: HatrackPlayer) => inside(el, '.body + [role="status"]').textContent ?? ''
const overlay = (el: HatrackPlayer) => el.shadowRoot?.querySelector('[part="checkpoint"]') ?? null
const reveal = (el: HatrackPlayer) => inside(el, '.checkpoint [role="status"]').textContent ?? ''
const button = (name: string | RegExp) => page.getByRole('button', { name, exact: true })
const choice = (text: RegExp) => page.getByRole('button', { name: text })
const SWITCH = /Will the switch succeed\? Which policy decides\?/

/** Mounts 02-first-role and presses Next twice: the switch's question opens before step 3. */
async function atTheSwitch(attributes: Record<string, string> = {}): Promise<HatrackPlayer> {
  const el = await mount(firstRole, { attributes })
  await button('Next step').click()
  await button('Next step').click()
  return el
}

describe('<hatrack-player> checkpoints', () => {
  it('asks before the step: the picture stays on the step before', async () => {
    const el = await atTheSwitch()
    expect(el.state).toBe('asking')
    expect(el.step).toBe(1)
    expect(counter(el)).toContain('Step 2 of 13')
    expect(caption(el)).toContain('He cannot create a database himself')
    await expect.element(page.getByRole('group', { name: SWITCH })).toBeVisible()
    await expect.element(choice(/^Yes\. The role's trust policy names him/)).toBeVisible()
    await expect.element(choice(/^No\. A trust policy must name the account/)).toBeVisible()
    expect(el.shadowRoot?.activeElement?.matches('fieldset.question')).toBe(true)
    expect(status(el)).toMatch(/^Question before step 3 of 13\. Omkar's only policy/)
    expect(status(el)).toContain('Choices: 1: Yes.')
    // The question's Markdown-lite renders as elements, its code as <code>.
    expect(inside(el, '.checkpoint legend code').textContent).toBe('IAMReadOnlyAccess')
    // Next waits for the answer; the other ways stay open.
    await expect.element(button('Next step')).toBeDisabled()
    el.next()
    expect([el.state, el.step]).toEqual(['asking', 1])
  })

  it('scrolls a long reveal to its end with the top edge between blocks, not through a line', async () => {
    const el = await atTheSwitch()
    el.style.setProperty('width', '760px')
    await choice(/^No\. None of his own policies/).click()
    await el.updateComplete
    const overlay = inside(el, '.checkpoint')
    expect(overlay.scrollHeight).toBeGreaterThan(overlay.clientHeight)
    const box = overlay.getBoundingClientRect()
    const top =
      box.top + overlay.clientTop + Number.parseFloat(getComputedStyle(overlay).paddingTop)
    const bottom = box.top + overlay.clientTop + overlay.clientHeight
    const blocks = [...overlay.querySelectorAll('legend, li, .verdict, .explain > *, .run')]
    expect(blocks.length).toBeGreaterThan(4)
    for (const block of blocks) {
      const rect = block.getBoundingClientRect()
      // Wholly above the edge (scrolled away) or wholly below it.
      expect(rect.bottom <= top + 1 || rect.top >= top - 1, block.textContent ?? '').toBe(true)
    }
    const run = inside(el, '.checkpoint .run').getBoundingClientRect()
    expect(run.bottom).toBeLessThanOrEqual(bottom + 1)
    // The question is a scroll away, and the room added under the end goes with the overlay.
    overlay.scrollTop = 0
    expect(inside(el, '.checkpoint legend').getBoundingClientRect().top).toBeGreaterThanOrEqual(
      box.top,
    )
    await button('Run the step').click()
    await el.updateComplete
    expect(el.shadowRoot?.querySelector('.checkpoint')).toBeNull()
  })

  it('marks a wrong answer with ✗ and words, shows the right one and the explanation', async () => {
    const el = await atTheSwitch()
    await choice(/^No\. None of his own policies/).click()
    expect(el.state).toBe('revealed')
    expect(el.step).toBe(1)
    expect(reveal(el)).toMatch(/^\s*✗ Not quite: the answer is 1\.\s/)
    expect(reveal(el)).toContain("In the role's own account, a trust policy")
    const marks = [...(el.shadowRoot?.querySelectorAll('.checkpoint .choice') ?? [])].map(
      (b) => b.querySelector('.mark')?.textContent ?? '',
    )
    expect(marks).toEqual(['✓ The answer', '✗ Your answer: wrong'])
    expect(el.shadowRoot?.activeElement?.textContent).toBe('Run the step')
    await button('Run the step').click()
    expect([el.state, el.step]).toEqual(['ready', 2])
    expect(counter(el)).toContain('Step 3 of 13')
    expect(caption(el)).toContain('Omkar chooses Switch role')
    expect(overlay(el)).toBeNull()
    await el.updateComplete
    const decision = inside<HTMLElement & { decision?: { decision: string } }>(
      el,
      'hatrack-decision',
    )
    expect(decision.decision?.decision).toBe('allowed')
    await expect.poll(() => inside(el, '.call-glyph-mark').textContent).toBe('✓')
    expect(el.shadowRoot?.activeElement?.classList.contains('stage')).toBe(true)
  })

  it('says ✓ Right to a right answer, and dispatches hatrack-checkpoint out of the shadow', async () => {
    const seen = record(document, ['hatrack-checkpoint'])
    const el = await atTheSwitch()
    await choice(/^Yes\. The role/).click()
    expect(reveal(el)).toMatch(/^\s*✓ Right\./)
    expect(reveal(el)).not.toContain('Not quite')
    expect(inside(el, '.checkpoint .choice .mark').textContent).toBe('✓ Your answer: right')
    expect(seen).toEqual([
      { name: 'hatrack-checkpoint', detail: { step: 2, choice: 0, right: true }, composed: true },
    ])
    await button('Run the step').click()
    await button('Next step').click()
    await button('Next step').click()
    await choice(/^Yes\. His own/).click()
    expect(seen[1]?.detail).toEqual({ step: 4, choice: 0, right: false })
  })

  it('runs the step with its animation, and does not ask again going back and forth', async () => {
    const show = vi.spyOn(GraphView.prototype, 'show')
    const el = await atTheSwitch()
    const shows = show.mock.calls.length
    await choice(/^Yes\. The role/).click()
    expect(show.mock.calls.length).toBe(shows)
    el.runStep()
    expect(show.mock.lastCall?.[0]).toMatchObject({ index: 2 })
    expect(show.mock.lastCall?.[1]).toEqual({ animate: true, duration: 600 })
    el.prev()
    el.next()
    expect([el.state, el.step]).toEqual(['ready', 2])
    expect(el.checkpointAnswers.get(2)).toBe(0)
    el.resetCheckpoints()
    el.prev()
    el.next()
    expect([el.state, el.step]).toEqual(['asking', 1])
  })

  it('never asks on a seek: a checkpoint step shows at once, its question skipped', async () => {
    const el = await mount(firstRole)
    el.seek(5)
    expect([el.state, el.step]).toEqual(['ready', 5])
    expect(overlay(el)).toBeNull()
    expect(el.checkpointAnswers.has(4)).toBe(false)
    el.seek(2)
    expect([el.state, el.step, el.checkpointAnswers.get(2)]).toEqual(['ready', 2, 'skipped'])
    el.first()
    el.next()
    el.next()
    expect([el.state, el.step]).toEqual(['ready', 2])
    // A step back from past a question shows it directly too.
    el.seek(5)
    el.prev()
    expect([el.state, el.step]).toEqual(['ready', 4])
  })

  it('never asks with nocheckpoints, and marks no questions on the timeline', async () => {
    const el = await mount(firstRole, {
      attributes: { nocheckpoints: '', 'data-reduced-motion': '' },
      style: '--hatrack-pause: 0ms',
    })
    expect(el.shadowRoot?.querySelector('.timeline .questions')).toBeNull()
    await button('Next step').click()
    await button('Next step').click()
    expect([el.state, el.step]).toEqual(['ready', 2])
    el.play()
    await expect.poll(() => el.state).toBe('ended')
    expect(overlay(el)).toBeNull()
  })

  it('marks the questions on the timeline with ? and a label', async () => {
    const el = await mount(firstRole)
    const marks = [...(el.shadowRoot?.querySelectorAll('.timeline .questions li') ?? [])]
    expect(marks.map((m) => m.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '?Question before step 3',
      '?Question before step 5',
      '?Question before step 11',
    ])
    await expect.element(page.getByRole('list', { name: 'Questions' })).toBeVisible()
  })

  it('pauses playback at the question, and resumes it once the step has run', async () => {
    const el = await mount(firstRole, {
      attributes: { 'data-reduced-motion': '' },
      style: '--hatrack-pause: 0ms',
    })
    const events = record(el, ['hatrack-play', 'hatrack-pause', 'hatrack-stepchange'])
    el.play()
    await expect.poll(() => el.state).toBe('asking')
    expect([el.step, el.playing, el.paused]).toEqual([1, false, true])
    expect(events.map((e) => e.name)).toEqual([
      'hatrack-play',
      'hatrack-stepchange',
      'hatrack-pause',
    ])
    // Playback waits, however long.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect([el.state, el.step]).toEqual(['asking', 1])
    expect(el.shadowRoot?.activeElement ?? null).toBeNull() // playback does not take the focus
    await choice(/^Yes\. The role/).click()
    await button('Run the step').click()
    // Playback goes on at once (no reading pause here) up to the next question.
    await expect.poll(() => el.state).toBe('asking')
    expect(el.step).toBe(3)
    expect(events.slice(3).map((e) => [e.name, e.detail])).toEqual([
      ['hatrack-play', { step: 2 }],
      ['hatrack-stepchange', { step: 2, previousStep: 1, source: 'user' }],
      ['hatrack-stepchange', { step: 3, previousStep: 2, source: 'playback' }],
      ['hatrack-pause', { step: 3 }],
    ])
    el.pause()
    el.answer(1)
    el.runStep()
    expect([el.state, el.step]).toEqual(['ready', 4])
  })

  it('answers with the digit keys and runs the step with . or Enter', async () => {
    const el = await mount(firstRole)
    inside(el, '.stage').focus()
    await userEvent.keyboard('..')
    expect([el.state, el.step]).toEqual(['asking', 1])
    await userEvent.keyboard('.')
    expect(el.state).toBe('asking')
    await userEvent.keyboard('2')
    expect([el.state, el.checkpointAnswers.get(2)]).toEqual(['revealed', 1])
    await userEvent.keyboard('.')
    expect([el.state, el.step]).toEqual(['ready', 2])
    await userEvent.keyboard('..')
    expect([el.state, el.step]).toEqual(['asking', 3])
    await userEvent.keyboard('9')
    expect(el.state).toBe('asking')
    await userEvent.keyboard('2')
    expect(reveal(el)).toContain('✓ Right.')
    await userEvent.keyboard('{Enter}')
    expect([el.state, el.step]).toEqual(['ready', 4])
  })

  it('ignores the digit keys with nohotkeys, but not the buttons', async () => {
    const el = await atTheSwitch({ nohotkeys: '' })
    await userEvent.keyboard('1')
    expect(el.state).toBe('asking')
    await choice(/^Yes\. The role/).click()
    expect(el.state).toBe('revealed')
  })

  it('warns instead of teaching an answer the replay contradicts', async () => {
    const wrong = firstRole.replace(/( {6}answer: )1\n/, '$12\n')
    expect(wrong).not.toBe(firstRole)
    const el = await mount(wrong)
    expect(el.loaded?.frames.frames[2]?.step.checkpoint?.held).toBe(false)
    el.seek(1)
    el.next()
    await choice(/^No\. None of his own/).click()
    expect(reveal(el)).toContain("⚠ This checkpoint's answer disagrees with the replay:")
    expect(reveal(el)).not.toMatch(/Right|Not quite/)
    expect(reveal(el)).not.toContain('In the role')
    expect(el.shadowRoot?.querySelector('.checkpoint .right, .checkpoint .wrong')).toBeNull()
    expect(inside(el, '.checkpoint .choice .mark').textContent).toBe('Your answer')
    await button('Run the step').click()
    expect(el.step).toBe(2)
  })

  it('renders the question and choices as text, never as HTML', async () => {
    const text = firstRole
      .replace('Will the switch succeed?', 'Will the switch succeed? <img src=x id=injected>')
      .replace('- text: Yes. The role', '- text: "<b>Yes</b>. The role')
      .replace('that is enough.', 'that is enough."')
    const el = await mount(text)
    el.seek(1)
    el.next()
    await el.updateComplete
    expect(inside(el, '.checkpoint legend').textContent).toContain('<img src=x id=injected>')
    expect(el.shadowRoot?.querySelector('#injected, .checkpoint b')).toBeNull()
    expect(inside(el, '.checkpoint .choice').textContent).toContain('<b>Yes</b>.')
  })

  it.each(['light', 'dark'])(
    'passes axe asking and revealed, %s theme',
    { timeout: 60_000 },
    async (theme) => {
      const el = await mount(firstRole, { attributes: { theme, 'data-reduced-motion': '' } })
      const violations = async () =>
        (await axe.run(el, { resultTypes: ['violations'] })).violations.flatMap((v) =>
          v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
        )
      el.seek(1)
      el.next()
      await el.updateComplete
      expect(await violations()).toEqual([])
      el.answer(1)
      await el.updateComplete
      expect(await violations()).toEqual([])
    },
  )
})
