/**
 * Builds DOM from data without ever parsing markup: text goes in as text nodes, so API data and model output
 * (untrusted) cannot become elements or scripts. There is deliberately no way to set innerHTML or an `on…`
 * attribute through here; event handlers are added with addEventListener by the caller.
 */

export type Child = Node | string | number | null | undefined | false;
export type AttributeValue = string | number | boolean | null | undefined;

/** Attributes that load or navigate to a URL: only web URLs, blob: URLs and same-site paths are accepted. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster']);
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'blob:']);

export function isSafeUrl(value: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(value, window.location.href).protocol);
  } catch {
    return false;
  }
}

export function h<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Readonly<Record<string, AttributeValue>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) setAttribute(element, name, value);
  append(element, ...children);
  return element;
}

export function setAttribute(element: Element, name: string, value: AttributeValue): void {
  if (/^on/i.test(name)) throw new Error(`refusing to set the event handler attribute ${name}`);
  if (value === null || value === undefined || value === false) {
    element.removeAttribute(name);
    return;
  }
  // A boolean HTML attribute is present or absent; an ARIA state needs the word ("" would mean false).
  const text = value === true ? (name.startsWith('aria-') ? 'true' : '') : String(value);
  if (URL_ATTRIBUTES.has(name.toLowerCase()) && !isSafeUrl(text)) {
    throw new Error(`refusing to set ${name} to a URL that is not http(s), blob: or a path`);
  }
  element.setAttribute(name, text);
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces everything inside `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** The element the page's markup promises; a missing one is a bug in the page, reported by id. */
export function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`the page has no <${type.name}> #${id}`);
  return element;
}
