import { describe, expect, it } from 'vitest'
import { opt, s } from './dsl.ts'
import { validate } from './validate.ts'

const strict = { mode: { required: true, nullRemoves: false } }

describe('validate', () => {
  const def = s.object(
    {
      id: s.string(
        { description: 'An id.' },
        { plain: true, pattern: /^\d{3}$/, rule: 'three digits' },
      ),
      nickname: opt(s.string({ description: 'A name.' })),
      call: opt(
        s.object(
          { verbose: opt(s.boolean({ description: 'Loud.' })) },
          { description: 'A call.' },
          { nullAsEmpty: true },
        ),
      ),
      tags: opt(
        s.record(s.string({ description: 'A value.' }), { description: 'Tags.' }, { entry: 'tag' }),
      ),
    },
    { description: 'A thing.' },
  )

  it('turns an unquoted number into its source text where text is expected', () => {
    const result = validate(def, { id: 7 }, { ...strict, plainText: () => '007' })
    expect(result.issues).toEqual([])
    expect(result.value).toEqual({ id: '007' })
  })

  it('reads a key with nothing after it as an empty call', () => {
    expect(validate(def, { id: '123', call: null }, strict).value).toEqual({ id: '123', call: {} })
  })

  it('treats `null` as a removal in a file that extends another', () => {
    const result = validate(
      def,
      { nickname: null, tags: { a: null } },
      { mode: { required: false, nullRemoves: true } },
    )
    expect(result.issues).toEqual([])
    expect(result.value).toEqual({ nickname: null, tags: { a: null } })
  })

  it('refuses `null` elsewhere', () => {
    expect(
      validate(def, { id: '123', nickname: null }, strict).issues.map((issue) => issue.code),
    ).toEqual(['scenario.schema.type'])
  })

  it('keeps `__proto__` and `constructor` as plain keys', () => {
    const value = JSON.parse(
      '{"id": "123", "tags": {"__proto__": "x", "constructor": "y"}}',
    ) as unknown
    const result = validate(def, value, strict)
    expect(result.issues).toEqual([])
    expect(Object.keys((result.value as { tags: object }).tags)).toEqual([
      '__proto__',
      'constructor',
    ])
  })

  it('reports an unknown key named like an object property', () => {
    const result = validate(def, { id: '123', constructor: 1, toString: 2 }, strict)
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['scenario.schema.unknownKey', ['constructor']],
      ['scenario.schema.unknownKey', ['toString']],
    ])
  })

  it('skips required keys in a file that extends another', () => {
    expect(validate(def, {}, { mode: { required: false, nullRemoves: true } }).issues).toEqual([])
    expect(validate(def, {}, strict).issues.map((issue) => issue.message)).toEqual([
      'missing key `id` in the scenario',
    ])
  })
})
