/**
 * How each kind of thread item reads: the user's input, agent messages, reasoning (folded),
 * commands with output, exit code and duration, file changes and tool calls. A declined or failed
 * one says so (`data-status`).
 */
import type { ThreadItem } from 'codex-rx/types';
import { duration, el } from './dom.js';

/** The part of an item's element that streams: an agent message's text, reasoning, a command's output. */
export function streamTarget(node: HTMLElement): HTMLElement | null {
  return node.querySelector('.body, pre.output');
}

export function renderItem(item: ThreadItem): HTMLElement {
  const node = el('li', { className: `item ${item.type}`, dataset: { key: item.id, itemId: item.id } });
  const status = 'status' in item && typeof item.status === 'string' ? item.status : null;
  if (status) node.dataset.status = status;
  switch (item.type) {
    case 'userMessage':
      node.append(el('span', { className: 'who' }, 'You'), el('div', { className: 'text' }, item.content.map((c) => (c.type === 'text' ? c.text : `[${c.type}]`)).join('\n')));
      break;
    case 'agentMessage':
      node.append(el('span', { className: 'who' }, 'Agent'), el('div', { className: 'body' }, item.text));
      break;
    case 'reasoning': {
      const text = [...(item.summary ?? []), ...(item.content ?? [])].join('\n');
      node.append(el('details', {}, el('summary', {}, 'Reasoning'), el('div', { className: 'body' }, text)));
      break;
    }
    case 'commandExecution': {
      const facts = [
        item.status === 'declined' ? 'declined: not run' : item.status === 'inProgress' ? 'running' : item.status,
        item.exitCode != null ? `exit ${item.exitCode}` : null,
        item.durationMs != null ? duration(item.durationMs) : null,
      ].filter(Boolean);
      node.append(
        el('div', { className: 'command' }, el('code', {}, `$ ${item.command}`), ' ', el('span', { className: 'facts' }, facts.join(' · '))),
        el('div', { className: 'cwd' }, `in ${item.cwd}`),
      );
      if (item.status !== 'declined') node.append(el('pre', { className: 'output', tabIndex: 0, ariaLabel: `Output of ${item.command}` }, item.aggregatedOutput ?? ''));
      break;
    }
    case 'fileChange':
      node.append(
        el('div', { className: 'facts' }, `File change · ${item.status === 'declined' ? 'declined: not applied' : item.status}`),
        el('ul', { className: 'files' }, ...item.changes.map((c) => el('li', {}, el('code', {}, c.path), ` (${c.kind.type})`))),
      );
      break;
    case 'mcpToolCall':
      node.append(el('div', { className: 'facts' }, `Tool ${item.server}/${item.tool} · ${item.status}${item.durationMs != null ? ` · ${duration(item.durationMs)}` : ''}`), el('pre', { className: 'output', tabIndex: 0 }, item.error?.message ?? JSON.stringify(item.result?.content ?? item.arguments ?? null, null, 1)));
      break;
    case 'dynamicToolCall':
      node.append(el('div', { className: 'facts' }, `Tool ${item.tool} · ${item.status}${item.durationMs != null ? ` · ${duration(item.durationMs)}` : ''}`));
      break;
    case 'webSearch':
      node.append(el('div', { className: 'facts' }, `Web search: ${'query' in item ? String(item.query) : ''}`));
      break;
    case 'plan':
      node.append(el('span', { className: 'who' }, 'Plan'), el('div', { className: 'text' }, item.text));
      break;
    default:
      node.append(el('div', { className: 'facts' }, item.type));
  }
  return node;
}
