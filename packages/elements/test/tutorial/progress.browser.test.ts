/**
 * `<hatrack-progress>` in a real browser: a course's lessons with ✓ from the kept progress, the
 * prompt to the next, live updates when a challenge on the page is solved, and storage that
 * refuses.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import trustAUser from '../../../../scenarios/challenges/01-trust-a-user.yaml?raw'
import { saveProgress } from '../../src/tutorial/progress/store.ts'
import { cleanup, create, inside, mountChallenge } from './fixture.ts'

afterEach(() => {
  vi.restoreAllMocks()
  cleanup()
})

function mountProgress(): HTMLElementTagNameMap['hatrack-progress'] {
  const el = document.createElement('hatrack-progress')
  el.setAttribute('course', 'test')
  for (const [lesson, title] of [
    ['intro', 'Introduction'],
    ['trust-a-user', 'Let Omkar assume the role'],
  ] as const) {
    const link = document.createElement('a')
    link.href = `/course/${lesson}.html`
    link.dataset['lesson'] = lesson
    link.textContent = title
    el.append(link)
  }
  document.body.append(el)
  return el
}

describe('<hatrack-progress>', () => {
  it('marks solved lessons, prompts the next, and follows a challenge solved on the page', async () => {
    saveProgress('test', 'intro', { solved: true, attempts: 1 })
    const el = mountProgress()
    await el.updateComplete
    expect(inside(el, '.count').textContent).toBe('1 of 2 lessons solved')
    const items = [...(el.shadowRoot?.querySelectorAll('li') ?? [])]
    expect(items.map((item) => item.querySelector('.glyph')?.textContent)).toEqual(['✓', ''])
    expect(items[1]?.getAttribute('aria-current')).toBe('step')
    expect(inside(el, '.next a').getAttribute('href')).toBe('/course/trust-a-user.html')

    const challenge = await mountChallenge(trustAUser)
    challenge.document = challenge.loaded?.solution ?? ''
    expect(challenge.check()?.solved).toBe(true)
    await expect.poll(() => inside(el, '.count').textContent).toBe('2 of 2 lessons solved')
    expect(inside(el, '.next').textContent?.trim()).toBe('Every lesson is solved.')
  })

  it('lists the `lessons` attribute when it holds no links', async () => {
    const el = create('hatrack-progress', { course: 'test', lessons: 'a, b' })
    await el.updateComplete
    expect(el.entries.map((entry) => entry.id)).toEqual(['a', 'b'])
    expect(inside(el, '.next').textContent).toContain('Next: a')
  })

  it('shows no progress, and throws nothing, when storage refuses', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    const el = mountProgress()
    await el.updateComplete
    expect(inside(el, '.count').textContent).toBe('0 of 2 lessons solved')
  })
})
