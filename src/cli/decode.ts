/** Turns the bytes of an input into text, refusing what is not text at all. */

import { InputError } from './input-error';

/**
 * Decodes a page's bytes. Order of trust: a byte-order mark, then a charset the server declared,
 * then valid UTF-8, then a `<meta charset>` in the first few KB, then windows-1252 (what browsers
 * fall back to for legacy Western pages).
 * @throws InputError for empty or binary input.
 */
export function decodePage(bytes: Uint8Array, declaredCharset: string | null = null): string {
  if (bytes.length === 0 || isBlank(bytes)) throw new InputError('empty input');
  if (looksBinary(bytes)) throw new InputError('binary input, not text or HTML');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith('utf-8', bytes.subarray(3))!;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2))!;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2))!;
  const declared = declaredCharset ? decodeWith(declaredCharset, bytes) : null;
  if (declared !== null) return declared;
  const utf8 = decodeWith('utf-8', bytes, true);
  if (utf8 !== null) return utf8;
  const sniffed = sniffMetaCharset(bytes);
  return (sniffed && decodeWith(sniffed, bytes)) ?? decodeWith('windows-1252', bytes)!;
}

/**
 * Binary files hold NUL bytes or many control characters; text and HTML in any 8-bit or UTF-8
 * encoding hold neither. Only the head is checked, which is where file formats show themselves.
 * (UTF-16 without a BOM would trip this; it is vanishingly rare on the web.)
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 65536);
  if (head[0] === 0xff && (head[1] === 0xfe || head[1] === 0xff) || head[0] === 0xfe && head[1] === 0xff) return false;
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control > head.length * 0.05;
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
  return true;
}

// WHATWG maps these labels to windows-1252, as browsers do.
const WINDOWS_1252_LABELS = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'cp819', 'ibm819', 'iso-ir-100']);
// Bytes 0x80–0x9F of windows-1252 (curly quotes, dashes, €…); 0 marks the five undefined bytes.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * windows-1252 by hand: Node's TextDecoder decodes this label as strict ISO-8859-1, turning the
 * curly quotes of legacy pages into C1 control characters since Node 20.18.3
 * (https://github.com/nodejs/node/issues/56542, https://github.com/nodejs/node/issues/60888).
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b));
    out += String.fromCharCode(...chunk);
  }
  return out;
}

/** Decodes with a WHATWG encoding label; null when the label is unknown or (fatal) the bytes invalid. */
function decodeWith(label: string, bytes: Uint8Array, fatal = false): string | null {
  const name = label.trim().toLowerCase();
  if (WINDOWS_1252_LABELS.has(name)) return decodeWindows1252(bytes);
  try {
    return new TextDecoder(name, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/** The charset of a `<meta charset>` or `<meta http-equiv=content-type>` in the first 4 KB, as browsers prescan. */
function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1]! : null;
}

/** The charset parameter of a Content-Type header value, if any. */
export function charsetOf(contentType: string | null): string | null {
  const m = contentType ? /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType) : null;
  return m ? m[1]! : null;
}
