/** The cut-off teaser a portal shows above the body, repeating the lede. */
import { endsWithEllipsis, normalizeSpace } from '../text';
import { remove, textIn, type Pass } from './pass';

const TEASER_WINDOW = 6;

/**
 * The cut-off teaser a portal shows above the body ("Nara, Jan 13 South Korean President … that ...")
 * repeats the lede: it ends with an ellipsis and is a prefix of a later paragraph.
 */
export function removeTeasers(pass: Pass, leaves: Element[]): void {
  const paras = leaves.filter((el) => pass.root.contains(el));
  // Teasers sit above the body, so only the first few paragraphs are candidates.
  for (let i = 0; i < Math.min(paras.length, TEASER_WINDOW); i++) {
    const text = textIn(pass, paras[i]!);
    if (text.length < 30 || !endsWithEllipsis(text)) continue;
    const stem = normalizeSpace(text.replace(/(\.\.\.|…|\[…\]|\[\.\.\.\])\s*$/, ''));
    // The full paragraph must go on well past the teaser; an author's own "…" repeated is not a teaser.
    // The later texts are read only now, for the rare candidate.
    const repeated = paras.slice(i + 1).some((p) => {
      const t = textIn(pass, p);
      return t.length >= stem.length + 20 && t.startsWith(stem);
    });
    if (repeated) remove(pass, paras[i]!, { kind: 'teaser', reason: 'truncated teaser repeating a later paragraph', text });
  }
}

