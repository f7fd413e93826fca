/**
 * The content script's message handlers: one per message content.js answers, each checking its
 * payload's fields (the envelope check only vouches for the type) and resolving with plain data.
 */
import type { ContentMessages, Handlers } from '../lib/messages';
import { READER_ID } from '../reader/id';
import { currentSession } from './page-session';
import { revealQuote } from './quote-reveal';

type PageHandlers = Handlers<Omit<ContentMessages, 'reader/open' | 'reader/close'>>;

function requireBoolean(value: unknown, name: string): boolean {
  if (typeof value !== 'boolean') throw new Error(`${name} must be a boolean`);
  return value;
}

function requireText(value: unknown, name: string): string {
  if (typeof value !== 'string' || !value.trim() || value.length > 5000) throw new Error(`${name} must be a non-empty string`);
  return value;
}

export const handlers: PageHandlers = {
  'page/info': () => {
    // Asking is enough to end the session of an address the page has left (restoring its rails).
    currentSession();
    return { title: document.title, url: location.href };
  },

  'page/article': (payload) => {
    const force = requireBoolean(payload.force, 'force');
    // Extracting a half-parsed document would present a fragment as the article.
    if (document.readyState === 'loading') return { state: 'loading' };
    const session = currentSession();
    const detection = session.detection();
    // Too large comes first: "not an article" would be a guess on a page the core never read whole.
    if (!detection.isArticle && !force && !session.tooLarge()) return { state: 'not-article', detection };
    const reading = session.reading();
    const related = session.related();
    return { state: 'article', reading, relatedHidden: related.hidden, relatedItems: related.items };
  },

  'related/set': (payload) => {
    const related = currentSession().related();
    const hidden = related.set(requireBoolean(payload.hidden, 'hidden'));
    return { hidden, elements: related.elements.length };
  },

  'quote/reveal': (payload) => {
    const text = requireText(payload.text, 'text');
    const session = currentSession();
    const highlight = new AbortController();
    session.replace('highlight', highlight);
    return { found: revealQuote(document, text, highlight.signal, document.getElementById(READER_ID)) };
  },
};
