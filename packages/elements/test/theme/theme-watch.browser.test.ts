import { afterEach, describe, expect, it } from 'vitest'
import { pageIsDark, parseTheme, watchTheme } from '../../src/theme/index.ts'

const root = document.documentElement

afterEach(() => {
  root.classList.remove('dark', 'light')
  root.removeAttribute('data-theme')
  document.body.removeAttribute('data-md-color-scheme')
})

describe('pageIsDark follows the host site’s own toggle', () => {
  it.each([
    ['VitePress', () => root.classList.add('dark'), true],
    ['Docusaurus and Starlight', () => root.setAttribute('data-theme', 'dark'), true],
    ['MkDocs Material', () => document.body.setAttribute('data-md-color-scheme', 'slate'), true],
    ['an explicit light toggle', () => root.setAttribute('data-theme', 'light'), false],
    [
      'MkDocs Material’s light palette',
      () => document.body.setAttribute('data-md-color-scheme', 'default'),
      false,
    ],
  ])('%s', (_site, toggle, dark) => {
    toggle()
    expect(pageIsDark()).toBe(dark)
  })
})

describe('watchTheme', () => {
  it('sets data-dark when the page switches, and stops when told', async () => {
    const host = document.createElement('div')
    document.body.append(host)
    const stop = watchTheme(host, () => 'auto')
    expect(host.hasAttribute('data-dark')).toBe(false)
    document.body.setAttribute('data-md-color-scheme', 'slate')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(host.hasAttribute('data-dark')).toBe(true)
    stop()
    document.body.setAttribute('data-md-color-scheme', 'default')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(host.hasAttribute('data-dark')).toBe(true)
    host.remove()
  })

  it('lets an explicit theme win over the page', () => {
    root.classList.add('dark')
    const host = document.createElement('div')
    const stop = watchTheme(host, () => parseTheme('light'))
    expect(host.hasAttribute('data-dark')).toBe(false)
    stop()
  })

  it('reads anything unknown as auto', () => {
    expect(parseTheme('sepia')).toBe('auto')
    expect(parseTheme(null)).toBe('auto')
    expect(parseTheme('dark')).toBe('dark')
  })
})
