import type { RemovalKind } from './types';

/** A rule that recognises one kind of boilerplate paragraph by its text alone. */
export interface TextRule {
  kind: RemovalKind;
  reason: string;
  /** Longest text the rule may take: boilerplate is short; a long paragraph is body even if it matches. */
  maxLength: number;
  pattern: RegExp;
}

/**
 * Short paragraphs readers never want. Each pattern must match the paragraph from its start (or be the
 * whole of it), so a body sentence that merely mentions an app or a newsletter stays.
 */
export const TEXT_RULES: TextRule[] = [
  { kind: 'disclaimer', reason: 'agency-feed disclaimer', maxLength: 400, pattern: /^(disclaimer\s*[:\-–—]|\(?this (story|article|post|report) (has been|was) (auto-?)?(published|generated) from an? (agency|syndicated|wire) feed)|auto-?published from an? (agency|syndicated|wire) feed|has not been (reviewed|edited) by (an? )?(editor|\w+ staff)/i },
  { kind: 'promo', reason: 'app promo', maxLength: 120, pattern: /^(open in app|open the app|read in app|download (the|our) .{0,30}app|get the .{0,30}app|install (the|our) app|continue in app|view in app)\b/i },
  { kind: 'promo', reason: 'newsletter promo', maxLength: 200, pattern: /^(subscribe to (our|the) .{0,40}newsletter|sign up (for|to) (our|the) .{0,40}(newsletter|briefing|email)|get (our|the) .{0,40}newsletter|join (our|the) (mailing list|newsletter)|newsletter sign[- ]?up|enter your email)/i },
  { kind: 'promo', reason: 'subscription promo', maxLength: 160, pattern: /^(subscribe (now|today)|support (our|independent) journalism|become a (member|subscriber)|click here to subscribe|already a subscriber\??)\b/i },
  { kind: 'share', reason: 'share prompt', maxLength: 100, pattern: /^(share (this|on|via|the) (article|story|post)?|share\s*[:|]|share this:?$|click to share|tweet this|email this|print this|copy link)/i },
  { kind: 'share', reason: 'follow prompt', maxLength: 160, pattern: /^(follow us on|like us on facebook|join (us|our \w+ channel) on (whatsapp|telegram|facebook|twitter|x)|follow \S+ on (twitter|x|facebook|instagram|google news)|for (more|the latest) .{0,40}follow us)/i },
  { kind: 'share', reason: 'share buttons', maxLength: 80, pattern: /^((facebook|twitter|x|whatsapp|linkedin|email|reddit|pinterest|telegram|print|copy link)[\s,|·•]*){2,}$/i },
  { kind: 'credit', reason: 'photo credit', maxLength: 90, pattern: /^[([]?(photo|image|picture|file photo|pic|video|graphic|illustration|photograph)s?\s*(credit)?\s*(:|by|courtesy|\/)\s*\S.{0,60}$|^[([]?(photo|image)\s+credit\b.{0,60}$|^[([]?(getty images|ap photo|reuters|afp|shutterstock|pti photo|ians photo|file image)( ?\/ ?[^)\]]{0,40})?[)\]]?$/i },
];

/** Markers that say the body was cut off: a paywall or a "continue reading" gate. */
export const TRUNCATION = /(subscribe|sign in|log in|register|subscription) (now )?to (continue|read|unlock|access)|continue reading|to read (the|this) full (story|article)|this (article|story|content) is (only )?(for|available (only )?to|reserved for) (subscribers|members|premium)|already a subscriber|you have reached your (free )?(article|story) limit|premium (article|story|content)|read the (full|rest of the) (story|article)/i;
