/**
 * reveal.js: finding a key quote on the page, injected after content.js (in the same isolated world)
 * only when a quote is clicked. The search and the highlight are ~2 KB that most popup openings never
 * use, so they stay out of content.js, which every opening injects. It works on content.js's session,
 * so a new reveal, or the page leaving its address, ends the previous highlight.
 */
import { bridgedSession } from './session-bridge';
import { REVEAL_TYPES, type ContentMessages } from '../lib/messages';
import { listenFor, startOnce } from '../lib/native-runtime';
import { READER_ID } from '../reader/id';
import { revealQuote } from './quote-reveal';

function reveal(payload: unknown): ContentMessages['quote/reveal']['response'] {
  const text = (payload as { text?: unknown }).text;
  // The envelope check vouches for the type only: the text must be a real one, of a quote's size.
  if (typeof text !== 'string' || !text.trim() || text.length > 5000) throw new Error('text must be a non-empty string');
  const highlight = new AbortController();
  bridgedSession().replace('highlight', highlight);
  // Never inside our own reader: the quote is looked for in the page the reader covers.
  return { found: revealQuote(document, text, highlight.signal, document.getElementById(READER_ID)) };
}

startOnce(Symbol.for('news-declutter.reveal'), () => listenFor<ContentMessages>(REVEAL_TYPES, (_type, payload) => reveal(payload)));
