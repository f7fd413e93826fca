import { describe, expect, it } from 'vitest';
import { httpUrl, safeHttpUrl } from '../../src/core/http-url';

describe('httpUrl', () => {
  it('accepts only absolute http(s) URLs with a host', () => {
    expect(httpUrl('https://example.com/x?y=1')?.href).toBe('https://example.com/x?y=1');
    expect(httpUrl('http://127.0.0.1:8080/')?.href).toBe('http://127.0.0.1:8080/');
    for (const bad of ['example.com', 'ftp://e.com/', 'file:///etc/passwd', 'http://', 'http://exa mple.com/', 'data:text/html,x', 'javascript:alert(1)', '', null, undefined]) {
      expect(httpUrl(bad), String(bad)).toBe(null);
    }
  });

  it('resolves a page link against the page, and still refuses what is not a web link', () => {
    expect(safeHttpUrl('/world/story-2', 'https://news.example/world/story-1')).toBe('https://news.example/world/story-2');
    expect(safeHttpUrl(' JavaScript:alert(1)', 'https://news.example/')).toBe(null);
    expect(safeHttpUrl('//cdn.example/x', 'https://news.example/')).toBe('https://cdn.example/x');
    expect(safeHttpUrl('/relative', null)).toBe(null);
  });
});
