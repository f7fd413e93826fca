/**
 * Read aloud: drives the browser's speechSynthesis through a SpeechQueue, one short utterance at a
 * time, and reports where it is (which element is being read) and what state it is in. The panel
 * (speech-panel.ts) turns that into buttons and a highlight. Everything stops when `signal` fires: the
 * reader closing must never leave the browser talking.
 */
import { voicesFor } from '../core/lang-guess';
import { SpeechQueue, type Utterance } from './speech-queue';

/** idle: not started or finished; no-voice: the browser can't speak (no voice, or synthesis failed);
 * blocked: the browser wants a click on the page before it speaks (autoplay policy). */
export type SpeechState = 'idle' | 'speaking' | 'paused' | 'no-voice' | 'blocked';

/** What is being read: the texts, and the element each one is shown in (for the highlight). */
export interface Reading {
  texts: readonly string[];
  elements: readonly HTMLElement[];
  /** A passage read on its own (a key quote): at its end, reading returns to idle at the article's place. */
  passage?: boolean;
}

export interface SpeechEvents {
  onState(state: SpeechState, element: HTMLElement | null): void;
}

/** How long to wait for a browser that lists its voices late (Chromium fills them in asynchronously). */
const VOICES_WAIT_MS = 1500;

/** Errors that mean nothing can be spoken here: the path the control explains instead of staying silent. */
const NO_VOICE_ERRORS = new Set(['synthesis-failed', 'synthesis-unavailable', 'audio-hardware', 'voice-unavailable', 'language-unavailable']);

export class Speaker {
  private readonly synth: SpeechSynthesis | null;
  private queue: SpeechQueue;
  private reading: Reading;
  private article: Reading;
  private articleQueue: SpeechQueue;
  /** Each utterance carries the turn it was spoken in; events from an older turn (cancelled) are ignored. */
  private turn = 0;
  private voice: SpeechSynthesisVoice | null = null;
  state: SpeechState = 'idle';

  constructor(private readonly view: Window, article: Reading, readonly lang: string | null, private rate: number, private readonly events: SpeechEvents, signal: AbortSignal) {
    this.synth = (view as Window & { speechSynthesis?: SpeechSynthesis }).speechSynthesis ?? null;
    this.article = this.reading = article;
    this.articleQueue = this.queue = new SpeechQueue(article.texts, rate);
    signal.addEventListener('abort', () => this.stop(), { once: true });
    // A tab sent to the background keeps speaking in most browsers, unseen; pause it, and let the
    // reader's Play resume where it was.
    view.document.addEventListener('visibilitychange', () => {
      if (view.document.hidden && this.state === 'speaking') this.pause();
    }, { signal });
  }

  /** The voices offered for the article's language now, best first (empty: none, or not listed yet). */
  voices(): SpeechSynthesisVoice[] {
    return this.synth ? voicesFor(this.synth.getVoices(), this.lang) : [];
  }

  /** Whether the browser lists any voice at all. */
  anyVoice(): boolean {
    return (this.synth?.getVoices().length ?? 0) > 0;
  }

  /**
   * Wait (a little) for a browser that lists its voices late: Chromium fills the list in asynchronously,
   * seconds after the first ask with speech-dispatcher. Speaking doesn't wait longer than this; the
   * default voice for the language speaks meanwhile, and the picker fills in when the list arrives.
   */
  voicesListed(signal: AbortSignal): Promise<void> {
    // Waited for once: a machine with no voice must not pay the wait on every click.
    return (this.listed ??= this.waitForVoices(signal));
  }

  private listed: Promise<void> | undefined;

