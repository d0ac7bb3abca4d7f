/**
 * Fails the run on any uncaught exception or unhandled promise rejection, wherever it comes from
 * (a library callback, a child process's stream handler, a timer left behind by a test).
 *
 * Jest hands each test file a sandboxed copy of `process`: listeners added to it never fire. The
 * worker's real `process` is the global of the main context, which `vm.runInThisContext` reaches.
 * jest-circus swaps its own listeners in and out around the run; ours sit next to them.
 *
 * A rejection counts even if a handler is attached later: under Node's default
 * `--unhandled-rejections=throw` that rejection would already have crashed a user's process.
 * Problems are reported by the next `afterEach` (failing that test) or by `afterAll`. Our
 * listeners are removed after the file, so anything later still crashes the worker, as Node would.
 */
import { runInThisContext } from 'node:vm';
import { inspect } from 'node:util';

const realProcess = runInThisContext('process') as NodeJS.Process;
const problems: string[] = [];

const explain = (what: string, error: unknown) => `${what}: ${error instanceof Error ? (error.stack ?? error.message) : inspect(error)}`;
const onUncaught = (error: unknown) => problems.push(explain('uncaught exception', error));
const onRejection = (reason: unknown) => problems.push(explain('unhandled rejection', reason));
realProcess.on('uncaughtException', onUncaught);
realProcess.on('unhandledRejection', onRejection);

function report(when: string): void {
  if (problems.length === 0) return;
  const found = problems.splice(0);
  throw new Error(`${found.length} uncaught error(s) ${when}:\n\n${found.join('\n\n')}`);
}

/** Lets pending rejections be reported (Node does so once the microtask queue drains). */
const flush = () => new Promise((resolve) => setImmediate(resolve));

afterEach(async () => {
  await flush();
  report('during this test');
});

afterAll(async () => {
  await flush();
  try {
    report('after the last test of this file');
  } finally {
    realProcess.off('uncaughtException', onUncaught);
    realProcess.off('unhandledRejection', onRejection);
  }
});
