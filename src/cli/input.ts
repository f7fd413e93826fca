/** Reads one CLI input — a file, a URL, or stdin — into text, with the reasons it can fail. */

import { readFile, stat } from 'node:fs/promises';
import { charsetOf, decodePage } from './decode';
import { fetchPage } from './fetch';
import { InputError } from './input-error';
import { httpUrl } from '../core/http-url';

/** Pages larger than this are refused: linkedom would take seconds and hundreds of MB on them. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 15_000;

export interface LoadedInput {
  /** The input as given on the command line ("-" for stdin). */
  file: string;
  /** The page's address: the final URL after redirects, or --url, or null. */
  url: string | null;
  source: string;
}

export interface LoadOptions {
  url: string | null;
  maxBytes?: number;
  timeoutMs?: number;
  stdin?: NodeJS.ReadableStream;
}

/**
 * Loads one input. Anything that looks like a URL (a scheme and //) is fetched and must be a valid
 * http(s) URL; everything else is a path.
 * @throws InputError with a one-line reason.
 */
export async function loadInput(spec: string, opts: LoadOptions): Promise<LoadedInput> {
  const maxBytes = opts.maxBytes ?? MAX_INPUT_BYTES;
  if (looksLikeUrl(spec)) {
    const scheme = /^([a-z][a-z\d+.-]*):/i.exec(spec)![1]!.toLowerCase();
    if (scheme !== 'http' && scheme !== 'https') throw new InputError(`unsupported URL scheme ${scheme}: ${spec}`);
    if (!httpUrl(spec)) throw new InputError(`malformed URL: ${spec}`);
    const page = await fetchPage(spec, { maxBytes, timeoutMs: opts.timeoutMs ?? FETCH_TIMEOUT_MS });
    return { file: spec, url: page.finalUrl, source: decodeNamed(spec, page.bytes, charsetOf(page.contentType)) };
  }
  const bytes = spec === '-' ? await readStream(opts.stdin ?? process.stdin, maxBytes) : await readPath(spec, maxBytes);
  return { file: spec, url: opts.url, source: decodeNamed(spec === '-' ? 'stdin' : spec, bytes, null) };
}

/** decodePage, with the input named in its reason ("page.html: empty input"). */
function decodeNamed(name: string, bytes: Uint8Array, charset: string | null): string {
  try {
    return decodePage(bytes, charset);
  } catch (e) {
    if (e instanceof InputError) throw new InputError(`${name}: ${e.message}`);
    throw e;
  }
}

/** A scheme followed by "//", or an http(s) scheme at all ("http:/x" is a typo, not a file name). */
export function looksLikeUrl(spec: string): boolean {
  return /^[a-z][a-z\d+.-]*:\/\//i.test(spec) || /^https?:/i.test(spec);
}

async function readPath(path: string, maxBytes: number): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    throw new InputError(fsReason(e, path));
  }
  if (info.isDirectory()) throw new InputError(`${path} is a directory`);
  if (!info.isFile()) throw new InputError(`${path} is not a regular file`);
  if (info.size > maxBytes) throw new InputError(`page too large: ${path} (${info.size} bytes, limit ${maxBytes})`);
  try {
    return await readFile(path);
  } catch (e) {
    throw new InputError(fsReason(e, path));
  }
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    total += buf.length;
    // Stop reading at once: the rest of an oversized stream is never wanted.
    if (total > maxBytes) throw new InputError(`page too large: stdin (over ${maxBytes} bytes)`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

function fsReason(e: unknown, path: string): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return `no such file: ${path}`;
  if (code === 'EACCES' || code === 'EPERM') return `permission denied: ${path}`;
  if (code === 'EISDIR') return `${path} is a directory`;
  return `cannot read ${path}: ${code ?? (e as Error).message}`;
}
