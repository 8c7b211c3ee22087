import { describe, expect, it } from 'vitest'
import { guardrailsScenario, inlinePolicy, mount, shadow, words } from './fixtures.ts'

const twoStatements = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'ReadReports',
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::acme-reports/*',
    },
    {
      Sid: 'NeedMfa',
      Effect: 'Allow',
      Action: 's3:DeleteObject',
      Resource: '*',
      Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
    },
  ],
}

describe('<hatrack-policy>', () => {
  it('pretty-prints the document as text, line for line', async () => {
    const element = await mount('hatrack-policy', { document: twoStatements })
    const lines = [...shadow(element).querySelectorAll('.line')].map((line) => line.textContent)
    expect(lines.join('\n')).toBe(JSON.stringify(twoStatements, null, 2))
  })

  it('highlights the deciding statement, with words beside it', async () => {
    const replayed = guardrailsScenario()
    const element = await mount('hatrack-policy', {
      policy: inlinePolicy(replayed, 'omkar', 'KeepBuckets'),
      highlights: [{ index: 0, tone: 'deny' }],
    })
    const root = shadow(element)
    expect(words(root.querySelector('figcaption'))).toContain('inline:KeepBuckets inline policy')
    const statements = root.querySelectorAll('[part~="statement"]')
    expect(statements).toHaveLength(1)
    expect(statements[0]?.getAttribute('part')).toContain('statement-deny')
    expect(words(statements[0]?.querySelector('[part="badge"]'))).toBe('✗ denied this request')
    expect(words(statements[0])).toContain('"Action": "s3:DeleteBucket"')
    // The rest of the document is outside the highlight.
    expect(words(statements[0])).not.toContain('"Version"')
  })

  it('highlights only the statement asked for, and underlines a near miss by its path', async () => {
    const element = await mount('hatrack-policy', {
      document: JSON.stringify(twoStatements),
      highlights: [{ index: 1, tone: 'near', path: ['Statement', 1, 'Condition', 'Bool'] }],
    })
    const root = shadow(element)
    const statement = root.querySelector('[part~="statement"]')
    expect(statement?.getAttribute('data-index')).toBe('1')
    expect(words(statement)).toContain('NeedMfa')
    expect(words(statement)).not.toContain('ReadReports')
    expect(words(statement?.querySelector('.badge'))).toBe('closest: Condition did not match')
    const missed = [...root.querySelectorAll('.line[data-miss]')].map((line) => words(line))
    expect(missed).toEqual(['"Bool": {', '"aws:MultiFactorAuthPresent": "true"', '}'])
  })

  it('renders markup in a Sid and in strings as text, creating no elements from it', async () => {
    const hostile = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: '<script>window.__policyPwned=1</script>',
          Effect: 'Allow',
          Action: '<img src=x onerror="window.__policyPwned=2">',
          Resource: '"><svg onload="window.__policyPwned=3">',
        },
      ],
    }
    const element = await mount('hatrack-policy', {
      policy: {
        name: '<b>bold</b><img src=x onerror="window.__policyPwned=4">',
        kind: 'inline',
        text: JSON.stringify(hostile, null, 2),
      },
      highlights: [{ index: 0, tone: 'allow' }],
    })
    const root = shadow(element)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(root.querySelectorAll('script, img, svg, b')).toHaveLength(0)
    expect(words(root)).toContain('"Sid": "<script>window.__policyPwned=1</script>"')
    expect(words(root)).toContain('<img src=x onerror=\\"window.__policyPwned=2\\">')
    expect(words(root.querySelector('figcaption'))).toContain('<b>bold</b>')
    expect((window as { __policyPwned?: number }).__policyPwned).toBeUndefined()
  })

  it('shows a document that is not JSON as written, with a note', async () => {
    const element = await mount('hatrack-policy', { document: '{ "Statement": [ <oops> }' })
    const root = shadow(element)
    expect(words(root.querySelector('.note'))).toContain('not valid JSON')
    expect(root.querySelector('pre')?.textContent).toBe('{ "Statement": [ <oops> }')
    expect(root.querySelectorAll('oops')).toHaveLength(0)
  })
})
