/** A policy document of the file as the JSON text a reader's editor shows. */

/** The text as written, or the map as indented JSON. */
export function documentText(input: string | object): string {
  return typeof input === 'string' ? input : JSON.stringify(input, null, 2)
}
