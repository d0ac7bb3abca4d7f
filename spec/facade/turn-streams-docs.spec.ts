/**
 * What docs/faq.md ("Hot or cold?") and the TSDoc of TurnHandle promise about `textDeltas$`,
 * `text$`, `reasoning$` and `items$`: replay to late subscribers, completion whatever the
 * status, TransportClosedError when the client goes away mid-turn.
 */
import { lastValueFrom, materialize, toArray, type Observable } from 'rxjs';
import { TransportClosedError, TurnFailedError, type TurnHandle } from '../../lib/index.js';
import { startOfflineCodex } from '../../lib/testing/index.js';
import { offlineCodexForSuite } from '../support/offline-suite.js';

const streamsOf = (turn: TurnHandle): Record<string, Observable<unknown>> => ({
  textDeltas$: turn.textDeltas$,
  text$: turn.text$,
  reasoning$: turn.reasoning$,
  items$: turn.items$,
});

/** Each stream's values and how it ended; all four are subscribed at once. */
async function drain(turn: TurnHandle) {
  const ends = Object.entries(streamsOf(turn)).map(async ([name, stream]) => {
    const notes = await lastValueFrom(stream.pipe(materialize(), toArray()));
    const last = notes[notes.length - 1]!;
    const values = notes.filter((n) => n.kind === 'N').map((n) => n.value);
    return [name, { values, end: last.kind === 'E' ? 'error' : 'complete', error: last.kind === 'E' ? last.error : undefined }] as const;
  });
  return Object.fromEntries(await Promise.all(ends));
}

describe('turn streams as documented (real app-server, fake model)', () => {
  const env = offlineCodexForSuite();

  test('a subscriber after the end gets the whole turn replayed, then the completion', async () => {
    const turn = await (await env.codex.startThread()).turn('[[scenario:reasoning]] hi');
    const live = drain(turn);
    await turn.result;
    const late = await drain(turn);
    expect(late.textDeltas$).toMatchObject({ end: 'complete' });
    // live: every delta as sent; late: the completed message's deltas joined into one chunk
    expect((await live).textDeltas$!.values.length).toBeGreaterThan(1);
    expect((await live).textDeltas$!.values.join('')).toBe('Hello after thinking.');
    expect(late.textDeltas$!.values).toEqual(['Hello after thinking.']);
    // text$ is rebuilt from the replayed deltas: one value, the same final text as live
    expect(late.text$!.values).toEqual(['Hello after thinking.']);
    expect((await live).text$!.values.at(-1)).toBe('Hello after thinking.');
    expect(late.reasoning$).toMatchObject({ end: 'complete' });
    expect(late.reasoning$!.values).toEqual(['Thinking about the greeting']);
    expect((await live).reasoning$!.values.join('')).toBe('Thinking about the greeting');
    expect(late.items$!.values.map((i) => (i as { type: string }).type)).toEqual(['userMessage', 'reasoning', 'agentMessage']);
  });

  test('a failed turn completes its streams; only the result rejects', async () => {
    const turn = await (await env.codex.startThread()).turn('[[scenario:http500]] fail');
    const streams = drain(turn);
    await expect(turn.result).rejects.toBeInstanceOf(TurnFailedError);
    for (const s of Object.values(await streams)) expect(s.end).toBe('complete');
  });
});

test('close() mid-turn errors each stream with TransportClosedError, for later subscribers too', async () => {
  const env = await startOfflineCodex();
  try {
    const turn = await (await env.codex.startThread()).turn('[[scenario:hang]] wait');
    const live = drain(turn);
    await env.fake.waitForRequests(1);
    await env.codex.close();
    for (const s of Object.values(await live)) expect(s).toMatchObject({ end: 'error', error: expect.any(TransportClosedError) });
    for (const s of Object.values(await drain(turn))) expect(s.error).toBeInstanceOf(TransportClosedError);
  } finally {
    await env.dispose();
  }
});
