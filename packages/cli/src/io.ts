/**
 * The CLI's effects, in one object: the two output streams, the environment, reading files and
 * AWS's vocabulary. Commands receive an {@link Io} and perform no other effect, so tests run them
 * in-process with a fake one. `createNodeIo` is the real one, built in `main.ts`.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { VocabularySource } from '@hatrack/scenario'
import { nodeVocabulary } from './files/node-vocabulary.ts'

/** An output stream. */
export interface Output {
  /** Writes `text` as it is (no newline added). */
  write(text: string): void
  /** Whether the stream is a terminal (colour may be used). */
  readonly isTTY: boolean
  /** The terminal's width, when it is one. */
  readonly columns?: number
}

/** A file's text, or why it could not be read (`message` does not repeat the path). */
export type ReadText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: 'notFound' | 'unreadable'; readonly message: string }

/** Everything a command may do to the world outside it. */
export interface Io {
  readonly stdout: Output
  readonly stderr: Output
  /** The environment (`NO_COLOR`, `FORCE_COLOR`, `TERM`). */
  readonly env: Readonly<Record<string, string | undefined>>
  /** Reads a UTF-8 text file; a relative path is relative to the working directory. */
  readText(path: string): ReadText
  /** AWS's vocabulary for `check`; absent, the vocabulary check is skipped with a note. */
  readonly vocabulary?: VocabularySource
}

function output(stream: NodeJS.WriteStream): Output {
  // A reader that stops early (`hatrack replay … | head`) closes the pipe: stop quietly.
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
  return {
    write: (text) => void stream.write(text),
    isTTY: stream.isTTY === true,
    ...(stream.columns === undefined ? {} : { columns: stream.columns }),
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * The real streams, environment and file system. Relative paths resolve against `INIT_CWD` when
 * set (the directory `pnpm hatrack …` was typed in; pnpm runs scripts from the repository root),
 * else the process's working directory.
 */
export function createNodeIo(): Io {
  const cwd = process.env['INIT_CWD'] ?? process.cwd()
  return {
    stdout: output(process.stdout),
    stderr: output(process.stderr),
    env: process.env,
    readText(path) {
      try {
        return { ok: true, text: readFileSync(resolve(cwd, path), 'utf8') }
      } catch (error) {
        const code = (error as { code?: unknown }).code
        return code === 'ENOENT'
          ? { ok: false, reason: 'notFound', message: 'no such file' }
          : { ok: false, reason: 'unreadable', message: `cannot read it: ${errorMessage(error)}` }
      }
    },
    vocabulary: nodeVocabulary(),
  }
}
