/** 03 · Streaming with RxJS operators: deltas, the growing text, completed items. */
import { count, filter, lastValueFrom, map, merge } from 'rxjs';
import { startExample } from './_setup.js';

await using client = await startExample({ fake: { defaultScenario: 'reasoning' } });
const thread = await client.codex.startThread();
const turn = await thread.turn('Think, then greet me.');

const lines$ = merge(
  turn.reasoning$.pipe(map((r) => `[reasoning] ${r}`)),
  turn.items$.pipe(
    filter((item) => item.type !== 'userMessage'),
    map((item) => `[item done] ${item.type}`),
  ),
);
lines$.subscribe((line) => console.log(line));
turn.textDeltas$.subscribe((delta) => process.stdout.write(delta));

const deltas = await lastValueFrom(turn.textDeltas$.pipe(count()));
const text = await lastValueFrom(turn.text$);
console.log(`\n${deltas} deltas, accumulated text: "${text}"`);
