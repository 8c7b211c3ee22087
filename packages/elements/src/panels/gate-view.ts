/**
 * One gate of a decision, as the decision panel lists it: its name, its outcome in a glyph and
 * words, whether it decided, its reason, the statements that matched and, for an implicit deny,
 * the statements that came closest with what did not match. Each statement can open its policy
 * with that statement highlighted, when the panel has the policy.
 */
import type { GateResult, NearMiss, StatementRef } from '@hatrack/engine'
import { html, nothing, type TemplateResult } from 'lit'
import type { PolicyView, StatementHighlight } from '../core/types.ts'
import { narrationInline } from '../text/index.ts'
import { gateNames, gateOutcomes } from './words.ts'

/** What a gate view needs from its panel. */
export interface GateViewOptions {
  readonly deciding: boolean
  /** Only the gate's name and outcome: the compact panel's gates that did not decide. */
  readonly brief: boolean
  readonly policies: readonly PolicyView[]
  /** The panel's `theme`, passed on to the policies it opens. */
  readonly theme: string
  /** Whether the policy expansion with this key is open (its policy is then rendered). */
  isOpen(key: string): boolean
  onToggle(key: string, open: boolean): void
}

const elementNames = {
  action: 'Action',
  resource: 'Resource',
  principal: 'Principal',
  condition: 'Condition',
} as const

/** Renders one gate as a list item. */
export function gateView(gate: GateResult, options: GateViewOptions): TemplateResult {
  const outcome = gateOutcomes[gate.outcome]
  const matched = distinct(gate.matched)
  return html`<li
    part=${options.deciding ? 'gate deciding-gate' : 'gate'}
    class="gate"
    data-gate=${gate.gate}
    data-tone=${outcome.tone}
    aria-current=${options.deciding ? 'true' : nothing}
  >
    <div class="gate-head">
      <h4>${gateNames[gate.gate]}</h4>
      <span class="outcome" data-tone=${outcome.tone}
        ><span aria-hidden="true">${outcome.glyph}</span> ${outcome.words}</span
      >
      ${options.deciding ? html`<strong class="decider">◆ decided here</strong>` : nothing}
    </div>
    ${
      options.brief || gate.reason === undefined
        ? nothing
        : html`<p class="reason">${narrationInline(gate.reason)}</p>`
    }
    ${
      options.brief || gate.level === undefined
        ? nothing
        : html`<p class="level">
            Decided at level ${gate.level} of the organization (level 0 is the root).
          </p>`
    }
    ${
      options.brief || matched.length === 0
        ? nothing
        : html`<p class="list-title">
              ${gate.outcome === 'explicitDeny' ? 'Statements that denied:' : 'Statements that matched:'}
            </p>
            <ul class="statements">
              ${matched.map(({ ref, count }) => statementItem(gate, ref, count, undefined, options))}
            </ul>`
    }
    ${
      options.brief || gate.closest.length === 0
        ? nothing
        : html`<p class="list-title">Closest statements (none of them applied):</p>
            <ul class="statements closest">
              ${gate.closest.map((miss) => statementItem(gate, miss.statement, 1, miss, options))}
            </ul>`
    }
  </li>`
}

function statementItem(
  gate: GateResult,
  ref: StatementRef,
  count: number,
  miss: NearMiss | undefined,
  options: GateViewOptions,
): TemplateResult {
  const policy = findPolicy(options.policies, ref)
  const key = `${gate.gate}|${miss === undefined ? 'm' : 'c'}|${ref.policy}|${ref.index}`
  const highlight: StatementHighlight =
    miss === undefined
      ? { index: ref.index, tone: ref.effect === 'Deny' ? 'deny' : 'allow' }
      : { index: ref.index, tone: 'near', ...pathOf(miss) }
  const open = options.isOpen(key)
  return html`<li class="statement" data-effect=${ref.effect}>
    <span class="policy-name">${ref.policy}</span>
    ·
    ${
      ref.sid === undefined || ref.sid === ''
        ? html`statement ${ref.index}`
        : html`Sid <code>${ref.sid}</code> (statement ${ref.index})`
    }
    · <span class="effect">${ref.effect}</span>
    ${count > 1 ? html`<span class="count">(at ${count} levels)</span>` : nothing}
    ${
      miss === undefined
        ? nothing
        : html`<ul class="mismatches">
            ${miss.mismatches.map(
              (mismatch) =>
                html`<li>
                  <strong>${elementNames[mismatch.element]}</strong> did not match:
                  ${narrationInline(mismatch.detail)}
                </li>`,
            )}
          </ul>`
    }
    ${
      policy === undefined
        ? nothing
        : html`<details
            @toggle=${(event: Event) =>
              options.onToggle(key, (event.currentTarget as HTMLDetailsElement).open)}
          >
            <summary>Show ${ref.policy}</summary>
            ${
              open
                ? html`<hatrack-policy
                    theme=${options.theme}
                    .policy=${policy}
                    .highlights=${[highlight]}
                  ></hatrack-policy>`
                : nothing
            }
          </details>`
    }
  </li>`
}

function pathOf(miss: NearMiss): { path?: StatementHighlight['path'] } {
  const first = miss.mismatches[0]
  return first === undefined ? {} : { path: first.path }
}

/** The policy a statement belongs to, by the name decisions use (its ARN when names differ). */
export function findPolicy(
  policies: readonly PolicyView[],
  ref: StatementRef,
): PolicyView | undefined {
  return (
    policies.find((policy) => policy.name === ref.policy) ??
    (ref.policyArn === undefined
      ? undefined
      : policies.find(
          (policy) => policy.arn === ref.policyArn && kindFits(policy.kind, ref.policyKind),
        ))
  )
}

function kindFits(view: PolicyView['kind'], ref: StatementRef['policyKind']): boolean {
  return (view === 'trust') === (ref === 'trust')
}

/** The same statement matched at several levels (SCPs, RCPs) is listed once, with a count. */
function distinct(refs: readonly StatementRef[]): { ref: StatementRef; count: number }[] {
  const out: { ref: StatementRef; count: number }[] = []
  for (const ref of refs) {
    const same = out.find(
      (item) =>
        item.ref.policy === ref.policy &&
        item.ref.policyArn === ref.policyArn &&
        item.ref.index === ref.index,
    )
    if (same === undefined) out.push({ ref, count: 1 })
    else same.count += 1
  }
  return out
}
