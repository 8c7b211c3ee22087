/**
 * The theme as a Lit reactive controller: a host with a `theme` property follows it and the page
 * (`watchTheme`) while connected, and starts over when `theme` changes. With `rerender`, the host
 * also updates when its `data-dark` flips (the player passes light or dark on to its table).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import { parseTheme, watchTheme } from './theme-watch.ts'

/** An element that has a `theme` property and takes reactive controllers. */
export type ThemedHost = ReactiveControllerHost &
  HTMLElement & { readonly theme: string | null | undefined }

/**
 * Keeps a host's `data-dark` in step with its `theme` and the page while it is connected (the
 * host adds it: `this.addController(new ThemeController(this))`).
 */
export class ThemeController implements ReactiveController {
  readonly #host: ThemedHost
  readonly #rerender: boolean
  #stop: (() => void) | undefined
  #watched: string | null | undefined
  #observer: MutationObserver | undefined

  constructor(host: ThemedHost, options: { readonly rerender?: boolean } = {}) {
    this.#host = host
    this.#rerender = options.rerender ?? false
  }

  hostConnected(): void {
    this.#watch()
    if (!this.#rerender) return
    this.#observer = new MutationObserver(() => this.#host.requestUpdate())
    this.#observer.observe(this.#host, { attributes: true, attributeFilter: ['data-dark'] })
  }

  hostDisconnected(): void {
    this.#stop?.()
    this.#stop = undefined
    this.#observer?.disconnect()
    this.#observer = undefined
  }

  hostUpdate(): void {
    if (this.#host.isConnected && this.#host.theme !== this.#watched) this.#watch()
  }

  #watch(): void {
    this.#stop?.()
    this.#watched = this.#host.theme
    this.#stop = watchTheme(this.#host, () => parseTheme(this.#host.theme))
  }
}
