/**
 * `hatrack grade CHALLENGE FILE`: grades a policy document (JSON, as AWS takes it) against a
 * scenario's challenge — the steps' expectations, the principals that must stay out, least
 * privilege — and prints each check and the verdict. Problems of the document go to stderr at
 * `FILE:line:column`. Exit 0 when solved, 1 when not, 2 when the challenge or the document
 * cannot be read.
 */
import { gradeChallengeAsync, type ChallengeGrade } from '@hatrack/scenario'
import { exitCodes } from '../exit-codes.ts'
import { loadScenarioFile } from '../files/load-scenario.ts'
import { renderGrade } from '../render/grade.ts'
import type { Printable } from '../render/issue.ts'
import type { Command } from './command.ts'
import { reportUnloaded } from './report-unloaded.ts'

/** The document's issues, placed in the document's file (line 1 when they have no place). */
function documentIssues(grade: ChallengeGrade, file: string): Printable[] {
  return grade.parse.map((issue) => ({
    severity: issue.severity,
    message: issue.message,
    file,
    line: issue.line ?? 1,
    column: issue.column ?? 1,
    ...(issue.hint === undefined ? {} : { hint: issue.hint }),
    code: issue.code,
  }))
}

/** `hatrack grade`. */
export const gradeCommand: Command = {
  spec: {
    name: 'grade',
    summary: 'grade a policy document against a challenge',
    synopsis: 'grade CHALLENGE FILE [--json]',
    description:
      'Puts the policy document of FILE (JSON, as AWS takes it) in place of the one the ' +
      'challenge lets the reader edit, replays the scenario and checks the goal: each step’s ' +
      'expectation, the principals that must not reach a role and, when the challenge grades ' +
      'it, least privilege against the reference solution, saying what more the document ' +
      'allows. Problems of the document go to stderr as `FILE:line:column`. Exit 0 when the ' +
      'challenge is solved, 1 when it is not (or the document does not parse), 2 when the ' +
      'challenge or the document cannot be read.',
    positionals: { name: 'FILE', min: 2, max: 2 },
    options: [
      {
        name: 'json',
        type: 'boolean',
        description: 'print the grade as JSON (without the trace of the replay)',
      },
    ],
    examples: [
      {
        command: 'hatrack grade scenarios/challenges/01-trust-a-user.yaml trust.json',
        note: 'grade a trust policy',
      },
    ],
  },
  async run(args, terminal) {
    const [challengeFile = '', documentFile = ''] = args.positionals
    const loaded = loadScenarioFile(challengeFile, terminal.io)
    if (loaded.status !== 'loaded') return reportUnloaded(loaded, challengeFile, terminal)
    terminal.issues(loaded.warnings, challengeFile)
    if (loaded.scenario.challenge === undefined) {
      terminal.error(`${challengeFile}: this scenario has no \`challenge:\` section`)
      return exitCodes.invalid
    }
    const document = terminal.io.readText(documentFile)
    if (!document.ok) {
      terminal.error(`${documentFile}: ${document.message}`)
      return exitCodes.invalid
    }
    const vocabulary = terminal.io.vocabulary
    const grade = await gradeChallengeAsync(
      loaded.scenario,
      document.text,
      vocabulary === undefined ? {} : { vocabulary },
    )
    terminal.issues(documentIssues(grade, documentFile), documentFile)
    if (args.values['json'] === true) {
      const { trace: _trace, ...rest } = grade
      terminal.print(JSON.stringify(rest, null, 2))
    } else {
      const { title, challenge } = loaded.scenario
      const heading = `${title}: ${challenge.edit.label}`
      terminal.print(...renderGrade(heading, grade, terminal.out, terminal.width))
    }
    return grade.solved ? exitCodes.ok : exitCodes.failed
  },
}
