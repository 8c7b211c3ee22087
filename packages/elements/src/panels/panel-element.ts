/**
 * What every panel shares: a `theme` attribute (`auto`, `light`, `dark`) kept in step with the
 * host site, so a panel on its own in a docs page follows the page's light or dark mode just as
 * the player does. The panels extend it; it defines no tag.
 */
import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit'
import { parseTheme, watchTheme, type Theme } from '../theme/index.ts'

/** A Lit element that follows the host site's light and dark modes. */
export class PanelElement extends LitElement {
  static override properties: PropertyDeclarations = {
    theme: { type: String, reflect: true },
  }

  /** `auto` (follow the site), `light` or `dark`. */
  declare theme: Theme

  #stopTheme: (() => void) | undefined

  constructor() {
    super()
    this.theme = 'auto'
  }

  override connectedCallback(): void {
    super.connectedCallback()
    this.#watch()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.#stopTheme?.()
    this.#stopTheme = undefined
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed)
    if (changed.has('theme') && this.isConnected) this.#watch()
  }

  #watch(): void {
    this.#stopTheme?.()
    this.#stopTheme = watchTheme(this, () => parseTheme(this.theme))
  }
}
