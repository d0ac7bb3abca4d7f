/**
 * 08 · Approvals. A handler answers by kind; `approvals$` lets a UI answer from an Rx pipeline.
 * Without either, requests fail closed (commands and file changes are declined).
 *
 * The server sends a command as it will run it, wrapped in a login shell:
 * `/bin/bash -lc 'ls -la'`, so `command.startsWith('ls')` never matches. Match its parsed
 * `commandActions` instead (here: accept only listings and reads), as docs/getting-started.md does.
 */
import { Codex, type ApprovalParams } from '../lib/index.js';
import { section, startExample } from './_setup.js';

const scenario = (s: string) => (process.env.OPENAI_API_KEY ? '' : `[[scenario:${s}]] `);

/** True when every part of the command only lists or reads files. */
const readOnly = (params: ApprovalParams<'commandExecution'>) =>
  !!params.commandActions?.length && params.commandActions.every((action) => action.type === 'listFiles' || action.type === 'read');

section('handler: accept listings and reads, decline the rest');
{
  await using client = await startExample({
    approvals: {
      commandExecution: (params) => {
        const decision = readOnly(params) ? 'accept' : 'decline';
        console.log(`asked to run: ${params.command} → ${decision}`);
        return { decision };
      },
    },
  });
  // `untrusted`: the server asks before every command it does not know to be safe.
  const thread = await client.codex.startThread({ approvalPolicy: 'untrusted' });
  for (const [name, prompt] of [
    ['shell_safe', 'List the files here with ls -la.'],
    ['shell', 'Create a file named codex-rx-created.txt.'],
  ] as const) {
    const result = await thread.run(`${scenario(name)}${prompt}`);
    const command = result.items.find((i) => i.type === 'commandExecution');
    console.log(`command item: ${command?.type === 'commandExecution' ? command.status : 'none'}`);
  }
}

section('approvals$: a UI declines file changes');
{
  await using client = await startExample();
  const codex: Codex = client.codex;
  codex.approvals$.subscribe((approval) => {
    console.log(`pending ${approval.kind} approval → decline`);
    approval.decline();
  });
  const thread = await codex.startThread({ approvalPolicy: 'untrusted' });
  const result = await thread.run(`${scenario('apply_patch')}Add a file patched.txt.`);
  const change = result.items.find((i) => i.type === 'fileChange');
  console.log(`file change item: ${change?.type === 'fileChange' ? change.status : 'none'}`);
}
