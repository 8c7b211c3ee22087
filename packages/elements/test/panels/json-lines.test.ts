import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { linesText, pathKey, printJson } from '../../src/panels/json-lines.ts'
import { elementRange, statementRange } from '../../src/panels/policy-ranges.ts'

const runs = Number(process.env.HATRACK_FC_RUNS ?? 1000)

const policy = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'A', Effect: 'Allow', Action: 's3:*', Resource: '*' },
    {
      Effect: 'Deny',
      Action: ['s3:DeleteBucket'],
      Resource: '*',
      Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
    },
  ],
}

describe('printJson', () => {
  it('prints exactly as JSON.stringify(value, null, 2)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(linesText(printJson(value).lines)).toBe(JSON.stringify(value, null, 2))
      }),
      { numRuns: runs },
    )
  }, 60_000)

  it('records ranges whose lines print the value at that path', () => {
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }), {
          minLength: 1,
          maxLength: 4,
        }),
        (list) => {
          const printed = printJson({ Statement: list })
          list.forEach((item, index) => {
            const range = printed.ranges.get(pathKey(['Statement', index]))
            expect(range).toBeDefined()
            if (range === undefined) return
            const text = linesText(printed.lines.slice(range.start, range.end + 1))
            expect(JSON.parse(text.trim().replace(/,$/, ''))).toEqual(
              JSON.parse(JSON.stringify(item)),
            )
          })
        },
      ),
      { numRuns: Math.min(runs, 200) },
    )
  }, 60_000)

  it('keeps markup in strings as JSON string tokens', () => {
    const printed = printJson({ Sid: '<script>alert(1)</script>' })
    const line = printed.lines[1]
    expect(line?.tokens.map((token) => token.kind)).toEqual(['key', 'punct', 'string'])
    expect(line?.tokens[2]?.text).toBe('"<script>alert(1)</script>"')
  })
})

describe('statementRange and elementRange', () => {
  const printed = printJson(policy)
  const text = (range: { start: number; end: number } | undefined): string =>
    range === undefined ? '' : linesText(printed.lines.slice(range.start, range.end + 1))

  it('finds each statement of an array', () => {
    expect(text(statementRange(printed, policy, 0))).toContain('"Sid": "A"')
    expect(text(statementRange(printed, policy, 1))).toContain('"Effect": "Deny"')
    expect(statementRange(printed, policy, 2)).toBeUndefined()
  })

  it('finds a condition clause, whatever the case of the path', () => {
    const range = elementRange(printed, policy, ['statement', 1, 'condition', 'Bool'])
    expect(text(range)).toContain('"aws:MultiFactorAuthPresent": "false"')
    expect(range?.end).toBeGreaterThan(range?.start ?? Infinity)
  })

  it('reads a single statement object as statement 0', () => {
    const single = {
      Version: '2012-10-17',
      Statement: { Effect: 'Allow', Action: 'sts:AssumeRole' },
    }
    const own = printJson(single)
    const range = statementRange(own, single, 0)
    expect(range).toEqual(own.ranges.get(pathKey(['Statement'])))
    expect(elementRange(own, single, ['Statement', 0, 'Action'])).toEqual(
      own.ranges.get(pathKey(['Statement', 'Action'])),
    )
    expect(statementRange(own, single, 1)).toBeUndefined()
  })

  it('does not take inherited names for keys', () => {
    expect(elementRange(printed, policy, ['constructor'])).toBeUndefined()
  })
})
