import { expect, it } from 'vitest'

it('runs in a real Chromium', () => {
  expect(navigator.userAgent).toContain('Chrome')
  expect(document.createElement('div')).toBeInstanceOf(HTMLElement)
})
