/**
 * `<hatrack-editor>` in a real browser: text rendered as text (never HTML), Tab and Escape-Tab,
 * undo and redo on its own history, issues in the gutter, underlined and listed, and the caret
 * moved to an issue.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import type { HatrackEditor } from '../../src/tutorial/editor/hatrack-editor.ts'
import { cleanup, create, inside } from './fixture.ts'

afterEach(cleanup)

async function mountEditor(
  text: string,
  language: 'json' | 'yaml' = 'json',
): Promise<HatrackEditor> {
  const el = create('hatrack-editor', { language })
  el.label = 'Policy'
  el.reset(text)
  await el.updateComplete
  return el
}

describe('<hatrack-editor>', () => {
  it('highlights text as text: markup typed in stays characters', async () => {
    const el = await mountEditor('{"a": "<img src=x onerror=alert(1)>"}')
    expect(el.shadowRoot?.querySelector('img')).toBeNull()
    expect(inside(el, 'pre').textContent).toContain('<img src=x onerror=alert(1)>')
    expect(inside(el, 'pre .t-key').textContent).toBe('"a"')
    expect(inside(el, 'pre .t-string').textContent).toContain('<img')
  })

  it('indents with Tab, lets focus leave with Escape then Tab, and undoes and redoes', async () => {
    const el = await mountEditor('{}')
    const changes: string[] = []
    el.addEventListener('hatrack-editor-change', (e) =>
      changes.push((e as CustomEvent<{ source: string }>).detail.source),
    )
    const area = page.getByRole('textbox', { name: 'Policy' })
    await area.click()
    const textarea = inside<HTMLTextAreaElement>(el, 'textarea')
    textarea.setSelectionRange(1, 1)
    await userEvent.keyboard('{Tab}')
    expect(el.value).toBe('{  }')
    await userEvent.keyboard('x')
    expect(el.value).toBe('{  x}')
    await userEvent.keyboard('{Control>}z{/Control}')
    expect(el.value).toBe('{  }')
    await userEvent.keyboard('{Control>}z{/Control}')
    expect(el.value).toBe('{}')
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}')
    expect(el.value).toBe('{  }')
    expect(changes).toEqual(['input', 'input', 'undo', 'undo', 'redo'])
    await userEvent.keyboard('{Escape}{Tab}')
    expect(el.value).toBe('{  }')
    expect(el.shadowRoot?.activeElement).not.toBe(textarea)
  })

  it('keeps the indent on Enter', async () => {
    const el = await mountEditor('a:\n  b: 1', 'yaml')
    await page.getByRole('textbox', { name: 'Policy' }).click()
    const textarea = inside<HTMLTextAreaElement>(el, 'textarea')
    textarea.setSelectionRange(el.value.length, el.value.length)
    await userEvent.keyboard('{Enter}c')
    expect(el.value).toBe('a:\n  b: 1\n  c')
  })

  it('marks issues in the gutter, underlines them, lists them, and jumps to one', async () => {
    const el = await mountEditor('{\n  "Effect": Allow\n}')
    el.issues = [
      {
        severity: 'error',
        message: 'expected a value, found `A`',
        line: 2,
        column: 13,
        hint: 'quote it',
      },
      { severity: 'warning', message: 'somewhere', path: '$' },
    ]
    await el.updateComplete
    const textarea = inside<HTMLTextAreaElement>(el, 'textarea')
    expect(textarea.getAttribute('aria-invalid')).toBe('true')
    expect(inside(el, '.ln.error').textContent).toMatch(/✗\s*2/)
    expect(inside(el, '.m-error').textContent).toBe('Allow')
    const list = inside(el, '.issues')
    expect(textarea.getAttribute('aria-describedby')).toContain(list.id)
    expect(list.children).toHaveLength(2)
    expect(list.children[0]?.textContent).toMatch(
      /line 2, column 13:\s*expected a value, found A\s*— hint: quote it/,
    )
    await page.getByRole('button', { name: 'line 2, column 13' }).click()
    expect(el.shadowRoot?.activeElement).toBe(textarea)
    expect(textarea.selectionStart).toBe(14)
  })
})
