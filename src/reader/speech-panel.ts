/**
 * The reader's read-aloud controls: Listen / Pause, previous and next paragraph, speed, and a voice
 * picker limited to the article's language; a line that says why when nothing can be spoken. The
 * paragraph being read is highlighted and kept in view; while reading (or paused) a click on a
 * paragraph reads from there; each key quote has its own button to hear it alone.
 */
import { speechLanguage } from '../core/lang-guess';
import type { Article } from '../core/types';
import { SPEECH_RATE } from '../lib/settings';
import { Speaker, type SpeechState } from './speech';

export interface SpeechStrings {
  group: string;
  listen: string;
  pause: string;
  resume: string;
  previous: string;
  next: string;
  rate: string;
  voice: string;
  readQuote: string;
  /** No voice at all, or synthesis failed. */
  noVoice: string;
  /** No voice for this language ($1: the language's name). */
  noVoiceFor(language: string): string;
  /** The browser wants a click on the page first. */
  blocked: string;
}

/** The speeds offered, in percent (0.75× to 2×). */
export const RATES = [75, 100, 125, 150, 175, 200].filter((r) => r >= SPEECH_RATE.min && r <= SPEECH_RATE.max);

/** espeak-ng through speech-dispatcher lists some 13,000 voices, hundreds of them per language; a
 * picker longer than this helps nobody. */
const MAX_VOICES = 150;

export interface SpeechPanel {
  element: HTMLElement;
  /** Start reading from the first paragraph (the popup's Listen button). */
  start(): void;
}

export interface PanelOptions {
  rate: number;
  onRate(rate: number): void;
  /** Reported on every change, for the host element's data attributes. */
  onState(state: SpeechState, paragraph: number): void;
  uiLanguage: string;
}

function control<K extends 'button' | 'select'>(doc: Document, tag: K, label: string, action: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (tag === 'button') (node as HTMLButtonElement).type = 'button';
  else node.setAttribute('aria-label', label);
  node.dataset.action = action;
  node.title = label;
  return node;
}

/** A symbol shown and words spoken (as the toolbar's buttons: WCAG 2.5.3, label in name). */
function showGlyph(doc: Document, node: HTMLElement, glyph: string, words: string, wordsVisible = false): void {
  const symbol = doc.createElement('span');
  symbol.setAttribute('aria-hidden', 'true');
  symbol.textContent = wordsVisible ? `${glyph} ` : glyph;
  const text = doc.createElement('span');
  if (!wordsVisible) text.className = 'visually-hidden';
  text.textContent = words;
  node.replaceChildren(symbol, text);
}

