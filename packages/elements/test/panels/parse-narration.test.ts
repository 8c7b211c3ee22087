import { describe, expect, it } from 'vitest'
import { parseInline, parseNarration, type NarrationInline } from '../../src/text/index.ts'
import { safeHref } from '../../src/text/safe-href.ts'

const text = (value: string): NarrationInline => ({ kind: 'text', text: value })

describe('parseNarration', () => {
  it('splits paragraphs on blank lines and joins the lines of one with spaces', () => {
    const paragraphs = parseNarration('A role has\ntwo parts.\n\n  \nIts trust policy.\n')
    expect(paragraphs).toEqual([
      { kind: 'paragraph', children: [text('A role has two parts.')] },
      { kind: 'paragraph', children: [text('Its trust policy.')] },
    ])
  })

  it('gives no paragraph for blank text', () => {
    expect(parseNarration('  \n\n ')).toEqual([])
  })
})

describe('parseInline', () => {
  const cases: { name: string; input: string; expected: NarrationInline[] }[] = [
    {
      name: 'bold, em and code',
      input: 'Its **trust policy** says *who*: `omkar`.',
      expected: [
        text('Its '),
        { kind: 'strong', children: [text('trust policy')] },
        text(' says '),
        { kind: 'em', children: [text('who')] },
        text(': '),
        { kind: 'code', text: 'omkar' },
        text('.'),
      ],
    },
    {
      name: 'code keeps its stars and brackets literally',
      input: '`arn:aws:s3:::bucket/*` and `[x](y)`',
      expected: [
        { kind: 'code', text: 'arn:aws:s3:::bucket/*' },
        text(' and '),
        { kind: 'code', text: '[x](y)' },
      ],
    },
    {
      name: 'an https link',
      input: 'See [the guide](https://docs.aws.amazon.com/IAM/).',
      expected: [
        text('See '),
        { kind: 'link', href: 'https://docs.aws.amazon.com/IAM/', children: [text('the guide')] },
        text('.'),
      ],
    },
    {
      name: 'a relative link',
      input: '[next](../03-cli.html#top)',
      expected: [{ kind: 'link', href: '../03-cli.html#top', children: [text('next')] }],
    },
    {
      name: 'a javascript: link becomes its text',
      input: 'Click [here](javascript:alert(1)) now',
      expected: [text('Click here now')],
    },
    {
      name: 'a javascript: link hidden by a tab and case is still refused',
      input: '[x](JaVa\tScRiPt:alert(1))',
      expected: [text('x')],
    },
    {
      name: 'a data: link becomes its text',
      input: '[x](data:text/html,<script>alert(1)</script>)',
      expected: [text('x')],
    },
    {
      name: 'formatting inside a link',
      input: '[**bold** link](/guide/)',
      expected: [
        {
          kind: 'link',
          href: '/guide/',
          children: [{ kind: 'strong', children: [text('bold')] }, text(' link')],
        },
      ],
    },
    {
      name: 'unclosed markers stay as text',
      input: 'a * b ** c ` d [e',
      expected: [text('a * b ** c ` d [e')],
    },
    {
      name: 'a star between spaces is no emphasis',
      input: '2 * 3 * 4',
      expected: [text('2 * 3 * 4')],
    },
    {
      name: 'escaped stars are literal',
      input: '\\*not em\\*',
      expected: [text('*not em*')],
    },
    {
      name: 'HTML is text',
      input: '<img src=x onerror=alert(1)>',
      expected: [text('<img src=x onerror=alert(1)>')],
    },
  ]

  for (const { name, input, expected } of cases)
    it(name, () => {
      expect(parseInline(input)).toEqual(expected)
    })
})

describe('safeHref', () => {
  it.each([
    ['https://example.com/a', 'https://example.com/a'],
    ['http://example.com', 'http://example.com'],
    ['/docs/', '/docs/'],
    ['#step-3', '#step-3'],
    ['guide.html', 'guide.html'],
  ])('keeps %s', (url, expected) => {
    expect(safeHref(url)).toBe(expected)
  })

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'vbscript:msgbox',
    'data:text/html,x',
    'file:///etc/passwd',
    'mailto:a@b.c',
    '',
  ])('refuses %j', (url) => {
    expect(safeHref(url)).toBeUndefined()
  })
})
