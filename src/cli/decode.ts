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

/** Decodes with a WHATWG encoding label; null when the label is unknown or (fatal) the bytes invalid. */
function decodeWith(label: string, bytes: Uint8Array, fatal = false): string | null {
  try {
    return new TextDecoder(label.trim().toLowerCase(), { fatal }).decode(bytes);
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
