import { describe, expect, it } from 'vitest'
import { renderInline, visibleLength } from '../src/render/inline.ts'
import { renderMarkdown, wrap } from '../src/render/markdown.ts'
import { createStyle } from '../src/render/style.ts'

const plain = createStyle(false)
const colour = createStyle(true)

describe('renderInline', () => {
  it.each([
    ['**Omkar** switches', 'Omkar switches'],
    ['an *implicit* deny', 'an implicit deny'],
    ['calls `iam:ListRoles`', 'calls `iam:ListRoles`'],
    [
      'see [the docs](https://docs.aws.amazon.com/IAM/)',
      'see the docs (https://docs.aws.amazon.com/IAM/)',
    ],
    ['<https://example.com/a>', 'https://example.com/a'],
    ['a \\*literal\\* star', 'a *literal* star'],
    ['snake_case_name stays', 'snake_case_name stays'],
    ['`**not bold**` in code', '`**not bold**` in code'],
  ])('%j → %j', (markdown, text) => {
    expect(renderInline(markdown, plain)).toBe(text)
  })

  it('styles bold text when colour is on, and measures it without the escapes', () => {
    const rendered = renderInline('**Omkar**', colour)
    expect(rendered).toBe('\u001b[1mOmkar\u001b[22m')
    expect(visibleLength(rendered)).toBe(5)
  })
})

describe('renderMarkdown', () => {
  it('joins soft line breaks, keeps paragraphs apart and wraps at the width', () => {
    const lines = renderMarkdown(
      'One two three\nfour five.\n\nSix seven eight nine ten eleven.',
      plain,
      {
        width: 24,
        indent: '  ',
      },
    )
    expect(lines).toEqual([
      '  One two three four',
      '  five.',
      '',
      '  Six seven eight nine',
      '  ten eleven.',
    ])
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(24)
  })

  it('renders lists with a hanging indent, headings, quotes and code blocks', () => {
    const lines = renderMarkdown(
      '# Roles\n- first item that wraps around\n- second\n1. one\n> quoted\n```\ncode  kept\n```',
      plain,
      { width: 22, indent: '' },
    )
    expect(lines).toEqual([
      'Roles',
      '• first item that',
      '  wraps around',
      '• second',
      '1. one',
      '│ quoted',
      '  code  kept',
    ])
  })
})

describe('wrap', () => {
  it('lets a word longer than the width overflow on its own line', () => {
    expect(wrap('a arn:aws:iam::123456789012:role/Long b', 10)).toEqual([
      'a',
      'arn:aws:iam::123456789012:role/Long',
      'b',
    ])
  })
})
