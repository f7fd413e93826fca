import { describe, expect, it } from 'vitest';
import { chunkLimit, chunkParagraph, SpeechQueue } from '../../src/reader/speech-queue';

const LONG = 'The minister said the talks had gone well. '.repeat(12).trim();

describe('chunkParagraph', () => {
  it('keeps a short paragraph whole and cuts a long one at sentence ends, never past the limit', () => {
    expect(chunkParagraph('One sentence. Two sentences!', 140)).toEqual(['One sentence. Two sentences!']);
    const chunks = chunkParagraph(LONG, 140);
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(140);
      expect(chunk).toMatch(/well\.$/);
    }
    // Nothing is lost or reordered: the chunks put back together are the paragraph.
    expect(chunks.join(' ')).toBe(LONG);
  });

  it('cuts a sentence longer than the limit at a comma or space, and unspaced CJK text hard at the limit', () => {
    const run = Array.from({ length: 40 }, (_, i) => `clause ${i},`).join(' ');
    const chunks = chunkParagraph(run, 50);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(50);
    expect(chunks.join(' ')).toBe(run);
    const korean = '가'.repeat(130);
    expect(chunkParagraph(korean, 60)).toEqual(['가'.repeat(60), '가'.repeat(60), '가'.repeat(10)]);
  });

  it('ends Japanese and Korean sentences at their own full stops', () => {
    expect(chunkParagraph('首相は述べた。会談は続く。', 8)).toEqual(['首相は述べた。', '会談は続く。']);
    expect(chunkParagraph('「協力が重要だ」と述べた。次の文。', 100)).toEqual(['「協力が重要だ」と述べた。 次の文。']);
  });
});

describe('chunkLimit', () => {
  it('is about ten seconds of speech: longer when faster, shorter for Hangul/Han/kana than for Latin', () => {
    expect(chunkLimit(LONG, 1)).toBe(140);
    expect(chunkLimit(LONG, 2)).toBe(280);
    expect(chunkLimit(LONG, 0.75)).toBe(105);
    expect(chunkLimit('대통령은 한일 협력이 그 어느 때보다 중요하다고 말했다', 1)).toBe(60);
  });
});

describe('SpeechQueue', () => {
  const paragraphs = ['First paragraph.', '   ', LONG, 'Last one.'];

  it('reads every utterance in order, skipping blank paragraphs, and ends with null', () => {
    const queue = new SpeechQueue(paragraphs);
    const seen = [queue.seek(0)];
    for (let next = queue.advance(); next; next = queue.advance()) seen.push(next);
    expect(seen[0]).toEqual({ paragraph: 0, chunk: 0, text: 'First paragraph.' });
    expect(seen.map((u) => u!.paragraph)).not.toContain(1);
    expect(seen.filter((u) => u!.paragraph === 2).map((u) => u!.chunk)).toEqual([0, 1, 2, 3]);
    expect(seen.at(-1)).toEqual({ paragraph: 3, chunk: 0, text: 'Last one.' });
    expect(queue.current()).toBeNull();
    expect(queue.advance()).toBeNull();
  });

  it('jumps to a clicked paragraph, moves by paragraph, and "previous" first restarts the paragraph', () => {
    const queue = new SpeechQueue(paragraphs);
    expect(queue.seek(2)).toMatchObject({ paragraph: 2, chunk: 0 });
    queue.advance();
    expect(queue.current()).toMatchObject({ paragraph: 2, chunk: 1 });
    expect(queue.previousParagraph()).toMatchObject({ paragraph: 2, chunk: 0 });
    expect(queue.previousParagraph()).toMatchObject({ paragraph: 0, chunk: 0 });
    expect(queue.previousParagraph()).toMatchObject({ paragraph: 0, chunk: 0 });
    expect(queue.nextParagraph()).toMatchObject({ paragraph: 2 });
    expect(queue.nextParagraph()).toMatchObject({ paragraph: 3 });
    expect(queue.nextParagraph()).toBeNull();
    // From the end, back is the last paragraph.
    expect(queue.previousParagraph()).toMatchObject({ paragraph: 3 });
    expect(queue.seek(99)).toBeNull();
  });

  it('cuts paragraphs for the rate current when they are reached', () => {
    const queue = new SpeechQueue([LONG, LONG], 1);
    queue.seek(0);
    queue.setRate(2);
    expect(queue.current()!.text.length).toBeLessThanOrEqual(140);
    const second = queue.nextParagraph()!;
    expect(second.text.length).toBeGreaterThan(140);
    expect(second.text.length).toBeLessThanOrEqual(280);
  });

  it('has nothing to say for an article without words', () => {
    expect(new SpeechQueue([]).seek(0)).toBeNull();
    expect(new SpeechQueue(['', ' ']).seek(0)).toBeNull();
  });
});
