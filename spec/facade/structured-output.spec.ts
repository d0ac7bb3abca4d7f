import { z } from 'zod';
import { CodexError, InvalidArgumentError, OutputParseError } from '../../lib/index.js';
import { offlineCodexForSuite } from '../support/offline-suite.js';

const Repo = z.object({ name: z.string(), stars: z.number(), tags: z.array(z.string()) });

/** Compile-time equality: `expectType<A>()(value)` fails to compile unless the value's type is exactly A. */
const expectType =
  <A>() =>
  <B extends A>(value: B & ([A] extends [B] ? unknown : never)) =>
    value;

describe('structured output (real app-server, fake model)', () => {
  const env = offlineCodexForSuite();

  test('run() with a zod schema: the server forwards the converted schema and result.output is parsed and typed', async () => {
    const thread = await env.codex.startThread();
    const result = await thread.run('[[scenario:json]] describe this repo', { outputSchema: Repo });
    expectType<{ name: string; stars: number; tags: string[] }>()(result.output);
    const stars: number = result.output.stars;
    expect(stars).toBe(42);
    expect(result.output).toEqual({ name: 'codex-rx', stars: 42, tags: ['rxjs', 'codex'] });
    expect(result.status).toBe('completed');
    // What the server made of the converted schema: a strict json_schema format for the model.
    const { $schema: _ignored, ...converted } = z.toJSONSchema(Repo) as Record<string, unknown>;
    expect(env.fake.requests[0]!.body.text).toMatchObject({ format: { type: 'json_schema', strict: true, schema: converted } });
  });

  test('turn() with a plain JSON Schema: sent as is, output is unknown but parsed and checked', async () => {
    const schema = {
      type: 'object',
      properties: { name: { type: 'string' }, stars: { type: 'integer' }, tags: { type: 'array', items: { type: 'string' } } },
      required: ['name', 'stars', 'tags'],
      additionalProperties: false,
    };
    const thread = await env.codex.startThread();
    const turn = await thread.turn('[[scenario:json]] describe', { outputSchema: schema });
    const result = await turn.result;
    expectType<unknown>()(result.output);
    expect(result.output).toEqual({ name: 'codex-rx', stars: 42, tags: ['rxjs', 'codex'] });
    expect(env.fake.requests[0]!.body.text.format.schema).toEqual(schema);
  });

  test('an answer that is not JSON rejects with OutputParseError carrying the text and the result', async () => {
    const thread = await env.codex.startThread();
    const error = await thread.run('[[scenario:json_invalid]] describe', { outputSchema: Repo }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputParseError);
    expect(error).toBeInstanceOf(CodexError);
    const e = error as OutputParseError;
    expect(e.text).toBe('Sure! Here is the JSON you asked for: {name: codex-rx}');
    expect(e.message).toMatch(/not JSON/);
    expect(e.result.status).toBe('completed');
  });

  test('JSON that does not match the zod schema rejects with OutputParseError and its issues', async () => {
    const Other = z.object({ name: z.string(), license: z.string() });
    const thread = await env.codex.startThread();
    const error = await thread.run('[[scenario:json]] describe', { outputSchema: Other }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputParseError);
    expect((error as OutputParseError).issues.map((i) => i.path.join('.'))).toEqual(['license']);
    expect((error as OutputParseError).text).toContain('"stars":42');
    // Worded as zod's prettifyError words it: each issue and where it is.
    expect((error as OutputParseError).message).toBe(`The final response does not match the outputSchema: ${z.prettifyError((error as OutputParseError).cause as z.ZodError)}`);
  });

  test('without an outputSchema, output is undefined and nothing is sent', async () => {
    const thread = await env.codex.startThread();
    const result = await thread.run('hi');
    expectType<undefined>()(result.output);
    expect(result.output).toBeUndefined();
    expect(env.fake.requests[0]!.body.text?.format).toBeUndefined();
  });

  test('a value that is no schema is refused before anything is sent', async () => {
    const thread = await env.codex.startThread();
    await expect(thread.run('hi', { outputSchema: 'json' as never })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(env.fake.requests).toHaveLength(0);
  });
});
