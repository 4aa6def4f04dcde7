type Child = Node | string | null | undefined | false;

/** A DOM element from a tag, its attributes and children: text is always set as text, never as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'text') element.textContent = value;
    else element.setAttribute(name, value);
  }
  element.append(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
  return element;
}

/** An error shown where the content would be, announced to screen readers. */
export const alertOf = (error: unknown) => el('p', { class: 'form-error', role: 'alert', text: error instanceof Error ? error.message : String(error) });
