/**
 * 08 · Approvals. A handler answers by kind; `approvals$` lets a UI answer from an Rx pipeline.
 * Without either, requests fail closed (commands and file changes are declined).
 */
import { ApprovalPolicy, Codex } from '../lib/index.js';
import { section, startExample } from './_setup.js';

const scenario = (s: string) => (process.env.OPENAI_API_KEY ? '' : `[[scenario:${s}]] `);

section('handler: accept this command');
{
  await using client = await startExample({
    approvals: {
      commandExecution: (params) => {
        console.log(`asked to run: ${params.command}`);
        return { decision: 'accept' };
      },
    },
  });
  const thread = await client.codex.startThread({ approvalPolicy: ApprovalPolicy.untrusted });
  const result = await thread.run(`${scenario('shell')}Create a file named codex-rx-created.txt.`);
  const command = result.items.find((i) => i.type === 'commandExecution');
  console.log(`command item: ${command?.type === 'commandExecution' ? command.status : 'none'}`);
}

section('approvals$: a UI declines file changes');
{
  await using client = await startExample();
  const codex: Codex = client.codex;
  codex.approvals$.subscribe((approval) => {
    console.log(`pending ${approval.kind} approval → decline`);
    approval.decline();
  });
  const thread = await codex.startThread({ approvalPolicy: ApprovalPolicy.untrusted });
  const result = await thread.run(`${scenario('apply_patch')}Add a file patched.txt.`);
  const change = result.items.find((i) => i.type === 'fileChange');
  console.log(`file change item: ${change?.type === 'fileChange' ? change.status : 'none'}`);
}
