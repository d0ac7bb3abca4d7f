import { concatMap, filter, map, of, scan } from 'rxjs';
import type { CommandExecutionRequestApprovalParams } from '../../lib/index.js';
import { ending, startChaos, within, type ChaosScript } from '../support/chaos.js';

/**
 * The chaos server floods a turn with deltas, asks for an approval mid-flood and keeps flooding
 * until it is answered (or gives up after `floodCap` deltas and completes the turn with the text
 * `starved`). The reply text is the decision it got.
 */
const FLOOD: ChaosScript = { turn: 'flood', floodBefore: 3000, floodCap: 50_000 };

/** Burns CPU synchronously, like a subscriber doing real work per event. */
function busy(microseconds: number): void {
  const end = performance.now() + microseconds / 1000;
  while (performance.now() < end);
}

test('a synchronous, slow notifications$ subscriber does not starve a handler answer', async () => {
  const asked: CommandExecutionRequestApprovalParams[] = [];
  const codex = await startChaos(FLOOD, {
    approvals: {
      commandExecution: (params) => {
        asked.push(params);
        return { decision: 'accept' };
      },
    },
  });
  try {
    let seen = 0;
    codex.notifications$.subscribe(() => {
      seen++;
      busy(20);
    });
    const thread = await codex.startThread();
    const turn = await thread.turn('flood me');
    const result = await within(turn.result, 20_000, 'turn.result');
    expect(result.finalResponse).toBe('accept');
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ threadId: thread.id, turnId: turn.id, command: 'touch chaos.txt' });
    expect(seen).toBeGreaterThan(3000);
  } finally {
    await codex.close();
  }
});

test('a heavy operator on the delta flood does not starve an asynchronous handler that needs the timer phase', async () => {
  const codex = await startChaos(FLOOD, {
    approvals: {
      commandExecution: async () => {
        await new Promise((resolve) => setImmediate(resolve));
        await new Promise((resolve) => setTimeout(resolve, 1));
        return { decision: 'acceptForSession' };
      },
    },
  });
  try {
    const thread = await codex.startThread();
    const turn = await thread.turn('flood me');
    const counted = ending(
      turn.textDeltas$.pipe(
        concatMap((delta) => of(delta).pipe(map((d) => (busy(20), d.length)))),
        scan((n, len) => n + len, 0),
        filter((n) => n % 1000 === 0),
      ),
    );
    const result = await within(turn.result, 20_000, 'turn.result');
    expect(result.finalResponse).toBe('acceptForSession');
    const { how, values } = await within(counted, 5_000, 'the delta pipeline');
    expect(how).toBe('complete');
    expect(values.length).toBeGreaterThanOrEqual(3);
  } finally {
    await codex.close();
  }
});
