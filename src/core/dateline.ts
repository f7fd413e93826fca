/** Recognises wire-story datelines and news-agency bylines, both strong "this is news" signals. */

/**
 * "Nara, Jan 13", "NEW DELHI, March 3 (PTI)", "WASHINGTON (Reuters) -", "LONDON —": a place in capitals
 * (up to four words, then up to two ", Region" parts) followed by a month and day, or by an agency in
 * brackets and a dash; or a place in block capitals and a dash. A literal, not built from parts: it
 * ships in auto.js, where every byte counts. A place that opens with A–Z is written in Latin letters,
 * so its letters are Latin ones (accented too: "São Paulo", "MÜNCHEN"), not \p{L}: compiling the
 * whole Unicode letter class cost more than the rest of the check, on every page auto.js runs on. No
 * `u` flag either: with every class of single BMP characters it matches the same, and compiles in half the time.
 */
const DATELINE =
  /^(?:[A-Z][A-Za-zÀ-ɏḀ-ỿ.'’-]+(?:\s[A-Z][A-Za-zÀ-ɏḀ-ỿ.'’-]+){0,3}(?:,\s*[A-Z][A-Za-zÀ-ɏḀ-ỿ.]+){0,2}(?:,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b(?:\s*\([A-Z]{2,}\))?|\s*\((?:Reuters|AP|AFP|PTI|IANS|ANI|UPI|dpa|Xinhua|Yonhap|Bloomberg)\)\s*[-–—:])|[A-Z]{3,}(?:[ ,/][A-Z]{2,})*\s*[-–—:]\s)/;

/** Wire agencies whose name alone as a byline marks an agency story. */
export const AGENCIES = /\b(IANS|PTI|ANI|Reuters|AFP|Associated Press|AP|UNI|Xinhua|Yonhap|Kyodo|Bloomberg|dpa|EFE|ANSA|Press Association|Agence France-Presse|TNN|Bernama|Anadolu)\b/;

/** True when a paragraph opens with a dateline. */
export function hasDateline(paragraph: string): boolean {
  return DATELINE.test(paragraph.slice(0, 120));
}

/** True when a byline names a wire agency ("By IANS", "Reuters", "(AP)"). */
export function isAgencyByline(byline: string): boolean {
  const s = byline.replace(/^\s*by\s+/i, '').slice(0, 80);
  return AGENCIES.test(s);
}
