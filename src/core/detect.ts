import { isProbablyReaderable } from '@mozilla/readability';
import type { Detection } from './types';

/** BASELINE — to be replaced by the signal-based detector (issue 3). */
export function detect(doc: Document, _url: string | null): Detection {
  const readerable = isProbablyReaderable(doc);
  return { isArticle: readerable, isNews: false, score: readerable ? 1 : 0, signals: readerable ? ['readerable'] : [] };
}
