/**
 * The vocabulary of attribution, compiled once: speech verbs, pronouns, titles, and the shapes
 * of a speaker (a name, a pronoun, a noun phrase). Several languages, English first.
 */

const VERBS_EN =
  'said|says|say|added|adds|told|tells|wrote|writes|asked|asks|explained|explains|continued|noted|notes|stated|' +
  'tweeted|declared|insisted|insists|argued|argues|recalled|recalls|replied|responded|warned|warns|claimed|' +
  'suggested|remarked|quipped|conceded|acknowledged|admitted|announced|emphasized|emphasised|stressed|observed|' +
  'joked|shouted|yelled|cried|urged|predicted|maintained|contended|complained|countered|exclaimed|boasted|' +
  'promised|pointed out|points out|went on|goes on|recounted|concluded|cautioned|reiterated|lamented|mused|' +
  'posted|vowed|pledged|charged|opined|agreed|offered|testified|confirmed|alleged|objected|chimed in|retorted|' +
  'snapped|thundered|proclaimed|added later|answered|interjected|bragged|scoffed|shot back|fired back|' +
  'asserted|wondered|emailed|pleaded|demanded|laughed|summed up|put it|elaborated|chided|mocked|taunted|gloated|' +
  'cracked|griped|protested|sneered|marveled|marvelled|reminded|pressed|ventured|reported|barked|growled|' +
  // Present tenses that are not also plural nouns ("states", "claims", "reports" are left out).
  'concludes|continues|recalls|insists|admits|acknowledges|suggests|responds|replies|declares|observes|' +
  'predicts|concedes|boasts|complains|laments|cautions|' +
  // Verbs of manner that, next to a quote, report speech: "… ,” Toomey fumed.
  'fumed|assured|questioned|reacted|exhorted|remembered|agrees|answers|recounts|wondered aloud|scolded|' +
  'explained|countered|clarified|elaborated|advised|acknowledged|noted';
/** Participles that hand a quote to the subject of their sentence ("Clinton …, telling the crowd, …"). */
export const PARTICIPLE =
  '(?:saying|telling|writing|adding|noting|arguing|asking|explaining|insisting|warning|declaring|tweeting|stating|' +
  'responding|replying|joking|quipping|recalling|urging|concluding|continuing|posting|yelling|shouting|exclaiming|' +
  'pointing out|complaining|boasting|promising|vowing|announcing|acknowledging|admitting|predicting|remarking|' +
  'cautioning|lamenting|suggesting|claiming|charging|declaring|proclaiming|stressing|emphasizing|emphasising|' +
  'condemning|calling|describing|citing|praising|blasting|to say|to add|to tell|to ask)';
const VERBS_FR =
  'a déclaré|a dit|a affirmé|a ajouté|a expliqué|a souligné|a estimé|a indiqué|a assuré|a précisé|a lancé|' +
  'a averti|a insisté|déclare|affirme|ajoute|explique|souligne|estime|indique|assure|précise|lance';
const VERBS_DE = 'sagte|sagt|erklärte|erklärt|betonte|betont|meinte|meint|schrieb|schreibt|warnte|fügte hinzu|so';
const VERBS_PL =
  'powiedział|powiedziała|powiedzieli|dodał|dodała|stwierdził|stwierdziła|podkreślił|podkreśliła|mówił|mówiła|' +
  'napisał|napisała|zaznaczył|zaznaczyła|ocenił|oceniła';
const VERBS_ES =
  'dijo|afirmó|declaró|señaló|explicó|añadió|aseguró|agregó|indicó|sostuvo|comentó|advirtió|insistió|subrayó|' +
  'destacó|manifestó|expresó|apuntó|recalcó|escribió';
const VERBS_SV = 'sa|sade|säger|skriver|skrev|menar|tillade|betonade|sager|sanoi|sanoo|kirjoitti';

/** Any speech verb (longest alternatives first is not needed: each is followed by a word boundary). */
export const VERB = `(?:${VERBS_EN}|${VERBS_FR}|${VERBS_DE}|${VERBS_PL}|${VERBS_ES}|${VERBS_SV})`;
/** Auxiliaries and adverbs that may stand between a speaker and the verb ("has also said"). */
export const AUX_WORDS =
  'has|had|have|would|will|also|later|then|further|previously|once|recently|simply|just|again|quickly|flatly|repeatedly';
export const AUX = `(?:(?:${AUX_WORDS})\\s+)*`;

