/** 06 · Thread lifecycle: list, read, rename, fork, archive, unarchive. */
import { section, startExample } from './_setup.js';

await using client = await startExample();
const { codex } = client;
const thread = await codex.startThread();
await thread.run('Start of a thread worth keeping.');
await thread.setName('kept thread');

section('list');
const { data } = await codex.listThreads({});
for (const t of data) console.log(`${t.id}  ${t.name ?? '(unnamed)'}`);

section('read');
const read = await codex.readThread(thread.id, { includeTurns: true });
console.log(`${read.id}: ${read.turns.length} turn(s)`);

section('fork');
const fork = await codex.forkThread(thread.id);
console.log(`forked ${thread.id} → ${fork.id}`);

section('archive');
await codex.archiveThread(fork.id);
const archived = await codex.listThreads({ archived: true });
console.log(`archived: ${archived.data.map((t) => t.id).join(', ')}`);
await codex.unarchiveThread(fork.id);
console.log(`unarchived ${fork.id}`);
