/**
 * What read-aloud says next, as data: the article's paragraphs cut into utterances short enough to
 * finish, and a position that moves by utterance, by paragraph, or to a chosen paragraph. Pure (no DOM,
 * no speechSynthesis), so it is unit-tested on its own; speech.ts drives the browser with it.
 *
 * Why cut at all: Chromium stops a single utterance after about 15 seconds on several platforms and
 * never fires its `end` (https://issues.chromium.org/issues/41294170), so a long paragraph spoken
 * whole goes silent mid-sentence and the reader hangs there. Each utterance is kept to about ten
 * seconds of speech at the chosen rate, cut at sentence ends where possible.
 */

/** Seconds of speech one utterance should stay under, with room before Chromium's ~15 s cut. */
const UTTERANCE_SECONDS = 10;
/** Characters spoken per second at 1×: alphabetic text runs ~14 (180 words a minute); a Han, Hangul or
 * kana character is a syllable or more, ~6 a second. */
const CHARS_PER_SECOND = { alphabetic: 14, dense: 6 } as const;
const DENSE = /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/g;

/** The longest utterance, in characters, for `text` spoken at `rate` (1 = normal). */
export function chunkLimit(text: string, rate: number): number {
  const dense = (text.slice(0, 400).match(DENSE)?.length ?? 0) > Math.min(text.length, 400) / 3;
  const perSecond = dense ? CHARS_PER_SECOND.dense : CHARS_PER_SECOND.alphabetic;
  return Math.max(20, Math.floor(perSecond * UTTERANCE_SECONDS * Math.max(0.5, rate)));
}

/** Sentence ends: Western punctuation followed by space, and the CJK full stops (no space after them). */
const SENTENCE = /[^.!?。！？]*(?:[.!?]+["'”’)\]]*(?=\s|$)|[。！？]+[」』”’)]*|$)/g;

/** Cut one piece longer than `max` at the last comma or space before the limit, else hard at it. */
function cutLong(piece: string, max: number): string[] {
  const parts: string[] = [];
  let rest = piece.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    const at = Math.max(window.lastIndexOf(', '), window.lastIndexOf('、'), window.lastIndexOf('，'), window.lastIndexOf(' '));
    const end = at > max / 3 ? at + 1 : max;
    parts.push(rest.slice(0, end).trim());
    rest = rest.slice(end).trim();
  }
  if (rest) parts.push(rest);
  return parts;
}

/** A paragraph as utterances of at most `max` characters, whole sentences together where they fit. */
export function chunkParagraph(text: string, max: number): string[] {
  const sentences = (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter(Boolean);
  const chunks: string[] = [];
  let current = '';
  for (const sentence of sentences.flatMap((s) => (s.length > max ? cutLong(s, max) : [s]))) {
    const joined = current ? `${current} ${sentence}` : sentence;
    if (joined.length <= max) current = joined;
    else {
      if (current) chunks.push(current);
      current = sentence;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

/** Where read-aloud is: a paragraph, and an utterance within it. */
export interface Position {
  paragraph: number;
  chunk: number;
}

/** One utterance to speak, and the paragraph it belongs to (for the highlight). */
export interface Utterance extends Position {
  text: string;
}

/**
 * The paragraphs to read and the position in them. Paragraphs with nothing to say (blank) are
 * skipped. Utterances are cut when reached, at the rate current then, so a rate change applies from
 * the next paragraph without re-cutting the whole article.
 */
export class SpeechQueue {
  private position: Position = { paragraph: 0, chunk: 0 };
  private chunks: string[] | null = null;

  constructor(private readonly paragraphs: readonly string[], private rate = 1) {}

  get length(): number {
    return this.paragraphs.length;
  }

  /** The rate new paragraphs are cut for. */
  setRate(rate: number): void {
    this.rate = rate;
  }

  private chunksHere(): string[] {
    if (!this.chunks) {
      const text = this.paragraphs[this.position.paragraph] ?? '';
      this.chunks = chunkParagraph(text, chunkLimit(text, this.rate));
    }
    return this.chunks;
  }

  /** Move to the start of `paragraph`, or of the first paragraph after it with something to say. */
  private enter(paragraph: number): Utterance | null {
    for (let p = Math.max(0, paragraph); p < this.paragraphs.length; p++) {
      this.position = { paragraph: p, chunk: 0 };
      this.chunks = null;
      if (this.chunksHere().length) return this.current();
    }
    this.position = { paragraph: this.paragraphs.length, chunk: 0 };
    this.chunks = null;
    return null;
  }

  /** The utterance at the position, or null past the end. */
  current(): Utterance | null {
    if (this.position.paragraph >= this.paragraphs.length) return null;
    const text = this.chunksHere()[this.position.chunk];
    return text === undefined ? null : { ...this.position, text };
  }

  /** Start (or restart) at paragraph `paragraph`; null when nothing from there on has words. */
  seek(paragraph: number): Utterance | null {
    return this.enter(paragraph);
  }

  /** The utterance after the current one: the next in the paragraph, else the next paragraph's first. */
  advance(): Utterance | null {
    if (this.position.paragraph >= this.paragraphs.length) return null;
    if (this.position.chunk + 1 < this.chunksHere().length) {
      this.position = { ...this.position, chunk: this.position.chunk + 1 };
      return this.current();
    }
    return this.enter(this.position.paragraph + 1);
  }

  /** The start of the next paragraph (null at the end). */
  nextParagraph(): Utterance | null {
    return this.enter(this.position.paragraph + 1);
  }

  /**
   * Back: to the start of this paragraph when already into it (as a music player's "previous" restarts
   * the track), else to the paragraph before. Skips blank paragraphs backwards.
   */
  previousParagraph(): Utterance | null {
    const { paragraph, chunk } = this.position;
    if (chunk > 0) return this.enter(paragraph);
    for (let p = Math.min(paragraph, this.paragraphs.length) - 1; p >= 0; p--) {
      if (this.paragraphs[p]!.trim()) return this.enter(p);
    }
    return this.enter(0);
  }
}
