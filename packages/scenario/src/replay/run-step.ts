/** One step through the model: each kind of step to its handler. */
import type { Step } from '../format/steps.ts'
import { done } from './outcome.ts'
import type { ReplayState } from './state.ts'
import { advanceStep } from './steps/advance.ts'
import { changeStep } from './steps/change.ts'
import { deployStackStep } from './steps/deploy-stack.ts'
import type { StepDraft } from './steps/draft.ts'
import { restoreStep, useSessionStep } from './steps/environment.ts'
import { createSessionStep, samlStep, webIdentityStep } from './steps/federated.ts'
import { invokeStep, requestStep } from './steps/request.ts'
import {
  assumeRoleStep,
  getCallerIdentityStep,
  getSessionTokenStep,
  switchRoleStep,
} from './steps/sts.ts'

/** Runs `step` in the replay's simulation. */
export function runStep(state: ReplayState, step: Step): StepDraft {
  switch (step.kind) {
    case 'assumeRole':
      return assumeRoleStep(state, step)
    case 'assumeRoleWithWebIdentity':
      return webIdentityStep(state, step)
    case 'assumeRoleWithSAML':
      return samlStep(state, step)
    case 'getSessionToken':
      return getSessionTokenStep(state, step)
    case 'getCallerIdentity':
      return getCallerIdentityStep(state, step)
    case 'createSession':
      return createSessionStep(state, step)
    case 'switchRole':
      return switchRoleStep(state, step)
    case 'switchBack':
    case 'unset':
      return restoreStep(state, step)
    case 'useSession':
      return useSessionStep(state, step)
    case 'request':
      return requestStep(state, step)
    case 'invoke':
      return invokeStep(state, step)
    case 'advance':
      return advanceStep(state, step)
    case 'change':
      return changeStep(state, step)
    case 'deployStack':
      return deployStackStep(state, step)
    case 'narration':
      return { outcome: done(step.say ?? step.chapter ?? '') }
  }
}
