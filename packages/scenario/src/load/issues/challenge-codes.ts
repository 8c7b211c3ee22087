/** Issue codes of prediction checkpoints and challenges. */
import type { ScenarioIssueCodeInfo } from './info.ts'

/** Codes of `checkpoint` and `challenge`. */
export const challengeCodes = {
  'scenario.checkpoint.answer': {
    severity: 'error',
    title: 'The answer is not a choice',
    description:
      '`answer` is the number of the right choice, counting from 1: with three choices, 1, 2 or 3.',
  },
  'scenario.checkpoint.indistinct': {
    severity: 'error',
    title: 'Two choices expect the same',
    description:
      'Two choices of a checkpoint carry the same expectation, so the replay cannot tell the right one from the other. Give each choice what the step would give if it were right: a decision, a gate, an error.',
  },
  'scenario.challenge.edit': {
    severity: 'error',
    title: 'Which document to edit?',
    description:
      '`edit` names one entity (`role`, `user`, `group`, `policy` or `resource`) and, where it has several documents, which one: `{ role: AppRole, document: trust }`, `{ user: bob, inline: ReadReports }`, `{ role: AppRole, document: boundary }`, `{ policy: DevBoundary }`, `{ resource: reports }`.',
  },
  'scenario.challenge.noDocument': {
    severity: 'error',
    title: 'The document to edit does not exist',
    description:
      'The reader edits a document of the world, so the world must have it to start from: declare the inline policy, give the resource a policy, or give the role a customer managed permissions boundary (an AWS managed policy cannot be edited).',
  },
  'scenario.challenge.nothingToGrade': {
    severity: 'error',
    title: 'Nothing to grade',
    description:
      'A challenge needs a goal the grader can check: a step with `expect`, an `unreachable` principal, or `leastPrivilege`.',
  },
  'scenario.challenge.unknownCheck': {
    severity: 'error',
    title: 'A wrong answer names no check',
    description:
      '`fails` lists what the grader must find failing: the id of a step with `expect`, `unreachable` (when the challenge has some), `leastPrivilege` (when it is on), or `parse`.',
  },
  'scenario.challenge.unknownPrincipal': {
    severity: 'error',
    title: 'Unknown principal',
    description:
      'An `unreachable` principal is a user of `users`, or a role of `roles` for the sessions of that role.',
  },
} as const satisfies Record<string, ScenarioIssueCodeInfo>
