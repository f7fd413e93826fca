/**
 * The words that head a related-stories rail, in the languages we read, plus a tolerant match for
 * misspellings of "related" ("Realted", "Releated") that real portals ship.
 */

// One string, split once: a label costs its text and a bar, not quotes and a comma (this is in
// content.js, whose bytes every page that opens the popup pays).
const LABELS = (
  // English
  'related|also read|read also|see also|more from|more stories|more news|more on this'
  + '|more in|more like this|recommended|recommendations|trending|you may also like'
  + '|you might also like|you may like|you might like|you may have missed|don\'t miss|dont miss'
  + '|must read|most read|most popular|most viewed|popular stories|popular now|top stories'
  + '|latest stories|latest news|further reading|read next|read more|up next|what to read next'
  + '|editor\'s picks|editors picks|other stories|similar stories|in case you missed it'
  + '|around the web|from the web|sponsored stories|promoted stories|keep reading'
  // Korean, Japanese, Chinese
  + '|관련 기사|관련기사|관련 뉴스|관련뉴스|추천 기사|많이 본 뉴스|인기 기사'
  + '|関連記事|関連ニュース|おすすめ記事|あわせて読みたい|注目記事|アクセスランキング'
  + '|相关新闻|相關新聞|相关阅读|相關閱讀|相关文章|推荐阅读|延伸閱讀|热门新闻'
  // Hindi and other Indian-language portals
  + '|संबंधित खबरें|संबंधित ख़बरें|संबंधित|ये भी पढ़ें|यह भी पढ़ें|और पढ़ें|ताज़ा खबरें'
  // European languages
  + '|à lire aussi|a lire aussi|lire aussi|sur le même sujet|sur le meme sujet|à lire également'
  + '|lesen sie auch|mehr zum thema|auch interessant|das könnte sie auch interessieren|weitere artikel'
  + '|leer más|leer mas|lee también|lea también|te puede interesar|noticias relacionadas|más noticias'
  + '|leia também|leia mais|veja também|notícias relacionadas|saiba mais'
  + '|leggi anche|potrebbe interessarti|articoli correlati|lees ook|meer over'
  + '|читайте также|похожие новости|похожие статьи|самые популярные|по теме|czytaj także|czytaj też|läs också|les også|læs også'
).split('|');

/** Chinese/Japanese labels: those scripts have no word spaces, so they are matched as substrings. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;
const CJK_LABELS = LABELS.filter((l) => CJK.test(l));
/** Every other label, indexed by its first word, so a text is checked only against labels that can start at each of its words. */
const BY_FIRST_WORD = new Map<string, string[]>();
for (const label of LABELS.filter((l) => !CJK.test(l))) {
  const first = label.split(' ')[0]!;
  BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), label]);
}
/** Separators between words of a heading ("Related Stories:", "More | News"). */
const WORD_SPLIT = /[\s:：|>»·•,.…!?()[\]\-–—]+/;

/**
 * A necessary condition for a match, as one precompiled pattern: some label's words in a row, or a word
 * that could be a misspelt "related" (six to eight letters starting with r). Most short texts on a page
 * ("Home", "12 comments", a name) fail it at once, and only the texts it lets through are split into words.
 */
const SEPARATOR = WORD_SPLIT.source.slice(0, -1);
const NOT_SEPARATOR = `[^${SEPARATOR.slice(1)}`;
const CANDIDATE = new RegExp(
  `(?:^|${SEPARATOR})(?:${[...BY_FIRST_WORD.values()].flat().map((l) => l.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(`${SEPARATOR}+`)).join('|')}|r${NOT_SEPARATOR}{5,7})(?=${SEPARATOR}|$)`,
);

/** Damerau–Levenshtein distance ≤ 1 check, enough to catch one typo or one swapped pair. */
function nearlyEqual(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const rest = (x: number, y: number): boolean => a.slice(x) === b.slice(y);
  return rest(i + 1, i + 1) || rest(i + 1, i) || rest(i, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(i + 2, i + 2));
}

/** Max length of a heading we treat as a label; longer text is content, not a rail's title. */
export const MAX_LABEL_LENGTH = 60;

/**
 * Labels that head cross-references in reference works (encyclopedias, manuals, papers) as often as
 * rails of stories on news sites: under them a list of topic names ("Vector space", "Hermitian form") is
 * content, so a rail they head must show that it lists stories (see related.ts).
 */
const REFERENCE_LABELS = new Set(['see also', 'further reading']);

/** 0: not a label; 1: only a reference label; 2: a label of related stories. */
function labelStrength(text: string): 0 | 1 | 2 {
  const s = text.trim().toLowerCase();
  if (!s || s.length > MAX_LABEL_LENGTH) return 0;
  if (CJK.test(s) && CJK_LABELS.some((l) => s.includes(l))) return 2;
  if (!CANDIDATE.test(s)) return 0;
  // Labels are matched word-aligned: "Related Stories" and "International Realted Stories" hit,
  // "unrelated" does not.
  const words = s.split(WORD_SPLIT).filter(Boolean);
  // A heading is a few words; a longer text that uses "related" is a sentence ("the court related…").
  if (words.length > 6 || /[^.][.!?]$/.test(s)) return 0;
  let found: 0 | 1 = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const labels = BY_FIRST_WORD.get(w);
    if (labels) {
      const tail = words.slice(i).join(' ');
      for (const l of labels) {
        if (tail !== l && !tail.startsWith(l + ' ')) continue;
        if (!REFERENCE_LABELS.has(l)) return 2;
        found = 1;
      }
    }
    if (w.length >= 6 && w.length <= 8 && w[0] === 'r' && nearlyEqual(w, 'related')) return 2;
  }
  return found;
}

/** True when a short text reads like the heading of a related-stories rail. */
export function isRelatedLabel(text: string): boolean {
  return labelStrength(text) > 0;
}

/** True when a label is only a reference-work one ("See also", "Further reading"); see REFERENCE_LABELS. */
export function isReferenceLabel(text: string): boolean {
  return labelStrength(text) === 1;
}

/** Labels that introduce a single inline link inside the body ("Also read: …"). Matched on normalised
 * text (one plain space between words), so a space is written as one. */
export const INLINE_LINK_LABEL = /^(also read|read also|also see|see also|read more|must read|related|read|also watch|watch|don'?t miss|lire aussi|à lire aussi|lesen sie auch|leer más|leia também|leggi anche|ये भी पढ़ें|यह भी पढ़ें|관련\s*기사|関連記事)\s*[:：|>»\-–—]/iu;

/** Class/id names of related and recommendation widgets (including third-party ones). */
export const RELATED_NAME = /(^|[\s_-])(related|relatedstories|related-?(news|posts|articles|links|content)|recommend\w*|more-?(stories|news|from|articles)|also-?read|read-?also|read-?more|trending|most-?(read|popular|viewed)|popular-?(posts|stories)|you-?may-?(also-?)?like|outbrain|taboola|ob-widget|zergnet|mgid|revcontent|next-?(article|story|stories))([\s_-]|$)/i;
