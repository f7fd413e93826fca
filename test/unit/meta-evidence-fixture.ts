// Evidence for chooseMetadata as gatherMeta would hand it over, empty but for what a test sets: the
// source-line rule tests state only the evidence their class of page shows.
import type { MetaEvidence } from '../../src/core/meta-evidence';

export function evidence(o: Partial<MetaEvidence>): MetaEvidence {
  return { url: null, ldScripts: [], meta: {}, docTitle: null, headings: [], credits: [], lateCredits: [], times: [], updated: [], dateTexts: [], headDates: [], creditDates: [], lang: null, readability: null, ...o };
}
