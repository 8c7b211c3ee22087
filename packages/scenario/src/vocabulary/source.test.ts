import { describe, expect, it } from 'vitest'
import { createVocabularySource, vocabularyFromUrl } from './source.ts'

const files: Record<string, unknown> = {
  'services.json': ['s3', 'sts'],
  'actions/s3.json': {
    getobject: { name: 'GetObject', resourceTypes: [{ name: 'object' }] },
    listbucket: { name: 'ListBucket', resourceTypes: [{ name: 'bucket' }] },
    listallmybuckets: { name: 'ListAllMyBuckets', resourceTypes: [] },
    getaccessgrant: { name: 'GetAccessGrant', resourceTypes: [{ name: 'accessgrant' }] },
  },
  'resourceTypes/s3.json': {
    bucket: { key: 'bucket', arn: 'arn:${Partition}:s3:::${BucketName}' },
    object: { key: 'object', arn: 'arn:${Partition}:s3:::${BucketName}/${ObjectName}' },
  },
  'conditionKeys/s3.json': { 's3:prefix': { key: 's3:prefix' } },
  'unassociatedConditions.json': { saml: ['sts'] },
}

describe('createVocabularySource', () => {
  it('reads a service from its three files, once', async () => {
    const read: string[] = []
    const source = createVocabularySource({
      readJson: async (path) => {
        read.push(path)
        return files[path]
      },
      globalConditionKeys: async () => ['aws:SourceIp'],
    })
    expect(await source.service('S3')).toEqual({
      service: 's3',
      actions: ['GetObject', 'ListBucket', 'ListAllMyBuckets', 'GetAccessGrant'],
      resourceArns: [
        'arn:${Partition}:s3:::${BucketName}',
        'arn:${Partition}:s3:::${BucketName}/${ObjectName}',
      ],
      conditionKeys: ['s3:prefix'],
      // An action naming a type the files do not describe is left out: unknown, not `*` only.
      actionResources: {
        getobject: ['arn:${Partition}:s3:::${BucketName}/${ObjectName}'],
        listbucket: ['arn:${Partition}:s3:::${BucketName}'],
        listallmybuckets: [],
      },
    })
    await source.service('s3')
    expect(read).toEqual([
      'services.json',
      'actions/s3.json',
      'resourceTypes/s3.json',
      'conditionKeys/s3.json',
    ])
    expect(await source.service('s4')).toBeUndefined()
    expect(await source.conditionPrefixes()).toEqual({ saml: ['sts'] })
    expect(await source.globalConditionKeys()).toEqual(['aws:SourceIp'])
  })

  it('imports the global condition keys from the package by default', async () => {
    const source = createVocabularySource({ readJson: async (path) => files[path] })
    expect(await source.globalConditionKeys()).toContain('aws:SourceIp')
  })

  it('rejects data of an unexpected shape', async () => {
    const source = createVocabularySource({
      readJson: async () => 'not json data',
      globalConditionKeys: async () => [],
    })
    await expect(source.services()).rejects.toThrow('unexpected vocabulary data')
  })
})

describe('vocabularyFromUrl', () => {
  it('fetches the files under the base URL', async () => {
    const fetched: string[] = []
    const source = vocabularyFromUrl('https://cdn.example.com/iam-data/data', {
      fetch: (async (url: string) => {
        fetched.push(url)
        const path = url.slice('https://cdn.example.com/iam-data/data/'.length)
        return { ok: files[path] !== undefined, status: 404, json: async () => files[path] }
      }) as unknown as typeof fetch,
      globalConditionKeys: async () => [],
    })
    expect(await source.services()).toEqual(['s3', 'sts'])
    expect(fetched).toEqual(['https://cdn.example.com/iam-data/data/services.json'])
    await expect(source.service('sts')).rejects.toThrow('cannot fetch')
  })
})
