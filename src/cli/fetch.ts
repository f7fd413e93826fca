/** Fetches a page over HTTP(S) for the CLI, with a time limit, a size cap and plain-language errors. */

import { InputError } from './input-error';

export interface FetchedPage {
  bytes: Uint8Array;
  /** The address after redirects: links and the site are resolved against it. */
  finalUrl: string;
  contentType: string | null;
}

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

/**
 * GETs `url`, following redirects. Reads the body in chunks so an oversized page is refused as soon
 * as it passes the cap, whether or not the server announced its length.
 * @throws InputError with a one-line reason for any failure.
 */
export async function fetchPage(url: string, limits: FetchLimits): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, {
      redirect: 'follow',
      signal,
      headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5' },
    });
  } catch (e) {
    throw new InputError(`cannot fetch ${url}: ${networkReason(e, limits.timeoutMs)}`);
  }
  const finalUrl = response.url || url;
  if (!response.ok) {
    void response.body?.cancel().catch(() => undefined);
    throw new InputError(`HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''} from ${finalUrl}`);
  }
  const contentType = response.headers.get('content-type');
  if (contentType && !/^\s*(text\/|application\/(xhtml\+)?xml)/i.test(contentType)) {
    void response.body?.cancel().catch(() => undefined);
    throw new InputError(`not a web page: ${finalUrl} is ${contentType.split(';')[0]!.trim()}`);
  }
  const announced = Number(response.headers.get('content-length'));
  if (Number.isFinite(announced) && announced > limits.maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    throw new InputError(`page too large: ${finalUrl} (${announced} bytes, limit ${limits.maxBytes})`);
  }
  try {
    return { bytes: await readCapped(response, limits.maxBytes, finalUrl), finalUrl, contentType };
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${finalUrl}: ${networkReason(e, limits.timeoutMs)}`);
  }
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new InputError(`page too large: ${url} (over ${maxBytes} bytes)`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Node's fetch reports everything as "fetch failed"; the cause holds the useful part. */
function networkReason(e: unknown, timeoutMs: number): string {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return `no answer within ${Math.round(timeoutMs / 1000)} s`;
  const code = err?.cause?.code;
  switch (code) {
    case 'ECONNREFUSED': return 'connection refused';
    case 'ENOTFOUND': case 'EAI_AGAIN': return 'host not found';
    case 'ECONNRESET': return 'connection reset';
    case 'ETIMEDOUT': case 'UND_ERR_CONNECT_TIMEOUT': return 'connection timed out';
    default: break;
  }
  const detail = err?.cause?.message ?? err?.message ?? String(e);
  return oneLine(code ? `${code}: ${detail}` : detail);
}

/** Reasons go on one stderr line, whatever the underlying error looked like. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
