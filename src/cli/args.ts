/** Command-line parsing for `declutter`, kept free of I/O so every case can be unit-tested. */

import { httpUrl } from '../core/http-url';

export type Format = 'text' | 'markdown' | 'json' | 'jsonl';
export type InputKind = 'html' | 'text';

export interface Options {
  format: Format;
  /** The page's address when reading a file or stdin. */
  url: string | null;
  input: InputKind;
  showRelated: boolean;
  /** Files, URLs, or "-" for stdin, in the order given. */
  inputs: string[];
}

export type ParseResult =
  | { kind: 'run'; options: Options }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'error'; message: string };

const FORMATS: readonly Format[] = ['text', 'markdown', 'json', 'jsonl'];
const INPUTS: readonly InputKind[] = ['html', 'text'];

export const USAGE = `usage: declutter [options] <file|url|-> [more files…]

Prints the article of a news page: its clean text, key quotes and the related stories it hid.

options:
  --format text|markdown|json|jsonl   output format (default text; jsonl: one JSON object per input)
  --url URL                           the page's address when reading a file or stdin
  --input html|text                   the input is HTML (default) or plain paragraphs
  --show-related                      list the related stories in text/markdown output
  --help                              show this help
  --version                           show the version

exit status: 0 on success; 2 on bad usage or an unreadable input (one line on stderr).
In a batch a bad input is reported and the others are still printed.`;

/**
 * Parses argv (without node and the script). Options may come before or after inputs, as
 * `--opt value` or `--opt=value`; `--` ends options so a file may be named like one.
 */
export function parseArgs(argv: readonly string[]): ParseResult {
  const options: Options = { format: 'text', url: null, input: 'html', showRelated: false, inputs: [] };
  let onlyInputs = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyInputs || arg === '-' || !arg.startsWith('-')) {
      options.inputs.push(arg);
      continue;
    }
    if (arg === '--') { onlyInputs = true; continue; }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string | undefined => inline ?? (i + 1 < argv.length ? argv[++i] : undefined);
    switch (name) {
      case '--help': case '-h': return { kind: 'help' };
      case '--version': case '-V': return { kind: 'version' };
      case '--show-related':
        if (inline !== undefined) return error('--show-related takes no value');
        options.showRelated = true;
        break;
      case '--format': {
        const v = value();
        if (!isOneOf(v, FORMATS)) return error(`--format must be one of ${FORMATS.join(', ')}${v ? ` (got "${v}")` : ''}`);
        options.format = v;
        break;
      }
      case '--input': {
        const v = value();
        if (!isOneOf(v, INPUTS)) return error(`--input must be html or text${v ? ` (got "${v}")` : ''}`);
        options.input = v;
        break;
      }
      case '--url': {
        const v = value();
        if (!v) return error('--url needs a value');
        if (!httpUrl(v)) return error(`--url is not an http(s) URL: ${v}`);
        options.url = v;
        break;
      }
      default:
        return error(`unknown option ${name}`);
    }
  }
  if (options.inputs.length === 0) return error('no input given (a file, a URL, or - for stdin)');
  if (options.inputs.filter((x) => x === '-').length > 1) return error('stdin (-) can be read only once');
  // One address cannot describe several pages; guessing which input it belongs to would mislabel the rest.
  if (options.url && options.inputs.length > 1) return error('--url applies to a single input');
  return { kind: 'run', options };
}

function isOneOf<T extends string>(v: string | undefined, allowed: readonly T[]): v is T {
  return v !== undefined && (allowed as readonly string[]).includes(v);
}

function error(message: string): ParseResult {
  return { kind: 'error', message };
}
