/**
 * Attribution in Japanese, Korean and Chinese, where the verb comes after the quote and the
 * speaker is the topic at the start of the sentence (岸田首相は「…」と述べた / 이 대통령은 "…"라고
 * 말했다), or the speaker and a colon come before it (发言人毛宁说："…").
 */
import type { Mention } from './subject';

const JA_TITLES = '首相|大統領|氏|さん|長官|議員|外相|社長|代表|知事|市長|会長|大臣|官房長官|報道官';
const KO_TITLES = '대통령|총리|장관|대변인|의원|위원장|대표|씨|총재|시장|지사|교수|대사|회장|사장|청장|국장';
const ZH_TITLES = '总统|主席|总理|首相|部长|发言人|外长|大使|总书记|市长|省长';

const TITLES_ANY = `(?:${JA_TITLES}|${ZH_TITLES}|氏|さん)`;

// 「…」と述べた / 」と語った / 」と、…強調した
const JA_CUE_RE = /^と[、,]?[^。「」]{0,24}?(?:述べ|語っ|語り|話し|言っ|強調し|説明し|明かし|指摘し|訴え|表明し|答え|評価し|批判し|強調)/u;
const JA_AFTER_SPEAKER_RE = new RegExp(`^と[、,]?(\\p{Script=Han}{1,6}?)(?:${JA_TITLES})?(?:は|が)`, 'u');
const JA_TOPIC_RE = new RegExp(`^\\s*(?:[^。「」]{0,24}?の)?(\\p{Script=Han}[\\p{Script=Han}\\p{Script=Katakana}ー・]{0,7}?)(?:${JA_TITLES})?(?:は|が)`, 'u');
// "…"라고 말했다 / 밝혔다 / 강조했다
const KO_CUE_RE = /^\s*(?:이?라고|고)\s*(?:\S+\s+){0,2}?(?:말했|밝혔|강조했|설명했|덧붙였|전했|주장했|언급했)/u;
// The topic: a pronoun (그는, 그녀는), a surname and a title standing for a person named before
// (이 대통령은), or a name with or without its title (이재명 대통령은, 김민준은).
const KO_TOPIC_RE = new RegExp(
  `^\\s*(?:\\S+\\s+){0,2}?(?:(그녀|그)|(\\p{Script=Hangul})\\s+(${KO_TITLES})|(\\p{Script=Hangul}{2,4}?)\\s*(?:${KO_TITLES})?)(?:은|는|이|가)(?=\\s)`,
  'u',
);
const KO_TITLE_ONLY_RE = new RegExp(`^(?:${KO_TITLES})$`, 'u');
// 彼は, 彼女は, and 同氏は ("the said person"), which Japanese news uses for the last person named.
const JA_PRONOUN_RE = /^(?:彼女|彼|同氏)$/u;
const JA_TITLE_ONLY_RE = new RegExp(`^(?:${JA_TITLES})$`, 'u');
// 总统李在明说："…" — a title before the name keeps the name from swallowing the words before it.
const ZH_COLON_RE = new RegExp(`(?:${ZH_TITLES})(\\p{Script=Han}{2,3}?)(?:先生|女士)?(?:说|表示|指出|强调|称)[：:，,]?\\s*$`, 'u');
const ZH_START_COLON_RE = /^\s*(\p{Script=Han}{2,3})(?:说|表示|指出|强调|称)[：:]\s*$/u;

/** A speaker named by a CJK cue after the quote (and the topic of its sentence). */
export function cjkAfter(post: string, postStart: number, pre: string, preStart: number, text: string): Mention | null {
  if (JA_CUE_RE.test(post)) {
    const after = JA_AFTER_SPEAKER_RE.exec(post);
    if (after) return mention(after[1]!, postStart + post.indexOf(after[1]!, 1));
    const topic = JA_TOPIC_RE.exec(pre);
    if (!topic || JA_TITLE_ONLY_RE.test(topic[1]!)) return null;
    const at = preStart + pre.indexOf(topic[1]!);
    const word = topic[1] === '同' && /同氏[はが]$/u.test(topic[0]) ? '同氏' : topic[1]!;
    return JA_PRONOUN_RE.test(word) ? { text: word, pos: at, kind: 'pronoun' } : mention(word, at);
  }
  if (KO_CUE_RE.test(post)) {
    const topic = KO_TOPIC_RE.exec(pre);
    if (!topic) return null;
    const [, pronoun, surname, title, name] = topic;
    const at = preStart + topic.index + topic[0].length - 1;
    if (pronoun) return { text: pronoun, pos: at, kind: 'pronoun' };
    if (surname && title) {
      // 이 대통령 → 이재명, from 이재명 대통령 earlier in the text; without it, nobody.
      const full = new RegExp(`(${surname}\\p{Script=Hangul}{1,3})\\s*${title}`, 'u').exec(text.slice(0, at));
      return full ? mention(full[1]!, at) : null;
    }
    if (name && !KO_TITLE_ONLY_RE.test(name)) return mention(name, preStart + pre.indexOf(name));
  }
  return null;
}

/** A speaker named before the quote in Chinese style: 毛宁说："…". */
export function cjkBefore(pre: string, preStart: number): Mention | null {
  const m = ZH_COLON_RE.exec(pre) ?? ZH_START_COLON_RE.exec(pre);
  return m ? mention(m[1]!, preStart + pre.lastIndexOf(m[1]!)) : null;
}

/**
 * Expands a Japanese or Chinese surname to the full name written earlier with a title or
 * particle after it: 山田 → 山田太郎 (from 山田太郎市長は…). Korean names are written in full.
 */
export function expandCjk(name: string, text: string, pos: number): string {
  if (!/^\p{Script=Han}{1,3}$/u.test(name)) return name;
  const before = text.slice(0, Math.max(0, pos));
  const m = new RegExp(`${name}(?!${TITLES_ANY})(\\p{Script=Han}{1,2}?)(?=${TITLES_ANY}|は|が|、)`, 'u').exec(before);
  return m ? name + m[1]! : name;
}

function mention(text: string, pos: number): Mention {
  return { text, pos, kind: 'name' };
}
