/** The `declutter` command as a function: arguments in, output and exit status out. */

import { version } from '../../package.json';
import { USAGE, parseArgs, type Options } from './args';
import { articleFrom } from './article';
import { oneLine } from './fetch';
import { errorRecord, toRecord } from './format-json';
import { formatMarkdown } from './format-markdown';
import { formatText } from './format-text';
import { loadInput } from './input';
import { InputError } from './input-error';

/** Exit status for bad usage and for any input that could not be read. */
export const EXIT_BAD_INPUT = 2;

type Write = (s: string) => void;

/**
 * Runs the command and resolves to its exit status. Output goes to `out`, reasons to `err`, so tests
 * can run it in-process.
 */
export async function run(argv: readonly string[], out: Write, err: Write): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') { out(USAGE + '\n'); return 0; }
  if (parsed.kind === 'version') { out(`declutter ${version}\n`); return 0; }
  if (parsed.kind === 'error') { err(`declutter: ${parsed.message} (try --help)\n`); return EXIT_BAD_INPUT; }
  const options = parsed.options;
  const batch = options.inputs.length > 1;
  const records: Record<string, unknown>[] = [];
  let failures = 0;
  let printed = 0;
  // One page at a time: each is parsed whole in memory, and a batch may hold hundreds.
  for (const spec of options.inputs) {
    const result = await processOne(spec, options);
    if ('error' in result) {
      failures++;
      err(`declutter: ${result.error}\n`);
    }
    const record = 'error' in result ? errorRecord(spec, result.error) : result.record;
    if (options.format === 'json') records.push(record);
    else if (options.format === 'jsonl') out(JSON.stringify(record) + '\n');
    else if ('rendered' in result) {
      // Streamed formats print as they go, so a long batch shows progress.
      out((printed > 0 ? separator(options) : '') + result.rendered);
      printed++;
    }
  }
  if (options.format === 'json') {
    // One input: its object, or nothing when it failed (the reason is on stderr). Several: an array.
    if (batch) out(JSON.stringify(records, null, 2) + '\n');
    else if (failures === 0) out(JSON.stringify(records[0], null, 2) + '\n');
  }
  return failures > 0 ? EXIT_BAD_INPUT : 0;
}

type Processed = { record: Record<string, unknown>; rendered?: string } | { error: string };

async function processOne(spec: string, options: Options): Promise<Processed> {
  try {
    const input = await loadInput(spec, { url: options.url });
    const article = articleFrom(input.source, input.url, options.input);
    const view = { showRelated: options.showRelated };
    if (options.format === 'text') return { record: {}, rendered: formatText(article, view) };
    if (options.format === 'markdown') return { record: {}, rendered: formatMarkdown(article, view) };
    return { record: toRecord(spec, article) };
  } catch (e) {
    if (e instanceof InputError) return { error: oneLine(e.message) };
    // Anything else is our bug; still one line, and the batch goes on.
    return { error: oneLine(`internal error on ${spec}: ${(e as Error)?.message ?? String(e)}`) };
  }
}

function separator(options: Options): string {
  return options.format === 'markdown' ? '\n---\n\n' : '\n' + '─'.repeat(60) + '\n\n';
}
