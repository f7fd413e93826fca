/** The Markdown view of an Article: the render layer's (the same as Copy as Markdown), in English. */

import type { Article } from '../core/types';
import { toMarkdown } from '../render/markdown';
import { articleView } from '../render/view';
import type { TextOptions } from './format-text';
import { CLI_STRINGS } from './strings';

/** `# Title`, `*source*`, paragraphs, `## Key quotes`, notes, and (on request) related links. */
export function formatMarkdown(a: Article, opts: TextOptions): string {
  return toMarkdown(articleView(a, CLI_STRINGS), CLI_STRINGS, { showRelated: opts.showRelated });
}
