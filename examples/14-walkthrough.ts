/** 14 · A walk through the whole SDK in one script, section by section, like a notebook. */
import { filter, firstValueFrom, lastValueFrom, toArray } from 'rxjs';
import { ApprovalPolicy, retryOnOverload, TurnFailedError } from '../lib/index.js';
import { section, startExample } from './_setup.js';

const scenario = (s: string) => (process.env.OPENAI_API_KEY ? '' : `[[scenario:${s}]] `);

section('1. start');
await using client = await startExample({ approvals: { commandExecution: () => ({ decision: 'decline' }) } });
const { codex } = client;
console.log(`app-server pid ${codex.pid}, ${codex.metadata.userAgent}`);

section('2. the hot firehose');
const methods = new Set<string>();
codex.notifications$.subscribe((n) => methods.add(n.method));

section('3. run a turn');
const thread = await codex.startThread();
const result = await thread.run('Hello!');
console.log(`${result.status}: ${result.finalResponse}`);

section('4. stream a turn');
const turn = await thread.turn(`${scenario('reasoning')}Think first.`);
const deltas = await lastValueFrom(turn.textDeltas$.pipe(toArray()));
console.log(`${deltas.length} deltas → "${deltas.join('')}"`);

section('5. replay for late subscribers');
const replayed = await lastValueFrom(turn.events$.pipe(toArray()));
console.log(`replayed ${replayed.length} events, first ${replayed[0]?.method}, last ${replayed.at(-1)?.method}`);

section('6. approvals fail closed');
const guarded = await codex.startThread({ approvalPolicy: ApprovalPolicy.untrusted });
const guardedResult = await guarded.run(`${scenario('shell')}Create a file.`);
const command = guardedResult.items.find((i) => i.type === 'commandExecution');
console.log(`command: ${command?.type === 'commandExecution' ? command.status : 'not attempted'}`);

section('7. failures reject');
await thread.run(`${scenario('http500')}Fail.`).catch((e: unknown) => console.log(e instanceof TurnFailedError ? `TurnFailedError ${JSON.stringify(e.codexErrorInfo)}` : e));

section('8. requests, typed');
const models = await retryOnOverload(() => codex.listModels({ limit: 2 }));
console.log(`models: ${models.data.map((m) => m.id).join(', ')}`);

section('9. account');
console.log(`account: ${JSON.stringify(await firstValueFrom(codex.account$.pipe(filter(() => true))))}`);

section('10. what we saw');
console.log([...methods].sort().join('\n'));

section('11. close');
await client.close();
console.log(`closed: ${JSON.stringify(await codex.closed)}`);
