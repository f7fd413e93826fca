/**
 * UTF-8 read twice. A page whose text was once decoded as a single-byte encoding and saved again as
 * UTF-8 shows each non-ASCII character as two to four: the reader sees "Investorâs Guide" or
 * "Investorâ€™s Guide". Two such readings are common, and each leaves a mark no real text holds:
 * - Latin-1 turns the bytes 0x80–0x9F into invisible C1 controls (U+0080–U+009F): "’" becomes "â" and two
 *   of them. No text holds a C1 control on its own.
 * - Windows-1252 turns them into punctuation and letters ("€", "™", "œ"): "’" becomes "â€™", "—" "â€”".
 *   Every quote mark, dash and ellipsis (U+2010–U+203F) starts with the bytes E2 80, read as "â€", and
 *   no language writes "â" before "€".
 * A string with either mark is repaired: each run shaped like such a reading of one UTF-8 sequence (a
 * lead character and the continuation characters its byte asks for) is read back as that sequence. A
 * run that isn't valid UTF-8 stays, so "São Paulo" or "Ã la carte" beside a repaired run are kept.
 */
const MARK = /[\u0080-\u009f]|\u00e2\u20ac/;
/**
 * A no-break space read either way is "Â" and the space itself ("saysÂ Carrie Song", "online.Â "), and
 * is common on pages with no other mark. A capital Â glued to the end of a lower-case word, a number or
 * a punctuation mark, before a space, is that: no language ends a word so. The space stays.
 */
const NBSP_READ = /(?<=[\p{Ll}\p{N}\p{P}])\u00c2(?=\s|$)/gu;
/** Windows-1252's characters for the bytes 0x80–0x9F (its five unassigned bytes read as the C1 control itself). */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
/** A continuation byte (0x80–0xBF) in either reading. */
const CONT = `[\\u0080-\\u00bf${HIGH}]`;
const SEQUENCE = new RegExp(`[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3}`, 'g');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The byte a character of either reading stands for. */
function byteOf(c: string): number {
  const high = HIGH.indexOf(c);
  return high >= 0 ? 0x80 + high : c.charCodeAt(0);
}

export function repairMojibake(s: string): string {
  if (s.includes('\u00c2')) s = s.replace(NBSP_READ, '');
  if (!MARK.test(s)) return s;
  return s.replace(SEQUENCE, (run) => {
    try {
      return utf8.decode(Uint8Array.from(run, byteOf));
    } catch {
      return run;
    }
  });
}
