/**
 * The grader's own issue codes, beside the policy parser's: they say why a document could not
 * be graded at all. Stable, like every code; documented in the format reference.
 */

/** The codes of the issues `gradeChallenge` adds, with what each means. */
export const gradeIssueCodes = {
  'challenge.none': 'The scenario has no `challenge:` section, so there is nothing to grade.',
  'challenge.notText': 'The document given to the grader is not text.',
  'challenge.refused':
    'AWS would refuse to save the document (`MalformedPolicyDocument`: a principal that does not exist, …): nothing is replayed.',
  'challenge.internal':
    'Hatrack failed while grading. This is a bug in Hatrack, not in the document: please report it.',
} as const

/** A code of {@link gradeIssueCodes}. */
export type GradeIssueCode = keyof typeof gradeIssueCodes
