// PolNeAR (news attribution corpus) for the quotes bench: loading a split's articles with their gold
// direct quotes and sources, and scoring one article's predicted quotes against them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const QUOTE_START = /^(?:''|[“"'‘«„»‚‹「『])/u;
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it', 'his', 'her', 'him', 'them', 'himself', 'herself']);
const WEAK = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'in', 'on', 'to', 's', 'mr', 'mrs', 'ms', 'dr']);

/** An empty tally; `add` sums two. */
export function newTally() {
  return { predicted: 0, correct: 0, gold: 0, found: 0, gold8: 0, found8: 0, right: 0, wrong: 0, none: 0, pron: 0, pronGiven: 0 };
}

export function addTally(into, t) {
  for (const k of Object.keys(into)) into[k] += t[k];
}

/** Every article of `dir` (a split: text/*.txt and attributions/*.ann), in name order. */
export function loadArticles(dir) {
  const annDir = join(dir, 'attributions');
  const anns = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  return readdirSync(join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -4);
      // One annotator per article: the first file alphabetically.
      const ann = anns.find((x) => x.startsWith(`${id}_`) && !x.slice(id.length + 1, -4).includes('_'));
      return makeArticle(id, readFileSync(join(dir, 'text', f), 'utf8'), ann ? readFileSync(join(annDir, ann), 'utf8') : '');
    });
}

function makeArticle(id, text, ann) {
  const toUnit = codePointToUnit(text);
  const spans = new Map();
  const sourceOf = new Map();
  for (const line of ann.split('\n')) {
    const [tid, meta, body = ''] = line.split('\t');
    if (tid?.startsWith('T') && meta) {
      const [type, ...rest] = meta.split(' ');
      const ranges = rest.join(' ').split(';').map((r) => r.trim().split(/\s+/).map((n) => toUnit(Number(n))));
      spans.set(tid, { type, ranges, text: body });
    } else if (tid?.startsWith('E') && meta) {
      const parts = Object.fromEntries(meta.split(' ').map((p) => p.split(':')));
      if (parts.Content && parts.Source) sourceOf.set(parts.Content, parts.Source);
    }
  }
  const contents = [...spans.entries()].filter(([, s]) => s.type === 'Content').map(([tid, s]) => ({ ...s, tid }));
  const gold = contents
    .filter((c) => QUOTE_START.test(c.text))
    .map((c) => ({ ...c, source: spans.get(sourceOf.get(c.tid))?.text ?? null }));
  // Paragraphs are the non-empty lines; remember where each sits in the original text.
  const paragraphs = [];
  const origStarts = [];
  const joinedStarts = [];
  let joined = 0;
  for (const m of text.matchAll(/[^\n]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const p = m[0].trim();
    if (!p) continue;
    paragraphs.push(p);
    origStarts.push(m.index + lead);
    joinedStarts.push(joined);
    joined += p.length + 2;
  }
  const toOrig = (off) => {
    let i = joinedStarts.length - 1;
    while (i > 0 && joinedStarts[i] > off) i--;
    return origStarts[i] + (off - joinedStarts[i]);
  };
  return { id, text, paragraphs, title: paragraphs[0] ?? null, contents, gold, toOrig };
}

/**
 * Scores one article's quotes (offsets into its joined paragraphs). `show(kind, line)` receives
 * every case behind a figure: fp, miss, wrong, none, pron (pronoun-sourced, no speaker), pronok.
 */
export function scoreArticle(a, quotes, show = () => {}) {
  const t = newTally();
  const preds = quotes.map((q) => ({ ...q, s: a.toOrig(q.start), e: a.toOrig(q.end - 1) + 1 }));
  for (const p of preds) {
    t.predicted++;
    if (a.contents.some((c) => overlaps(c.ranges, p.s, p.e))) t.correct++;
    else show('fp', `${a.text.slice(p.s, p.e)}  [${p.speaker}]`);
  }
  for (const g of a.gold) {
    const words = g.text.split(/\s+/).filter(Boolean).length;
    t.gold++;
    if (words >= 8) t.gold8++;
    let best = null;
    let covered = 0;
    for (const p of preds) {
      const o = g.ranges.reduce((n, [s, e]) => n + Math.max(0, Math.min(e, p.e) - Math.max(s, p.s)), 0);
      covered += o;
      if (o > 0 && (!best || o > best.o)) best = { p, o };
    }
    const length = g.ranges.reduce((n, [s, e]) => n + e - s, 0);
    if (!best || covered / length < 0.5) {
      show('miss', g.text);
      continue;
    }
    t.found++;
    if (words >= 8) t.found8++;
    const src = g.source?.trim() ?? '';
    if (!src) continue;
    if (PRONOUNS.has(src.toLowerCase())) {
      t.pron++;
      if (best.p.speaker) {
        t.pronGiven++;
        show('pronok', `${best.p.speaker} ## ${context(a, best.p)}`);
      } else show('pron', `gold=${src} ## ${context(a, best.p)}`);
    } else if (/^\p{Lu}/u.test(src)) {
      // A named source: the speaker given must share a word with it ("Lee" for "President Lee").
      const said = `${best.p.speaker ?? ''} ${best.p.speakerMention ?? ''}`;
      if (!best.p.speaker) {
        t.none++;
        show('none', `gold=${src} ## ${context(a, best.p)}`);
      } else if (sharesWord(said, src)) {
        t.right++;
        show('right', `gold=${src} got=${best.p.speaker} (${best.p.speakerMention})`);
      } else {
        t.wrong++;
        show('wrong', `gold=${src} got=${best.p.speaker} (${best.p.speakerMention}) ## ${context(a, best.p)}`);
      }
    }
  }
  return t;
}

/** PolNeAR offsets count code points; JavaScript strings count UTF-16 units. */
function codePointToUnit(text) {
  if (!/[\uD800-\uDBFF]/.test(text)) return (n) => n;
  const map = [];
  let unit = 0;
  for (const ch of text) {
    map.push(unit);
    unit += ch.length;
  }
  map.push(unit);
  return (n) => map[n] ?? unit;
}

function overlaps(ranges, s, e) {
  return ranges.some(([a, b]) => a < e && s < b);
}

function sharesWord(a, b) {
  const words = (t) => new Set((t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !WEAK.has(w)));
  const wa = words(a);
  return [...words(b)].some((w) => wa.has(w));
}

function context(a, p) {
  return `${a.text.slice(Math.max(0, p.s - 150), p.s)}[[${a.text.slice(p.s, Math.min(p.e, p.s + 60))}…]]${a.text.slice(p.e, p.e + 120)}`;
}
