/**
 * The part of the Custom Elements Manifest schema (v2, https://github.com/webcomponents/custom-elements-manifest)
 * the elements reference reads: modules, their class declarations, and each custom element's
 * attributes, members, events, CSS custom properties, parts and slots.
 */

/** A type as the manifest writes it: the TypeScript text. */
export interface CemType {
  readonly text: string
}

/** Documentation every item may carry. */
export interface CemDocumented {
  readonly name: string
  readonly description?: string
  readonly summary?: string
  readonly deprecated?: boolean | string
}

export interface CemAttribute extends CemDocumented {
  readonly type?: CemType
  readonly default?: string
  readonly fieldName?: string
}

export interface CemParameter extends CemDocumented {
  readonly type?: CemType
  readonly optional?: boolean
  readonly rest?: boolean
}

export interface CemMember extends CemDocumented {
  readonly kind: 'field' | 'method'
  readonly type?: CemType
  readonly default?: string
  readonly static?: boolean
  readonly readonly?: boolean
  readonly privacy?: 'public' | 'private' | 'protected'
  readonly parameters?: readonly CemParameter[]
  readonly return?: { readonly type?: CemType; readonly description?: string }
  readonly inheritedFrom?: { readonly name: string; readonly module?: string }
}

export interface CemEvent extends CemDocumented {
  readonly type?: CemType
}

export interface CemCssProperty extends CemDocumented {
  readonly default?: string
  readonly syntax?: string
}

/** A declaration of a module; custom elements have `customElement` and `tagName`. */
export interface CemDeclaration extends CemDocumented {
  readonly kind: string
  readonly customElement?: boolean
  readonly tagName?: string
  readonly attributes?: readonly CemAttribute[]
  readonly members?: readonly CemMember[]
  readonly events?: readonly CemEvent[]
  readonly cssProperties?: readonly CemCssProperty[]
  readonly cssParts?: readonly CemDocumented[]
  readonly slots?: readonly CemDocumented[]
}

export interface CemModule {
  readonly kind: string
  readonly path: string
  readonly declarations?: readonly CemDeclaration[]
}

/** The manifest's top level. */
export interface CemPackage {
  readonly schemaVersion: string
  readonly modules: readonly CemModule[]
}
