/** 15 · Structured output: a zod schema in, a typed `result.output` out; an answer that does not parse rejects. */
import { z } from 'zod';
import { OutputParseError } from '../lib/index.js';
import { startExample } from './_setup.js';

const Repo = z.object({
  name: z.string(),
  stars: z.number(),
  tags: z.array(z.string()),
});

await using client = await startExample({ fake: { defaultScenario: 'json' } });
const thread = await client.codex.startThread();

// The schema goes to the model as a strict JSON Schema (zod's own z.toJSONSchema); the answer is parsed with it.
const { output } = await thread.run('Describe this repository: its name, its stars and a few tags.', { outputSchema: Repo });
console.log(`name: ${output.name}`); // typed: { name: string; stars: number; tags: string[] }
console.log(`stars: ${output.stars.toFixed(0)}`);
console.log(`tags: ${output.tags.join(', ')}`);

// A plain JSON Schema works too; output is then `unknown`.
const plain = await thread.run('The same, please.', {
  outputSchema: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'], additionalProperties: true },
});
console.log(`plain JSON Schema output: ${JSON.stringify(plain.output)}`);

try {
  await thread.run(client.offline ? '[[scenario:json_invalid]] describe it' : 'Describe it, as prose this time.', { outputSchema: Repo });
  console.log('(the model answered valid JSON anyway)');
} catch (error) {
  if (!(error instanceof OutputParseError)) throw error;
  console.log(`OutputParseError: ${error.message}`);
  console.log(`the text was: ${error.text}`);
}
