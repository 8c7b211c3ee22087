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

  describe('copies only what it changes', () => {
    const bare = <T extends object>(value: T): T =>
      Object.assign(Object.create(null) as object, value) as T
    const tagDef = s.object(
      {
        id: s.string({ description: 'An id.' }, { plain: true }),
        tags: opt(
          s.record(
            s.string({ description: 'A value.' }),
            { description: 'Tags.' },
            { entry: 'tag' },
          ),
        ),
        list: opt(
          s.array(
            s.object({ n: s.number({ description: 'A number.' }) }, { description: 'An item.' }),
            { description: 'Items.' },
          ),
        ),
      },
      { description: 'A thing.' },
    )

    it('gives back the very maps and lists it was given when nothing changes', () => {
      const tags = bare({ team: 'a', cost: 'b' })
      const list = [bare({ n: 1 }), bare({ n: 2 })]
      const value = bare({ id: 'x', tags, list })
      const result = validate(tagDef, value, strict)
      expect(result.issues).toEqual([])
      expect(result.value).toBe(value)
    })

    it('copies a map from the entry that changes, and keeps the unchanged ones as they are', () => {
      const tags = bare({ team: 'a' })
      const list = [bare({ n: 1 })]
      const value = bare({ tags, id: 7, list })
      const result = validate(tagDef, value, { ...strict, plainText: () => '007' })
      expect(result.value).not.toBe(value)
      const out = result.value as Record<string, unknown>
      expect(Object.keys(out)).toEqual(['tags', 'id', 'list'])
      expect(out['id']).toBe('007')
      expect(out['tags']).toBe(tags)
      expect(out['list']).toBe(list)
      expect(Object.getPrototypeOf(out)).toBeNull()
      expect(value.id).toBe(7)
    })

    it('leaves an unknown key out of a copy', () => {
      const value = bare({ id: 'x', extra: 1, tags: bare({ a: 'b' }) })
      const result = validate(tagDef, value, strict)
      expect(result.issues.map((found) => found.code)).toEqual(['scenario.schema.unknownKey'])
      expect(Object.keys(result.value as object)).toEqual(['id', 'tags'])
    })

    it('copies a map that has a prototype into one without', () => {
      const value = { id: 'x' }
      const result = validate(tagDef, value, strict)
      expect(result.value).toEqual({ id: 'x' })
      expect(result.value).not.toBe(value)
      expect(Object.getPrototypeOf(result.value)).toBeNull()
    })
  })
})
