/**
 * UTF-8 read twice. A page whose text was once decoded as Latin-1 and saved again as UTF-8 shows "’" as
 * "â" and two invisible C1 control characters (U+0080–U+009F), and "é" as "Ã" and one: the reader sees
 * "Investorâs Guide". No text holds a C1 control on its own, so a string with one is repaired: each
 * run shaped like the Latin-1 reading of one UTF-8 sequence (a lead character and the continuation
 * characters its byte asks for) is read back as that sequence. A run that isn't valid UTF-8 stays.
 */
const C1 = /[\u0080-\u009f]/;
const SEQUENCE = /[\u00c2-\u00df][\u0080-\u00bf]|[\u00e0-\u00ef][\u0080-\u00bf]{2}|[\u00f0-\u00f4][\u0080-\u00bf]{3}/g;
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function repairMojibake(s: string): string {
  if (!C1.test(s)) return s;
  return s.replace(SEQUENCE, (run) => {
    try {
      return utf8.decode(Uint8Array.from(run, (c) => c.charCodeAt(0)));
    } catch {
      return run;
    }
  });
}
