import { describe, expect, it } from 'vitest'
import { resolvePath } from './paths.ts'

describe('resolvePath', () => {
  it.each([
    ['course/02.yaml', './base.yaml', 'course/base.yaml'],
    ['course/02.yaml', '../shared/base.yaml', 'shared/base.yaml'],
    ['02.yaml', 'base.yaml', 'base.yaml'],
    [undefined, './base.yaml', 'base.yaml'],
    ['/srv/course/02.yaml', '../../base.yaml', '/base.yaml'],
    ['/srv/02.yaml', '../../../base.yaml', '/base.yaml'],
    ['a.yaml', '../base.yaml', '../base.yaml'],
    ['course/02.yaml', '/abs/base.yaml', '/abs/base.yaml'],
    [
      'https://example.com/s/02.yaml',
      'https://cdn.example.com/base.yaml',
      'https://cdn.example.com/base.yaml',
    ],
    ['https://example.com/s/02.yaml', '../base.yaml', 'https://example.com/base.yaml'],
    ['https://example.com', 'base.yaml', 'https://example.com/base.yaml'],
  ])('from %s, %s is %s', (from, relative, expected) => {
    expect(resolvePath(from, relative)).toBe(expected)
  })

  it('reads a backslash of a Windows path as a separator', () => {
    expect(resolvePath('course\\02.yaml', '..\\shared\\base.yaml')).toBe('shared/base.yaml')
  })
})
