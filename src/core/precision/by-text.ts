/**
 * The rules that judge a short leaf of the article by its text alone (boilerplate-rules.ts), with the
 * guards that keep them off data (lists, tables) and off pieces of a sentence.
 */
import { TEXT_RULES } from '../boilerplate-rules';
import { ruleFired, ruleOn } from '../rules';
import { closestTag, hasTextBeside, INLINE, inData, remove, textIn, type Pass } from './pass';

const TABLE = new Set(['table']);

/** Longest text any rule may take: longer leaves are body, and are never tested. */
const LONGEST_RULE = Math.max(...TEXT_RULES.map((r) => r.maxLength));

export function removeByText(pass: Pass, leaves: Element[]): void {
  for (const el of leaves) {
    if (!pass.root.contains(el)) continue;
    // Before reading the text: most inline leaves are pieces of a sentence, and their text is never needed.
    if (INLINE.has(el.localName) && hasTextBeside(pass, el)) continue;
    const text = textIn(pass, el);
    if (!text || text.length > LONGEST_RULE) continue;
    const rule = TEXT_RULES.find((r) => text.length <= r.maxLength && (!r.name || ruleOn(pass.rules, r.name)) && r.pattern.test(text));
    if (!rule) {
      // A lone date ("September 15, 2014", "02 Ago 2017") is page chrome, not a sentence.
      if (text.length <= 48 && DATE_LINE.test(text) && !inData(el)) remove(pass, el, { kind: 'boilerplate', reason: 'date line', text });
      continue;
    }
    if (rule.kind === 'credit' && !pass.news) continue;
    if (rule.reason === 'photo credit' && rule.maxLength === 80 && (!CREDIT_WORD.test(text) || inData(el))) continue;
    // "By Ana Ruiz" inside a list or a table is that item's author (a list of stories, a bibliography), not the page's byline.
    if (rule.reason === 'byline or timestamp line' && inData(el)) continue;
    // One word of chrome ("Comment", "Next") heading a table column is the table's data.
    if (rule.reason === 'page chrome' && closestTag(el, TABLE)) continue;
    if (rule.kind === 'disclaimer') pass.out.notes.push(text);
    if (rule.name) ruleFired(pass.rules, rule.name);
    remove(pass, el, { kind: rule.kind, reason: rule.reason, text });
  }
}

/**
 * Credits must name an agency or say "photo"/"images": "Alex Wong | Getty Images", not "Paris / London".
 * "File" counts only as a segment of its own ("Reuters/File"): "user/group/world file permissions" is prose.
 */
const CREDIT_WORD = /getty|images?|photo|reuters|\bap\b|afp|bloomberg|shutterstock|epa|(^|[|/]\s*)file\s*($|[|/])|pti|ians|xinhua|alamy|courtesy/i;

/** A line that is only a date, optionally with a time: "September 15, 2014", "02 Ago 2017, 10:15 am". */
const DATE_LINE = /^((published|updated|posted)\s*:?\s*)?((mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)[a-z]*\.?,?\s+)?(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d\d-\d\d|[\p{L}]{3,9}\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+[\p{L}]{3,9}\.?,?\s+\d{4})(,?\s*(at\s+)?\d{1,2}[:.]\d\d(\s*[ap]\.?m\.?)?(\s+[A-Z]{2,4})?)?\s*:?$/iu;