function languageName(lang: string, ui: string): string {
  try {
    return new Intl.DisplayNames([ui], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** Scroll `element` into the middle of `scroller` unless it is already wholly visible there. */
function keepInView(element: HTMLElement, scroller: HTMLElement, toolbar: HTMLElement): void {
  const box = element.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  const top = view.top + toolbar.getBoundingClientRect().height;
  if (box.top >= top && box.bottom <= view.bottom) return;
  scroller.scrollBy({ top: box.top - top - (view.bottom - top - box.height) / 2, behavior: 'smooth' });
}

/** Build the panel for `article`, whose paragraphs are shown in `paragraphs` and quotes in `quotes`. */
export function createSpeechPanel(doc: Document, article: Article, paragraphs: HTMLElement[], quotes: { element: HTMLElement; text: string }[], scroller: HTMLElement, toolbar: HTMLElement, strings: SpeechStrings, options: PanelOptions, signal: AbortSignal): SpeechPanel {
  const lang = speechLanguage(article.lang, `${article.title ?? ''}\n${article.paragraphs.slice(0, 3).join('\n')}`);
  const panel = doc.createElement('div');
  panel.className = 'group speech';
  panel.setAttribute('role', 'group');
  panel.setAttribute('aria-label', strings.group);
  const play = control(doc, 'button', strings.listen, 'listen');
  const previous = control(doc, 'button', strings.previous, 'previous');
  const next = control(doc, 'button', strings.next, 'next');
  showGlyph(doc, previous, '◀◀', strings.previous);
  showGlyph(doc, next, '▶▶', strings.next);
  const rate = control(doc, 'select', strings.rate, 'rate');
  for (const value of RATES) rate.append(new Option(`${value / 100}×`, String(value)));
  rate.value = String(RATES.includes(options.rate) ? options.rate : 100);
  const voice = control(doc, 'select', strings.voice, 'voice');
  voice.hidden = true;
  const status = doc.createElement('span');
  status.className = 'speech-status';
  status.setAttribute('role', 'status');
  panel.append(play, previous, next, rate, voice, status);

  let highlighted: HTMLElement | null = null;
  const speaker = new Speaker(doc.defaultView!, { texts: article.paragraphs, elements: paragraphs }, lang, Number(rate.value) / 100, {
    onState(state, element) {
      highlighted?.classList.remove('speaking');
      highlighted = element;
      element?.classList.add('speaking');
      if (element && state === 'speaking') keepInView(element, scroller, toolbar);
      const label = state === 'speaking' ? strings.pause : state === 'paused' ? strings.resume : strings.listen;
      showGlyph(doc, play, state === 'speaking' ? '‖' : '▶', label, true);
      play.title = label;
      play.setAttribute('aria-pressed', String(state === 'speaking'));
      // Voices installed but none for this language, or none at all (or synthesis failing): two sentences.
      const installed = (doc.defaultView as Window & { speechSynthesis?: SpeechSynthesis }).speechSynthesis?.getVoices().length ?? 0;
      if (state === 'no-voice') status.textContent = installed > 0 && lang ? strings.noVoiceFor(languageName(lang, options.uiLanguage)) : strings.noVoice;
      else if (state === 'blocked') status.textContent = strings.blocked;
      else status.textContent = '';
      options.onState(state, element ? paragraphs.indexOf(element) : -1);
    },
  }, signal);
  speaker.stop();

  // The voice list arrives late in Chromium, and changes when voices are installed: the picker follows
  // it, keeping the chosen voice where it is still offered.
  let offered: SpeechSynthesisVoice[] = [];
  const fillVoices = (): void => {
    const chosen = offered[Number(voice.value)]?.voiceURI;
    offered = speaker.voices().slice(0, MAX_VOICES);
    voice.replaceChildren(...offered.map((v, i) => new Option(v.name, String(i))));
    const keep = Math.max(0, offered.findIndex((v) => v.voiceURI === chosen));
    voice.value = String(keep);
    voice.hidden = offered.length < 2;
    speaker.setVoice(offered[keep] ?? null);
  };
  fillVoices();
  speaker.onVoicesChanged(fillVoices, signal);
  voice.addEventListener('change', () => speaker.setVoice(offered[Number(voice.value)] ?? null), { signal });

  /** Start, unless the machine plainly has no voice for this language: then say so instead. */
  const begin = (go: () => void): void => {
    void speaker.voicesListed(signal).then(() => {
      if (signal.aborted) return;
      if (!offered.length) fillVoices();
      // No voice listed at all: try anyway (an engine may list none yet speak); speak() failing at once
      // with 'synthesis-failed' lands on the no-voice state. Voices, but none for this language: say so.
      if (!offered.length && speaker.anyVoice()) return speaker.unavailable();
      go();
    });
  };

  play.addEventListener('click', () => {
    if (speaker.state === 'speaking') speaker.pause();
    else begin(() => (speaker.state === 'paused' || speaker.state === 'blocked' ? speaker.resume() : speaker.playFrom(0)));
  }, { signal });
  previous.addEventListener('click', () => speaker.previous(), { signal });
  next.addEventListener('click', () => speaker.next(), { signal });
  rate.addEventListener('change', () => {
    speaker.setRate(Number(rate.value) / 100);
    options.onRate(Number(rate.value));
  }, { signal });
  // Once reading has begun, a click on a paragraph reads from there; a click that ends a text
  // selection is the reader selecting, not asking.
  for (const [index, paragraph] of paragraphs.entries()) {
    paragraph.addEventListener('click', () => {
      if (speaker.state === 'idle' || speaker.state === 'no-voice' || !doc.getSelection()?.isCollapsed) return;
      begin(() => speaker.playFrom(index));
    }, { signal });
  }
  for (const quote of quotes) {
    const button = control(doc, 'button', strings.readQuote, 'read-quote');
    button.className = 'read-quote';
    showGlyph(doc, button, '▶', strings.readQuote);
    button.addEventListener('click', () => begin(() => speaker.playPassage({ texts: [quote.text], elements: [quote.element] })), { signal });
    quote.element.prepend(button);
  }
  return { element: panel, start: () => begin(() => speaker.playFrom(0)) };
}