  private async waitForVoices(signal: AbortSignal): Promise<void> {
    if (!this.synth || this.anyVoice()) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, VOICES_WAIT_MS);
      this.synth!.addEventListener('voiceschanged', () => resolve(), { once: true, signal });
      signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
    });
  }

  /** Call `listener` whenever the browser's voice list changes, until `signal` fires. */
  onVoicesChanged(listener: () => void, signal: AbortSignal): void {
    this.synth?.addEventListener('voiceschanged', listener, { signal });
  }

  setVoice(voice: SpeechSynthesisVoice | null): void {
    this.voice = voice;
    if (this.state === 'speaking') this.speak(this.queue.current());
  }

  setRate(rate: number): void {
    this.rate = rate;
    this.queue.setRate(rate);
    if (this.state === 'speaking') this.speak(this.queue.current());
  }

  /** Read the article from paragraph `index` (the start, a clicked paragraph). */
  playFrom(index: number): void {
    this.use(this.article, this.articleQueue);
    this.speak(this.queue.seek(index));
  }

  /** Read one passage on its own (a key quote); the article's place is kept for Play. */
  playPassage(passage: Reading): void {
    this.use({ ...passage, passage: true }, new SpeechQueue(passage.texts, this.rate));
    this.speak(this.queue.seek(0));
  }

  /** Play from where reading stopped (the current utterance again), or from the start. */
  resume(): void {
    if (this.reading.passage) this.use(this.article, this.articleQueue);
    this.speak(this.queue.current() ?? this.queue.seek(0));
  }

  pause(): void {
    // cancel, not speechSynthesis.pause(): Chromium on Linux never resumes a paused utterance, and a
    // paused one still counts toward its ~15 s cut. The current utterance is spoken again on resume.
    this.turn++;
    this.synth?.cancel();
    this.set('paused', this.elementAt(this.queue.current()));
  }

  next(): void {
    this.speak(this.queue.nextParagraph(), this.state !== 'speaking');
  }

  previous(): void {
    this.speak(this.queue.previousParagraph(), this.state !== 'speaking');
  }

  /** Say that nothing can be spoken here (the panel found no voice for the language). */
  unavailable(): void {
    this.set('no-voice', null);
  }

  stop(): void {
    this.turn++;
    this.synth?.cancel();
    this.set('idle', null);
  }

  private use(reading: Reading, queue: SpeechQueue): void {
    this.reading = reading;
    this.queue = queue;
  }

  private elementAt(utterance: Utterance | null): HTMLElement | null {
    return utterance ? (this.reading.elements[utterance.paragraph] ?? null) : null;
  }

  private set(state: SpeechState, element: HTMLElement | null): void {
    this.state = state;
    this.events.onState(state, element);
  }

  /** Speak `utterance` (or only move the highlight there, when `quietly`); null: the end was reached. */
  private speak(utterance: Utterance | null, quietly = false): void {
    const turn = ++this.turn;
    this.synth?.cancel();
    if (!utterance) {
      if (this.reading.passage) this.use(this.article, this.articleQueue);
      else this.articleQueue.seek(0);
      return this.set('idle', null);
    }
    if (quietly) return this.set('paused', this.elementAt(utterance));
    if (!this.synth) return this.set('no-voice', null);
    const { SpeechSynthesisUtterance: Spoken } = this.view as Window & { SpeechSynthesisUtterance: typeof SpeechSynthesisUtterance };
    const spoken = new Spoken(utterance.text);
    if (this.lang) spoken.lang = this.lang;
    if (this.voice) spoken.voice = this.voice;
    spoken.rate = this.rate;
    spoken.onend = () => {
      if (turn === this.turn) this.speak(this.queue.advance());
    };
    spoken.onerror = (event: SpeechSynthesisErrorEvent) => {
      // 'interrupted' and 'canceled' are our own cancel(): a newer turn has taken over.
      if (turn !== this.turn) return;
      this.turn++;
      if (event.error === 'not-allowed') this.set('blocked', this.elementAt(utterance));
      else if (NO_VOICE_ERRORS.has(event.error)) this.set('no-voice', null);
      else this.set('paused', this.elementAt(utterance));
    };
    this.set('speaking', this.elementAt(utterance));
    this.synth.speak(spoken);
  }
}
