/**
 * The codes that are Hatrack's own rather than an AWS service's, for the error reference
 * (docs/reference/errors.md): the replay's client-side and internal codes (from
 * `@hatrack/scenario`), the web components' error codes, and the four kinds of `ElementError` a
 * player shows. They live here, not in their packages, because devtools cannot import
 * `@hatrack/scenario` or `@hatrack/elements`; instead each entry names the file that emits it,
 * and test/error-codes.test.ts reads those sources so an entry cannot drift from the code: every
 * emitted code must have an entry, every entry must still be emitted, and each kind's heading
 * must be the one the player shows.
 */

/** One of Hatrack's own codes. */
export interface HatrackCodeInfo {
  readonly title: string
  readonly meaning: string
  /** When Hatrack gives it, and what to do. */
  readonly inHatrack: string
  /** The source file that emits it, from the repository root. */
  readonly emittedBy: string
  /** The AWS page the name comes from, for codes named after the AWS CLI. */
  readonly source?: string
}

/** Hatrack's own error codes, keyed by code. */
export const hatrackCodes = {
  NoCredentials: {
    title: 'The step has no credentials to sign with',
    meaning:
      'Named after the AWS CLI’s and SDKs’ client-side error (botocore’s `NoCredentialsError`): the request is never sent, because there is nothing to sign it with.',
    inHatrack:
      'A scenario step that acts as a session whose creating step failed or did not run. The message names that step and its error: fix the step that should have created the session.',
    emittedBy: 'packages/scenario/src/replay/callers.ts',
  },
  ProfileNotFound: {
    title: 'The CLI profile does not exist or has no credentials',
    meaning:
      'Named after the AWS CLI’s client-side error for a profile its configuration does not define.',
    inHatrack:
      'A step acting through a CLI profile (`profile:NAME`) that the scenario’s `cliProfiles` does not declare (`The config profile (NAME) could not be found`, the CLI’s words), or that names neither a user nor a role with a source profile (`… has no credentials`, Hatrack’s words).',
    emittedBy: 'packages/scenario/src/replay/cli-profile.ts',
    source: 'https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-role.html',
  },
  HatrackInternalError: {
    title: 'Hatrack failed on a step',
    meaning:
      'Not an AWS error: Hatrack broke one of its own rules while replaying a step. The scenario is not at fault.',
    inHatrack:
      'A step during which the simulation threw. The step fails with this code, the replay goes on, and `hatrack check` reports the step as an error even when it has no expectation. Please report it with the scenario file.',
    emittedBy: 'packages/scenario/src/replay/replay.ts',
  },
  'elements.internal': {
    title: 'A component failed while playing',
    meaning:
      'Not the scenario’s fault: a web component’s core threw while loading or replaying a scenario or a trace. Its kind is `evaluate`, with a hint to report it.',
    inHatrack:
      'Any component (`<hatrack-player>`, `<hatrack-graph>`, `<hatrack-challenge>`, …) that meets such a failure shows it instead of a picture. Please report it with the file.',
    emittedBy: 'packages/elements/src/core/errors.ts',
  },
  'elements.trace.shape': {
    title: 'The value is not a Hatrack trace',
    meaning:
      'A trace given to the components (as `hatrack replay --json` writes it) lacks something the frames are built from: its format and version, its entities or its steps. The error’s path points at the first problem. Its kind is `validate`.',
    inHatrack:
      'The core’s `loadTrace`, given a value that is not a trace, or one written by another version of Hatrack: replay the scenario again with the same version as the components.',
    emittedBy: 'packages/elements/src/core/trace-shape.ts',
  },
  'elements.challenge.none': {
    title: 'The scenario is not a challenge',
    meaning:
      'A challenge needs a scenario with a `challenge:` section (the goal, the document to edit, the reference solution). Its kind is `validate`.',
    inHatrack:
      '`<hatrack-challenge>` given a scenario that loads but has no `challenge:` section: see the scenario format reference.',
    emittedBy: 'packages/elements/src/core/challenge/load-challenge.ts',
  },
} as const satisfies Record<string, HatrackCodeInfo>

/** One kind of `ElementError`. */
export interface ElementErrorKindInfo {
  /** The heading the player's error box shows (packages/elements/src/player/error-view.ts). */
  readonly heading: string
  readonly meaning: string
}

/** The kinds of `ElementError` (its `type`), in the order loading meets them. */
export const elementErrorKinds = {
  fetch: {
    heading: 'The scenario could not be fetched',
    meaning:
      'The text never arrived: the `src` URL answered an HTTP error, or the network, CORS or the page’s Content-Security-Policy (`connect-src`) blocked it; or Hatrack’s core module, a separate script next to the player, could not be loaded. Check the URL and that both files are served.',
  },
  parse: {
    heading: 'The scenario could not be read',
    meaning:
      'The text is not readable as a scenario: a YAML or JSON syntax error, a file over 1 MiB, maps and lists nested too deep (the `scenario.yaml.*` and `scenario.input.*` codes of the scenario format reference). The line and column point at the problem.',
  },
  validate: {
    heading: 'The scenario is not valid',
    meaning:
      'The text was read, but it breaks the scenario format: an unknown key, a reference to nothing, a policy AWS would refuse (the other `scenario.*` codes, and the policy document issues above). Also `elements.trace.shape` and `elements.challenge.none`. The warnings of a scenario that did load have this kind too.',
  },
  evaluate: {
    heading: 'The scenario could not be replayed',
    meaning:
      'The scenario is valid, but its world could not be built: the model refused a declaration as AWS would (the error carries AWS’s code, such as `EntityAlreadyExists` or `MalformedPolicyDocument`, explained above); or Hatrack itself failed (`elements.internal`, `scenario.internal`).',
  },
} as const satisfies Record<string, ElementErrorKindInfo>
