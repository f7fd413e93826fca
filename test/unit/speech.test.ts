/**
 * The read-aloud driver (reader/speech.ts) against a stand-in speechSynthesis: the queue is spoken one
 * utterance at a time, `end` moves on, errors become the states the panel explains, and a hidden page
 * or a closed reader stops the voice. (Real speech is in the e2e suites; this is the logic headless
 * browsers can't show, such as a tab going to the background.)
 */
import { describe, expect, it } from 'vitest';
import { Speaker, type SpeechState } from '../../src/reader/speech';

class FakeUtterance {
  lang = '';
  rate = 1;
  voice: unknown = null;
  onend: (() => void) | null = null;
  onerror: ((e: { error: string }) => void) | null = null;
  constructor(readonly text: string) {}
}

function setup(voices: { name: string; lang: string }[] = [{ name: 'English', lang: 'en-US' }]) {
  const spoken: FakeUtterance[] = [];
  let cancels = 0;
  const synth = Object.assign(new EventTarget(), {
    speak: (u: FakeUtterance) => spoken.push(u),
    cancel: () => cancels++,
    getVoices: () => voices,
  });
  const document = Object.assign(new EventTarget(), { hidden: false });
  const view = { speechSynthesis: synth, SpeechSynthesisUtterance: FakeUtterance, document } as unknown as Window;
  const states: { state: SpeechState; element: string | null }[] = [];
  const elements = ['p0', 'p1', 'p2'].map((id) => ({ id }) as unknown as HTMLElement);
  const life = new AbortController();
  const speaker = new Speaker(view, { texts: ['First.', 'Second one.', 'Third.'], elements }, 'en', 1.5, {
    onState: (state, element) => states.push({ state, element: (element as unknown as { id: string } | null)?.id ?? null }),
  }, life.signal);
  return { speaker, spoken, states, document, life, cancels: () => cancels, last: () => states.at(-1) };
}

describe('Speaker', () => {
  it('speaks paragraph after paragraph, in the language and rate asked, highlighting each, then idles', () => {
    const { speaker, spoken, last } = setup();
    speaker.playFrom(0);
    expect(spoken.map((u) => [u.text, u.lang, u.rate])).toEqual([['First.', 'en', 1.5]]);
    expect(last()).toEqual({ state: 'speaking', element: 'p0' });
    spoken[0]!.onend!();
    expect(last()).toEqual({ state: 'speaking', element: 'p1' });
    spoken[1]!.onend!();
    spoken[2]!.onend!();
    expect(spoken.map((u) => u.text)).toEqual(['First.', 'Second one.', 'Third.']);
    expect(last()).toEqual({ state: 'idle', element: null });
  });

  it('ignores the end of an utterance it cancelled (a jump, a pause) instead of skipping ahead', () => {
    const { speaker, spoken, last } = setup();
    speaker.playFrom(0);
    speaker.playFrom(2);
    spoken[0]!.onend!();
    expect(spoken).toHaveLength(2);
    expect(last()).toEqual({ state: 'speaking', element: 'p2' });
  });

  it('pauses when the page is hidden (another tab in front), and resumes at the same paragraph', () => {
    const { speaker, spoken, document, last, cancels } = setup();
    speaker.playFrom(1);
    const before = cancels();
    document.hidden = true;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(last()).toEqual({ state: 'paused', element: 'p1' });
    expect(cancels()).toBeGreaterThan(before);
    speaker.resume();
    expect(spoken.at(-1)!.text).toBe('Second one.');
    expect(last()).toEqual({ state: 'speaking', element: 'p1' });
  });

  it('stops when the reader closes', () => {
    const { speaker, life, last, cancels } = setup();
    speaker.playFrom(0);
    const before = cancels();
    life.abort();
    expect(cancels()).toBeGreaterThan(before);
    expect(last()).toEqual({ state: 'idle', element: null });
  });

  it("turns 'synthesis-failed' into the no-voice state and 'not-allowed' into blocked; its own cancels are no error", () => {
    const a = setup([]);
    a.speaker.playFrom(0);
    a.spoken[0]!.onerror!({ error: 'synthesis-failed' });
    expect(a.last()).toEqual({ state: 'no-voice', element: null });
    const b = setup();
    b.speaker.playFrom(0);
    b.spoken[0]!.onerror!({ error: 'not-allowed' });
    expect(b.last()).toEqual({ state: 'blocked', element: 'p0' });
    const c = setup();
    c.speaker.playFrom(0);
    c.speaker.next();
    c.spoken[0]!.onerror!({ error: 'interrupted' });
    expect(c.last()).toEqual({ state: 'speaking', element: 'p1' });
  });

  it('reads a key quote alone, then returns to the article at its place', () => {
    const { speaker, spoken, last } = setup();
    speaker.playFrom(1);
    speaker.playPassage({ texts: ['“A quote.”'], elements: [{ id: 'q0' } as unknown as HTMLElement] });
    expect(last()).toEqual({ state: 'speaking', element: 'q0' });
    spoken.at(-1)!.onend!();
    expect(last()).toEqual({ state: 'idle', element: null });
    speaker.resume();
    expect(spoken.at(-1)!.text).toBe('Second one.');
  });

  it('offers only the voices of its language', () => {
    const { speaker } = setup([{ name: 'English', lang: 'en-US' }, { name: 'Korean', lang: 'ko-KR' }]);
    expect(speaker.voices().map((v) => v.name)).toEqual(['English']);
  });
});
