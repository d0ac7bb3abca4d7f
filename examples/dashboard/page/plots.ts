/** Small plain SVG plots: tokens per turn, rate-limit gauges, events per second per server. */
import { bufferTime, ignoreElements, map, merge, type Observable, scan, startWith, switchMap, tap } from 'rxjs';
import type { RateLimitSnapshot } from 'codex-rx/types';
import type { Server } from './fleet.js';
import type { TurnUsage } from './turns.js';
import { duration, el, svg } from './dom.js';

const KINDS = [
  { key: 'inputTokens', label: 'input', color: '#4e79a7' },
  { key: 'cachedInputTokens', label: 'cached', color: '#a0cbe8' },
  { key: 'outputTokens', label: 'output', color: '#f28e2b' },
  { key: 'reasoningOutputTokens', label: 'reasoning', color: '#b07aa1' },
] as const;

/** Grouped bars, one group per turn: input, cached, output, reasoning tokens. */
export function tokensPlot(usage$: Observable<TurnUsage[]>, box: HTMLElement): Observable<never> {
  return usage$.pipe(
    tap((turns) => {
      if (turns.length === 0) return void box.replaceChildren(el('p', { className: 'empty' }, 'Token use shows for turns that run while the page is open.'));
      const shown = turns.slice(-8);
      const max = Math.max(1, ...shown.flatMap((t) => KINDS.map((k) => t.usage[k.key])));
      const group = 4 * 8 + 10;
      const width = shown.length * group;
      const plot = svg('svg', { viewBox: `0 0 ${width} 70`, width: '100%', height: 90, role: 'img', 'aria-label': `Tokens per turn, last ${shown.length} turns` });
      shown.forEach((t, i) => {
        KINDS.forEach((k, j) => {
          const h = Math.max(0.5, (t.usage[k.key] / max) * 56);
          plot.append(svg('rect', { x: i * group + j * 8, y: 58 - h, width: 7, height: h, fill: k.color }, svg('title', {}, `${t.label}: ${t.usage[k.key]} ${k.label} tokens`)));
        });
        plot.append(svg('text', { x: i * group + 16, y: 68, 'font-size': 8, 'text-anchor': 'middle', fill: '#555' }, t.label.replace('turn ', '#')));
      });
      const legend = el('p', { className: 'legend' }, ...KINDS.map((k) => el('span', {}, swatch(k.color), k.label)));
      box.replaceChildren(plot, legend);
    }),
    ignoreElements(),
  );
}

/** The rate-limit windows as gauges: used percent, and the time to reset. */
export function gauges(r: RateLimitSnapshot): HTMLElement {
  const box = el('div', { className: 'gauges' });
  for (const [name, w] of [['primary', r.primary], ['secondary', r.secondary]] as const) {
    if (!w) continue;
    const used = Math.max(0, Math.min(100, w.usedPercent));
    const resetsIn = w.resetsAt ? w.resetsAt * 1000 - Date.now() : null;
    const window = w.windowDurationMins ? `${w.windowDurationMins} min window` : 'window';
    const words = `${name}: ${used}% of the ${window} used${resetsIn !== null && resetsIn > 0 ? `, resets in ${duration(resetsIn)}` : ''}`;
    const bar = svg(
      'svg',
      { viewBox: '0 0 100 10', width: '100%', height: 12, role: 'img', 'aria-label': words },
      svg('rect', { x: 0, y: 0, width: 100, height: 10, rx: 3, fill: '#e5e5ea' }),
      svg('rect', { x: 0, y: 0, width: used, height: 10, rx: 3, fill: used > 80 ? '#d93025' : used > 50 ? '#f2a33a' : '#34a853' }),
    );
    box.append(el('div', { className: 'gauge', dataset: { window: name, used: String(used) } }, el('div', {}, words), bar));
  }
  return box;
}

/** Live events per second of each server (its `notifications$`), the last 30 s as a line. */
export function throughputPlot(servers: Server[], box: HTMLElement): Observable<never> {
  const rows = servers.map((server) => {
    const line = svg('polyline', { fill: 'none', stroke: '#4e79a7', 'stroke-width': 1.5, points: '' });
    const now = el('span', { className: 'rate' }, '0/s');
    const plot = svg('svg', { viewBox: '0 0 60 20', width: '100%', height: 24, preserveAspectRatio: 'none', role: 'img', 'aria-label': `Events per second on ${server.target.name}` }, line);
    box.append(el('div', { className: 'throughput', dataset: { server: String(server.index) } }, el('div', {}, `${server.target.name} `, now), plot));
    const rate$ = server.live$.pipe(
      switchMap(({ codex }) => codex.notifications$.pipe(bufferTime(1000), map((b) => b.length))),
      startWith(0),
      scan((last: number[], n) => [...last, n].slice(-30), []),
    );
    return rate$.pipe(
      tap((last) => {
        const max = Math.max(5, ...last);
        // Right-aligned: the newest second at the right edge, 2 units per second.
        line.setAttribute('points', last.map((n, i) => `${60 - (last.length - 1 - i) * (60 / 29)},${20 - (n / max) * 18}`).join(' '));
        now.textContent = `${last.at(-1) ?? 0}/s`;
        plot.setAttribute('aria-label', `${server.target.name}: ${last.at(-1) ?? 0} events per second`);
      }),
    );
  });
  return merge(...rows).pipe(ignoreElements());
}


function swatch(color: string): HTMLElement {
  const i = el('i', { className: 'swatch' });
  i.style.background = color;
  return i;
}
