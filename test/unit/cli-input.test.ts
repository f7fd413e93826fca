import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePage, looksBinary } from '../../src/cli/decode';
import { loadInput, looksLikeUrl } from '../../src/cli/input';
import { InputError } from '../../src/cli/input-error';

const PAGE = '<!doctype html><html><head><title>T</title></head><body><p>Hello</p></body></html>';
let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'declutter-input-'));
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/ok') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    if (path === '/latin1') return void res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }).end(Buffer.from('<p>caf\xe9</p>', 'latin1'));
    if (path === '/moved') return void res.writeHead(301, { location: '/ok' }).end();
    if (path === '/broken') return void res.writeHead(500, { 'content-type': 'text/plain' }).end('oops');
    if (path === '/pdf') return void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
    if (path === '/huge') {
      // No content-length: the cap must hold while streaming.
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>' + 'x'.repeat(4096));
      return void res.end('y'.repeat(4096));
    }
    if (path === '/slow') return void setTimeout(() => res.writeHead(200).end(PAGE), 2000);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function reason(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    const message = (e as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('expected an InputError');
}

describe('file and stdin inputs', () => {
  it('reads a file and keeps --url as its address', async () => {
    const f = join(dir, 'page.html');
    writeFileSync(f, PAGE);
    expect(await loadInput(f, { url: 'https://e.com/a' })).toEqual({ file: f, url: 'https://e.com/a', source: PAGE });
  });

  it('gives a one-line reason for every unreadable file', async () => {
    writeFileSync(join(dir, 'empty.html'), '');
    writeFileSync(join(dir, 'blank.html'), ' \n\t\n');
    writeFileSync(join(dir, 'bin.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    writeFileSync(join(dir, 'big.html'), 'x'.repeat(2048));
    expect(await reason(loadInput(join(dir, 'missing.html'), { url: null }))).toMatch(/^no such file: .*missing\.html$/);
    expect(await reason(loadInput(dir, { url: null }))).toMatch(/is a directory$/);
    expect(await reason(loadInput(join(dir, 'empty.html'), { url: null }))).toMatch(/empty\.html: empty input$/);
    expect(await reason(loadInput(join(dir, 'blank.html'), { url: null }))).toMatch(/empty input$/);
    expect(await reason(loadInput(join(dir, 'bin.html'), { url: null }))).toMatch(/binary input/);
    expect(await reason(loadInput(join(dir, 'big.html'), { url: null, maxBytes: 1024 }))).toMatch(/^page too large: .*big\.html/);
  });

  it('reads stdin, and refuses it past the size cap', async () => {
    expect((await loadInput('-', { url: null, stdin: Readable.from([Buffer.from('<p>a'), Buffer.from('b</p>')]) })).source).toBe('<p>ab</p>');
    const endless = Readable.from((function* () { for (;;) yield Buffer.alloc(512, 0x61); })());
    expect(await reason(loadInput('-', { url: null, maxBytes: 4096, stdin: endless }))).toMatch(/^page too large: stdin/);
  });
});

describe('URL inputs', () => {
  it('tells URLs from paths', () => {
    expect(looksLikeUrl('https://e.com/')).toBe(true);
    expect(looksLikeUrl('http:/e.com')).toBe(true);
    expect(looksLikeUrl('ftp://e.com/')).toBe(true);
    expect(looksLikeUrl('pages/http-cats.html')).toBe(false);
    expect(looksLikeUrl('C:\\pages\\a.html')).toBe(false);
  });

  it('fetches, follows redirects and reports the final URL', async () => {
    const page = await loadInput(`${base}/moved`, { url: null });
    expect(page).toEqual({ file: `${base}/moved`, url: `${base}/ok`, source: PAGE });
  });

  it('decodes with the charset the server declares', async () => {
    expect((await loadInput(`${base}/latin1`, { url: null })).source).toBe('<p>café</p>');
  });

  it('reports HTTP errors, non-pages, closed ports, bad URLs, oversize and timeouts', async () => {
    expect(await reason(loadInput(`${base}/broken`, { url: null }))).toBe(`HTTP 500 Internal Server Error from ${base}/broken`);
    expect(await reason(loadInput(`${base}/nothing`, { url: null }))).toMatch(/^HTTP 404/);
    expect(await reason(loadInput(`${base}/pdf`, { url: null }))).toMatch(/not a web page: .* is application\/pdf$/);
    expect(await reason(loadInput(`${base}/huge`, { url: null, maxBytes: 6000 }))).toMatch(/^page too large: /);
    expect(await reason(loadInput(`${base}/slow`, { url: null, timeoutMs: 200 }))).toMatch(/no answer within/);
    expect(await reason(loadInput('http://exa mple.com/', { url: null }))).toMatch(/^malformed URL/);
    expect(await reason(loadInput('ftp://e.com/a', { url: null }))).toMatch(/^unsupported URL scheme ftp/);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await reason(loadInput(`http://127.0.0.1:${port}/`, { url: null }))).toBe(`cannot fetch http://127.0.0.1:${port}/: connection refused`);
  });
});

describe('decodePage', () => {
  const bytes = (s: string, enc: BufferEncoding = 'utf8') => new Uint8Array(Buffer.from(s, enc));
  it('prefers a BOM, then the declared charset, then UTF-8, then <meta charset>, then windows-1252', () => {
    expect(decodePage(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('é')]))).toBe('é');
    expect(decodePage(new Uint8Array([0xff, 0xfe, ...bytes('hé', 'utf16le')]))).toBe('hé');
    expect(decodePage(bytes('caf\xe9', 'latin1'), 'iso-8859-1')).toBe('café');
    expect(decodePage(bytes('café 한국'))).toBe('café 한국');
    const eucKr = new Uint8Array([...bytes('<meta charset="euc-kr"><p>'), 0xc7, 0xd1, 0xb1, 0xb9]);
    expect(decodePage(eucKr)).toBe('<meta charset="euc-kr"><p>한국');
    expect(decodePage(bytes('\x93quoted\x94', 'latin1'))).toBe('“quoted”');
  });
  it('calls NUL bytes or many control characters binary, and ordinary text not', () => {
    expect(looksBinary(new Uint8Array([0x3c, 0x70, 0x00]))).toBe(true);
    expect(looksBinary(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))))).toBe(true);
    expect(looksBinary(bytes('<p>line\r\n\tok\f</p>'))).toBe(false);
  });
});
