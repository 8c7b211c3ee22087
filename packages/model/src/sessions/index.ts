/** Sessions over time: the xstate session machine, their status, and revoking them. */
export { sessionMachine } from './session-machine.ts'
export type { SessionActorInput, SessionStatus } from './session-machine.ts'
export { sessionStatusAt, statusOf } from './session-status.ts'
export {
  REVOKE_POLICY_NAME,
  revokeOlderSessions,
  revokeOlderSessionsDocument,
} from './revoke-older-sessions.ts'
