/**
 * reveal.js: finding a key quote on the page, injected after content.js (in the same isolated world)
 * only when a quote is clicked. The search and the highlight are ~2 KB that most popup openings never
 * use, so they stay out of content.js, which every opening injects. It works on content.js's session,
 * so a new reveal, or the page leaving its address, ends the previous highlight.
 */
import type { PageSession } from './page-session';
import { SESSION_BRIDGE } from './session-bridge';
import { isEnvelope, REVEAL_TYPES, settle, type ContentMessages, type Result } from '../lib/messages';
import { fromThisExtension, listen, startOnce, type Sender } from '../lib/native-runtime';
import { READER_ID } from '../reader/id';
import { revealQuote } from './quote-reveal';

const scope = globalThis as typeof globalThis & { [SESSION_BRIDGE]?: () => PageSession };

function reveal(payload: unknown): ContentMessages['quote/reveal']['response'] {
  const text = (payload as { text?: unknown } | null)?.text;
  // The envelope check vouches for the type only: the text must be a real one, of a quote's size.
  if (typeof text !== 'string' || !text.trim() || text.length > 5000) throw new Error('text must be a non-empty string');
  const current = scope[SESSION_BRIDGE];
  if (!current) throw new Error('content.js is not on this page');
  const highlight = new AbortController();
  current().replace('highlight', highlight);
  // Never inside our own reader: the quote is looked for in the page the reader covers.
  return { found: revealQuote(document, text, highlight.signal, document.getElementById(READER_ID)) };
}

function handle(message: unknown, sender: Sender): Promise<Result<unknown>> | undefined {
  if (!fromThisExtension(sender) || !isEnvelope<ContentMessages>(message, REVEAL_TYPES)) return undefined;
  return settle(() => reveal((message as { payload: unknown }).payload));
}

startOnce(Symbol.for('news-declutter.reveal'), () => listen(handle));
