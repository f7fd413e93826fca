/** The plain-text view of an Article, for reading in a terminal: the render layer's, in English. */

import type { Article } from '../core/types';
import { toText } from '../render/text';
import { articleView } from '../render/view';
import { CLI_STRINGS } from './strings';

export interface TextOptions {
  showRelated: boolean;
}

/** Title, source line, paragraphs, key quotes, notes, and (on request) the related stories. */
export function formatText(a: Article, opts: TextOptions): string {
  return toText(articleView(a, CLI_STRINGS), CLI_STRINGS, { showRelated: opts.showRelated, relatedHint: '(--show-related lists them)' });
}