/** Pronouns that can stand for a speaker, by gender where the word shows it. */
export const PRONOUN_GENDER: Readonly<Record<string, 'm' | 'f' | 'p' | null>> = {
  he: 'm', she: 'f', they: 'p', il: 'm', elle: 'f', ils: 'p', elles: 'p', er: 'm', sie: null,
  han: 'm', hon: 'f', on: 'm', ona: 'f', oni: 'p', hän: null,
  // Korean and Japanese topics (그는, 彼は): found by the CJK patterns, not by PRONOUN.
  그: 'm', 그녀: 'f', 彼: 'm', 彼女: 'f', 同氏: null,
};
/** Pronouns, lower-case or capitalised at a sentence start. */
export const PRONOUN = `(?:${Object.keys(PRONOUN_GENDER)
  .filter((p) => /^\p{Script=Latin}/u.test(p))
  .flatMap((p) => [p, p[0]!.toUpperCase() + p.slice(1)])
  .join('|')})`;

/** Titles stripped from names, and the gender some of them show. */
export const TITLE_GENDER: Readonly<Record<string, 'm' | 'f'>> = {
  mr: 'm', 'mr.': 'm', monsieur: 'm', m: 'm', 'm.': 'm', herr: 'm', pan: 'm', sir: 'm', lord: 'm', king: 'm',
  mrs: 'f', 'mrs.': 'f', ms: 'f', 'ms.': 'f', miss: 'f', mme: 'f', madame: 'f', frau: 'f', pani: 'f', lady: 'f',
  queen: 'f', dame: 'f',
};
const TITLES =
  'president|vice president|prime minister|minister|secretary|chancellor|sen|sen\\.|senator|rep|rep\\.|' +
  'representative|gov|gov\\.|governor|dr|dr\\.|prof|prof\\.|professor|gen|gen\\.|general|judge|justice|mayor|' +
  'chairman|chairwoman|chair|ceo|director|ambassador|speaker|leader|commissioner|spokesman|spokeswoman|' +
  'spokesperson|attorney general|candidate|nominee|pope|rev|rev\\.|reverend|lt|col|capt|sgt|st|' +
  'premier|präsident|präsidentin|bundeskanzler|kanzler|kanzlerin|ministerin|président|présidente|ministre|' +
  'premier ministre|premiärminister|statsminister|prezydent|premier|minister|rzecznik|bürgermeister';
/** Matches one title word (lower-cased input), including the gendered ones. */
export const TITLE_WORD_RE = new RegExp(`^(?:${TITLES}|${Object.keys(TITLE_GENDER).map(escape).join('|')})$`, 'i');

/** One capitalised name word: "Lee", "O'Brien", "Jean-Marc", "McInturff", "J.", "Sen.". */
// Only short words keep a period (Mr., Sen., J.): "Clinton. Back in 1999" is two sentences.
const NAME_WORD = "(?:\\p{Lu}\\p{Ll}{0,3}\\.|\\p{Lu}[\\p{L}\\p{M}'’\\-]*)";
const PARTICLE = '(?:de|da|del|der|den|van|von|bin|al|la|le|di|du|dos|y|ibn|zu)';
/** A run of capitalised words, allowing particles inside ("Ursula von der Leyen"). */
export const NAME = `${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)*${NAME_WORD})*`;
/** Bare plural speakers that need no article ("officials said"). */
export const BARE_GROUP =
  '(?:officials|sources|analysts|experts|critics|aides|supporters|protesters|police|investigators|prosecutors|' +
  'witnesses|residents|organizers|organisers|lawmakers|advisers|advisors|economists|observers|diplomats|' +
  'authorities|researchers|scientists|doctors|officers|leaders|activists|voters|members|insiders|people)';
/** "according to" and its cousins in other languages. */
export const ACCORDING = '(?:according to|selon|laut|według|enligt|ifølge|volgens|secondo|según)';

/** Capitalised words that start sentences but are not names. */
export const NOT_NAME_RE =
  /^(?:The|A|An|But|And|Or|So|Yet|In|On|At|For|If|When|While|After|Before|As|Neither|Either|Both|Even|Only|Just|Like|Unlike|Despite|Although|Though|Because|Since|Until|Under|With|Without|From|By|Of|To|Through|Among|Not|Asked|Told|Said|Says|Added|Wrote|Stated|Explained|Continued|Replied|Responded|During|Following|Amid|Throughout|Earlier|Later|Last|Next|Speaking|Addressing|Writing|According|This|That|These|Those|It|Its|There|Here|We|I|You|They|He|She|His|Her|Their|Our|My|Your|Now|Then|Still|Also|However|Meanwhile|Asked|Speaking|What|Who|Whom|Where|Why|How|Which|Whose|More|Most|Such|Every|Each|All|No|Today|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Le|La|Les|Der|Die|Das|Ein|Eine|Och|Men|Det|Den)$/;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
