/**
 * Defines a custom element unless the name is taken: a page may load the
 * module twice (two embeds, two versions), and a second `define` would throw.
 */
export function define(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
