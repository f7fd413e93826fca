import { describe, expect, it } from 'vitest';
import { extractWideWeb } from './fixture-files';

describe('embedded posts the story quotes stay in the article (wide-web/embedded-posts.html)', () => {
  const run = (off: string[] = []) => extractWideWeb('embedded-posts.html', 'https://harborledger.example/news/2025/03/03/recycling-slogan', off);

  it('keeps each tweet where the story puts it, with who posted it', () => {
    const { text, fired } = run();
    const paragraphs = text.split('\n\n');
    const first = paragraphs.findIndex((p) => p.startsWith('The council paid a consultant for this'));
    expect(first).toBeGreaterThan(paragraphs.findIndex((p) => p.startsWith('The slogan on every poster')));
    expect(paragraphs[first + 1]).toBe('— Dana Reyes (@danareyes) March 3, 2025');
    expect(text).toContain('Honestly it worked on me, I sorted three weeks of jars last night');
    expect(text).toContain('The new collection rules take effect on April 1');
    expect(fired.has('embeds')).toBe(true);
  });

  it('without the rule, Readability drops them (the failure the rule fixes)', () => {
    const { text } = run(['embeds']);
    expect(text).not.toContain('The council paid a consultant');
    expect(text).toContain('Not everyone was unhappy.');
  });
});
