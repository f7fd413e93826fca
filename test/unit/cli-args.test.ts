import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';

const run = (...argv: string[]) => {
  const r = parseArgs(argv);
  if (r.kind !== 'run') throw new Error(`expected run, got ${JSON.stringify(r)}`);
  return r.options;
};
const errorOf = (...argv: string[]) => {
  const r = parseArgs(argv);
  return r.kind === 'error' ? r.message : null;
};

describe('parseArgs', () => {
  it('defaults to text, html input, no url, related hidden', () => {
    expect(run('page.html')).toEqual({ format: 'text', url: null, input: 'html', showRelated: false, inputs: ['page.html'] });
  });

  it('accepts options before and after inputs, spaced or with =', () => {
    const o = run('a.html', '--format', 'jsonl', 'b.html', '--input=text', '--show-related');
    expect(o).toMatchObject({ format: 'jsonl', input: 'text', showRelated: true, inputs: ['a.html', 'b.html'] });
    expect(run('--format=markdown', '--url=https://example.com/a', 'x').url).toBe('https://example.com/a');
  });

  it('treats "-" as stdin and everything after "--" as inputs', () => {
    expect(run('-').inputs).toEqual(['-']);
    expect(run('--', '--format', '-x.html').inputs).toEqual(['--format', '-x.html']);
  });

  it('answers help and version', () => {
    expect(parseArgs(['--help']).kind).toBe('help');
    expect(parseArgs(['x', '-h']).kind).toBe('help');
    expect(parseArgs(['--version']).kind).toBe('version');
  });

  it('rejects bad usage with a reason', () => {
    expect(errorOf()).toMatch(/no input/);
    expect(errorOf('--format', 'xml', 'a')).toMatch(/--format must be one of/);
    expect(errorOf('a', '--format')).toMatch(/--format/);
    expect(errorOf('--input', 'pdf', 'a')).toMatch(/--input must be html or text/);
    expect(errorOf('--url', 'notaurl', 'a')).toMatch(/--url is not an http/);
    expect(errorOf('--url', 'javascript:alert(1)', 'a')).toMatch(/--url is not an http/);
    expect(errorOf('a', '--url')).toMatch(/--url needs a value/);
    expect(errorOf('--bogus', 'a')).toMatch(/unknown option --bogus/);
    expect(errorOf('--show-related=yes', 'a')).toMatch(/takes no value/);
    expect(errorOf('-', '-')).toMatch(/only once/);
    expect(errorOf('--url', 'https://e.com/', 'a', 'b')).toMatch(/single input/);
  });
});
