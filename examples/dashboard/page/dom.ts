/** Small DOM helpers of the page: no view library, each panel updates its own nodes. */

export const $ = <E extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as E;

type Props<K extends keyof HTMLElementTagNameMap> = Partial<Omit<HTMLElementTagNameMap[K], 'dataset'>> & { dataset?: Record<string, string> };

/** `document.createElement` with properties, `data-` attributes and children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props<K> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const { dataset, ...rest } = props;
  const node = Object.assign(document.createElement(tag), rest);
  if (dataset) Object.assign(node.dataset, dataset);
  node.append(...children);
  return node;
}

/** An SVG element with attributes. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
}

/** `1.2 s`, `3 min 4 s`. */
export function duration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/**
 * The page's one time format, made at load: `toLocaleTimeString` with options makes a formatter
 * on every call, and the first one loads the locale's data (about 30 ms, a long task mid-stream).
 */
const timeFormat = new Intl.DateTimeFormat([], { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/** A wall-clock time, `14:03:21`. */
export function clock(ms: number): string {
  return timeFormat.format(ms);
}

export function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** Keeps one child of `list` per key (`data-key`), in arrival order: new ones rendered, gone ones removed, the rest untouched (focus stays). */
export function syncKeyed<T>(list: HTMLElement, items: Iterable<[string, T]>, render: (item: T) => HTMLElement): void {
  const existing = new Map([...list.children].map((c) => [(c as HTMLElement).dataset.key ?? '', c]));
  const wanted = new Set<string>();
  for (const [key, item] of items) {
    wanted.add(key);
    if (!existing.has(key)) list.append(render(item));
  }
  for (const [key, node] of existing) if (!wanted.has(key)) node.remove();
}
