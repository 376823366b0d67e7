import { replaceChildren } from '../dom.ts';

export interface PickerOptions<Item> {
  container: HTMLElement;
  /** The radio group's name, which is also the query parameter that preselects an item (`?task=text.analyze`). */
  group: string;
  items: ReadonlyMap<string, Item>;
  /** The radio cards, with `selected` checked. */
  cards(selected: string | undefined): HTMLElement;
  /** Called with the chosen item, at once for the one the URL preselects. */
  onSelect(key: string, item: Item): void;
}

/** Shows the choices and reports each one picked; an unknown key in the URL preselects nothing. */
export function showPicker<Item>(options: PickerOptions<Item>): void {
  const { container, group, items, onSelect } = options;
  const requested = new URLSearchParams(window.location.search).get(group);
  const initial = requested !== null && items.has(requested) ? requested : undefined;
  replaceChildren(container, options.cards(initial));
  const select = (key: string): void => {
    const item = items.get(key);
    if (item !== undefined) onSelect(key, item);
  };
  container.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.name === group) select(event.target.value);
  });
  if (initial !== undefined) select(initial);
}
