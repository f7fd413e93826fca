/**
 * The content script's message handlers: one per message content.js answers, each checking its
 * payload's fields (the envelope check only vouches for the type) and resolving with plain data.
 */
import type { ContentMessages, Handlers } from '../lib/messages';
import { currentSession } from './page-session';

/** reader.js answers the reader's messages, reveal.js a quote's reveal. */
type PageHandlers = Handlers<Omit<ContentMessages, 'reader/open' | 'reader/close' | 'quote/reveal'>>;

function requireBoolean(value: unknown, name: string): boolean {
  if (typeof value !== 'boolean') throw new Error(`${name} must be a boolean`);
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
};
