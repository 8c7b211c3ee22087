import { awsErrorCodes, organizationsErrorCodes, resourceErrorCodes } from '@hatrack/model'
import { describe, expect, it } from 'vitest'
import { load } from '../src/index.ts'

function expecting(error: string): string {
  return `hatrack: 1
title: a
accounts: { main: { id: "123456789012" } }
users: { omkar: { account: main } }
steps:
  - as: omkar
    request: { action: s3:ListAllMyBuckets }
    expect: { error: ${error} }
`
}

function unknownCodeWarnings(error: string): string[] {
  const loaded = load(expecting(error))
  const issues = loaded.ok ? loaded.warnings : loaded.issues
  return issues
    .filter((issue) => issue.code === 'scenario.expect.unknownErrorCode')
    .map((issue) => issue.message)
}

describe('the error codes an expectation may name', () => {
  const codes = [
    ...Object.keys(awsErrorCodes),
    ...Object.keys(organizationsErrorCodes),
    ...Object.keys(resourceErrorCodes),
    'NoCredentials',
    'ProfileNotFound',
  ]

  it.each(codes)('%s, which the model can answer with, is known', (code) => {
    expect(unknownCodeWarnings(code)).toEqual([])
  })

  it('warns about a code no registry holds', () => {
    expect(unknownCodeWarnings('TooManyTagException')).toHaveLength(1)
  })
})
