/** Issue codes of the timeline: steps, callers, sessions, expectations, `extends`. */
import type { ScenarioIssueCodeInfo } from './info.ts'

/** Codes of steps, expectations and `extends`. */
export const stepCodes = {
  'scenario.step.duplicateId': {
    severity: 'error',
    title: 'Step id used twice',
    description:
      'Step ids are unique: `hatrack explain --step ID` and traces refer to steps by id.',
  },
  'scenario.step.noCaller': {
    severity: 'error',
    title: 'No one acts',
    description:
      'The step needs a caller and there is no current identity yet. Say who acts with `as:`; later steps without `as:` act as the same caller.',
  },
  'scenario.step.adminCannotAct': {
    severity: 'error',
    title: '`admin` only changes the world',
    description:
      '`admin` stands for changes made outside the simulation, not authorized; it cannot make requests or assume roles. Act as a user, a session or `root@ACCOUNT`.',
  },
  'scenario.step.callerIgnored': {
    severity: 'warning',
    title: 'Caller ignored',
    description:
      "`AssumeRoleWithWebIdentity`, `AssumeRoleWithSAML` and Roles Anywhere's `CreateSession` are not signed with AWS credentials: whoever calls them, only the token, assertion or certificate counts. `as:` has no effect there.",
  },
  'scenario.step.accountRequired': {
    severity: 'error',
    title: 'Which account?',
    description:
      'An `admin` change in a scenario with several accounts must say which account it is made in, with `account:`.',
  },
  'scenario.step.sessionNameTaken': {
    severity: 'error',
    title: 'Session name already taken',
    description:
      'A session name must not be the name of a user, a resource, a CLI profile or a reserved word (`admin`, `anonymous`). Name the session otherwise with `session:`.',
  },
  'scenario.step.nothingToRestore': {
    severity: 'error',
    title: 'Nothing to switch back to',
    description: '`switchBack` follows a `switchRole`, and `unset` follows a `useSession`.',
  },
  'scenario.expect.notApplicable': {
    severity: 'error',
    title: 'Expectation does not apply',
    description:
      'This step cannot give what the expectation asks: `advance` makes no decision (expect `expired` or `active` sessions there), a narration step does nothing.',
  },
  'scenario.expect.conflict': {
    severity: 'error',
    title: 'Expectation contradicts itself',
    description:
      'An expectation names both a decision and an AWS error that cannot go together (`allowed` with `error: AccessDenied`), a gate for an allowed request that no gate allowed, or is empty.',
  },
  'scenario.expect.unknownErrorCode': {
    severity: 'warning',
    title: 'Unknown AWS error code',
    description:
      'The expected error code is not one Hatrack produces. It may be a typo (`AccesDenied`): the hint suggests the closest known code.',
  },
  'scenario.extends.noResolver': {
    severity: 'error',
    title: '`extends` cannot be read here',
    description:
      'The scenario extends another file, but the program loading it gave no way to read files. The CLI reads them from disk; a web page must provide them.',
  },
  'scenario.extends.notFound': {
    severity: 'error',
    title: 'Base scenario not found',
    description:
      'The file named by `extends` does not exist. Its path is relative to the file that extends it.',
  },
  'scenario.extends.cycle': {
    severity: 'error',
    title: 'Scenarios extend each other',
    description:
      'A scenario extends itself through a chain of `extends`. The message shows the circle.',
  },
  'scenario.extends.tooDeep': {
    severity: 'error',
    title: 'Too many levels of `extends`',
    description: 'A chain of `extends` may be at most 8 files long.',
  },
  'scenario.extends.withoutBase': {
    severity: 'error',
    title: '`append` or `prepend` without `extends`',
    description:
      '`steps: { append: [...] }` adds to the steps of the base scenario: the file needs `extends`.',
  },
} as const satisfies Record<string, ScenarioIssueCodeInfo>
