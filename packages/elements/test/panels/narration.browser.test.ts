import { html, render } from 'lit'
import { describe, expect, it } from 'vitest'
import { narration } from '../../src/text/index.ts'

function show(text: string): HTMLElement {
  const host = document.createElement('div')
  document.body.replaceChildren(host)
  render(html`${narration(text)}`, host)
  return host
}

describe('narration', () => {
  it('renders paragraphs, bold, em, code and safe links as elements', () => {
    const host = show(
      'A **trust policy**, *who*, `omkar`.\n\nSee [the guide](https://docs.aws.amazon.com/IAM/).',
    )
    expect(host.querySelectorAll('p')).toHaveLength(2)
    expect(host.querySelector('strong')?.textContent).toBe('trust policy')
    expect(host.querySelector('em')?.textContent).toBe('who')
    expect(host.querySelector('code')?.textContent).toBe('omkar')
    const link = host.querySelector('a')
    expect(link?.getAttribute('href')).toBe('https://docs.aws.amazon.com/IAM/')
    expect(link?.textContent).toBe('the guide')
  })

  it('renders no link for a javascript: URL, only its text', () => {
    const host = show('Click [me](javascript:window.__narrationPwned=1) please')
    expect(host.querySelectorAll('a')).toHaveLength(0)
    expect(host.textContent?.replace(/\s+/g, ' ').trim()).toBe('Click me please')
  })

  it('renders HTML in narration as text', () => {
    const host = show(
      '<script>window.__narrationPwned=2</script> <img src=x onerror="window.__narrationPwned=3">',
    )
    expect(host.querySelectorAll('script, img')).toHaveLength(0)
    expect(host.textContent).toContain('<script>window.__narrationPwned=2</script>')
    expect((window as { __narrationPwned?: number }).__narrationPwned).toBeUndefined()
  })
})
