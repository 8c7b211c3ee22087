/**
 * The reference model: the IAM world of the model-based test, small enough to be obviously
 * right. Users and roles by name with an incarnation number (a re-created entity is another,
 * iam-facts §2), their permissions as sets of actions, trust policies as lists of principals
 * resolved when saved, sessions with their times, and the clock. IAM changes live here; the
 * STS and request rules are in `sts-rules.ts`.
 *
 * It is mutable, as fast-check's model-based testing expects: each command's `run` updates it
 * alongside the real simulation.
 */
import type { Expected, RefRole, RefSession, RefUser, TrustPrincipal, TrustRef } from './types.ts'

/** The key of a user or role: names are unique per account regardless of case (iam-facts §1). */
export function entityKey(account: string, name: string): string {
  return `${account}/${name.toLowerCase()}`
}

const ok: Expected = { status: 'ok' }
const error = (code: string, message?: string): Expected =>
  message === undefined ? { status: 'error', code } : { status: 'error', code, message }

/** The reference world. */
export class Reference {
  /** The clock, epoch milliseconds. */
  now: number
  readonly users = new Map<string, RefUser>()
  readonly roles = new Map<string, RefRole>()
  /** Every session issued, in order; the real side keeps their access keys in the same order. */
  readonly sessions: RefSession[] = []
  private incarnations = 0

  constructor(now: number) {
    this.now = now
  }

  user(account: string, name: string): RefUser | undefined {
    return this.users.get(entityKey(account, name))
  }

  role(account: string, name: string): RefRole | undefined {
    return this.roles.get(entityKey(account, name))
  }

  /** `CreateUser`: a new incarnation, or `EntityAlreadyExists`. */
  createUser(account: string, name: string): Expected {
    if (this.user(account, name)) return error('EntityAlreadyExists')
    this.users.set(entityKey(account, name), {
      account,
      name,
      incarnation: ++this.incarnations,
      actions: undefined,
    })
    return ok
  }

  /** `DeleteUser`: `NoSuchEntity`, or `DeleteConflict` while it still has its inline policy. */
  deleteUser(account: string, name: string): Expected {
    const user = this.user(account, name)
    if (!user) return error('NoSuchEntity')
    if (user.actions !== undefined) return error('DeleteConflict')
    this.users.delete(entityKey(account, name))
    return ok
  }

  /** `PutUserPolicy` of the user's one inline policy. */
  putUserPolicy(account: string, name: string, actions: readonly string[]): Expected {
    const user = this.user(account, name)
    if (!user) return error('NoSuchEntity')
    this.users.set(entityKey(account, name), { ...user, actions: new Set(actions) })
    return ok
  }

  /** `DeleteUserPolicy` of the user's one inline policy. */
  deleteUserPolicy(account: string, name: string): Expected {
    const user = this.user(account, name)
    if (!user || user.actions === undefined) return error('NoSuchEntity')
    this.users.set(entityKey(account, name), { ...user, actions: undefined })
    return ok
  }

  /**
   * `CreateRole`: `MaxSessionDuration` within 3,600–43,200 (iam-facts §11), a name not taken,
   * a trust policy whose users and roles exist now (`MalformedPolicyDocument`, iam-facts §2).
   * The order of the three checks is the model's (validation, then existence, then the policy);
   * they never disagree on success.
   */
  createRole(
    account: string,
    name: string,
    principals: readonly TrustPrincipal[],
    max: number,
  ): Expected {
    if (max < 3600 || max > 43200) return error('ValidationError')
    if (this.role(account, name)) return error('EntityAlreadyExists')
    const trust = this.resolveTrust(principals)
    if (trust === undefined) return error('MalformedPolicyDocument')
    this.roles.set(entityKey(account, name), {
      account,
      name,
      incarnation: ++this.incarnations,
      trust,
      policies: new Map(),
      max,
    })
    return ok
  }

  /** `UpdateAssumeRolePolicy`: the principals resolved now, as when the role was created. */
  updateTrust(account: string, name: string, principals: readonly TrustPrincipal[]): Expected {
    const role = this.role(account, name)
    if (!role) return error('NoSuchEntity')
    const trust = this.resolveTrust(principals)
    if (trust === undefined) return error('MalformedPolicyDocument')
    this.roles.set(entityKey(account, name), { ...role, trust })
    return ok
  }

  /** `PutRolePolicy`: one of the role's inline permission policies, replaced. */
  putRolePolicy(
    account: string,
    name: string,
    policy: string,
    actions: readonly string[],
  ): Expected {
    const role = this.role(account, name)
    if (!role) return error('NoSuchEntity')
    const policies = new Map(role.policies)
    policies.set(policy, new Set(actions))
    this.roles.set(entityKey(account, name), { ...role, policies })
    return ok
  }

  /** The actions a role's permission policies allow: the union of its inline policies. */
  roleActions(role: RefRole): ReadonlySet<string> {
    const all = new Set<string>()
    for (const actions of role.policies.values()) for (const action of actions) all.add(action)
    return all
  }

  /** Whether a session is still usable: `now < expiresAt` (iam-facts §10, `ExpiredToken`). */
  isActive(session: RefSession): boolean {
    return this.now < session.expiresAt
  }

  /**
   * A trust policy's principals as IAM stores them: a user or role as its incarnation now
   * (a later re-creation does not match), an account as is. `undefined` when a named user or
   * role does not exist: `Invalid principal in policy`.
   */
  private resolveTrust(principals: readonly TrustPrincipal[]): TrustRef[] | undefined {
    const refs: TrustRef[] = []
    for (const principal of principals) {
      if (principal.kind === 'account') {
        refs.push({ kind: 'account', account: principal.account })
        continue
      }
      const entity =
        principal.kind === 'user'
          ? this.user(principal.account, principal.name)
          : this.role(principal.account, principal.name)
      if (!entity) return undefined
      refs.push({
        kind: principal.kind,
        account: principal.account,
        incarnation: entity.incarnation,
      })
    }
    return refs
  }
}
