import type { RemovalKind } from './types';

/** A rule that recognises one kind of boilerplate paragraph by its text alone. */
export interface TextRule {
  kind: RemovalKind;
  reason: string;
  /** Longest text the rule may take: boilerplate is short; a long paragraph is body even if it matches. */
  maxLength: number;
  pattern: RegExp;
  /** Set on the rules added for the wide web (WCXB): the switch the bench's ablation turns off (rules.ts). */
  name?: string;
}

/**
 * Short paragraphs readers never want. Each pattern must match the paragraph from its start (or be the
 * whole of it), so a body sentence that merely mentions an app or a newsletter stays.
 */
export const TEXT_RULES: TextRule[] = [
  { kind: 'disclaimer', reason: 'agency-feed disclaimer', maxLength: 400, pattern: /^(disclaimer\s*[:\-–—].{0,120}(agency|feed|syndicat|wire service|auto-?published|not (been )?(reviewed|edited))|\(?this (story|article|post|report) (has been|was) (auto-?)?(published|generated) from an? (agency|syndicated|wire) feed)|auto-?published from an? (agency|syndicated|wire) feed|has not been (reviewed|edited) by (an? )?(editor|\w+ staff)/i },
  { kind: 'promo', reason: 'app promo', maxLength: 120, pattern: /^(open in app|open the app|read in app|download (the|our) .{0,30}app|get the .{0,30}app|install (the|our) app|continue in app|view in app)\b/i },
  { kind: 'promo', reason: 'newsletter promo', maxLength: 200, pattern: /^(subscribe to (our|the) .{0,40}(newsletter|magazine|alerts)|sign up (for|to) .{0,40}(newsletter|briefing|email|alerts)|get (our|the) .{0,40}newsletter|get breaking news alerts|breaking news emails|join (our|the) (mailing list|newsletter)|newsletter sign[- ]?up|enter your email|let our news meet your inbox)/i },
  { kind: 'promo', reason: 'subscription promo', maxLength: 160, pattern: /^(subscribe (now|today)|support (our|independent) journalism|become a (member|subscriber)|click here to subscribe|already a subscriber\??|already have an account|(this|the) (article|story|content|post) is (only )?(exclusive|available) (to|for) .{0,30}(subscribers|members))\b/i },
  // Labels an ad slot leaves in the text ("Advertisement - Continue Reading Below", "Article continues below").
  { name: 'ad-label', kind: 'boilerplate', reason: 'ad slot label', maxLength: 60, pattern: /^(advert(isement)?|ad|sponsored)?\s*[-–—:|]?\s*((the )?(article|story|post|content) )?continues? (reading )?below\W*$/i },
  // A call to action standing alone as a line: a button's words, never a sentence of the article. A colon
  // after it ("Learn more: <a>Networking at trade shows</a>") makes it the label of the link that follows, which stays.
  { name: 'call-to-action', kind: 'promo', reason: 'call to action', maxLength: 40, pattern: /^(apply now|get in touch|get started( (now|today|for free))?|book a (demo|call|consultation)|request a (quote|demo|call|consultation)|schedule a (demo|call|consultation)|contact us( today)?|learn more|read more|find out more|shop now|buy now|order now|try (it )?(for )?free|start (your )?free trial|sign up (now|today|for free|free)|talk to (an|our) (expert|team)s?|see (all )?(plans|pricing))[^\w:]*$/i },
  // The writer's closing appeal ("If you liked this article, please consider sharing…", "If you've enjoyed
  // this interview, please support us by donating"): about the site, not the story, in any sentence of a short paragraph.
  { name: 'reader-appeal', kind: 'promo', reason: 'appeal to share or support the site', maxLength: 400, pattern: /(^|[.!?]\s+)if you('ve| have)? (liked|enjoyed|appreciated|found value in) (this|the|our|my) (article|post|story|piece|interview|guide|newsletter|content|episode|recipe)\b[^.!?]{0,40}?,? (please )?(consider )?(support|shar|subscrib|donat|follow|lik|buy|becom)/i },
  // A recipe blog's prompt under the recipe, in a paragraph too long for comment-prompt because it goes on to
  // pitch the blog's accounts ("Did you make one of my recipes? Please leave a star rating. Follow … on Pinterest…").
  { name: 'recipe-prompt', kind: 'boilerplate', reason: 'rating prompt', maxLength: 400, pattern: /^did you (make|try|bake|cook) (this|these|one of (my|our)) recipes?\b/i },
  // "…, and follow us on Facebook, Instagram and TikTok to stay up to date": the site's own accounts, in any sentence.
  { name: 'follow-us', kind: 'share', reason: 'follow prompt', maxLength: 240, pattern: /\bfollow us on (facebook|instagram|twitter|x|tiktok|linkedin|youtube|pinterest|threads|bluesky)\b/i },
  // A pitch that closes on its own link ("…the industry's top source for sales news. Subscribe here.").
  { name: 'subscribe-close', kind: 'promo', reason: 'subscription pitch', maxLength: 300, pattern: /(^|[.!?]\s+)subscribe (here|now|today)\W*$/i },
  // An adviser's regulatory notice at the foot of a finance blog ("X, LLC is a Registered Investment Adviser. Advisory services…").
  { name: 'adviser-notice', kind: 'boilerplate', reason: 'regulatory disclosure', maxLength: 700, pattern: /^[^.!?]{2,100}\bis an? (sec[- ]|state[- ])?registered investment advis[eo]r\b/i },
  // Prompts under the article for the comment section or a rating, and comment counts.
  { name: 'comment-prompt', kind: 'boilerplate', reason: 'comment prompt', maxLength: 160, pattern: /^(what do you think\?|be the first to comment\W*|leave a (comment|reply)\W*|(add|post|write) a comment\W*|join the (conversation|discussion)\W*|all comments are welcome\W*|(\d+|no) (comments?|responses?|replies)\W*|comments? \(\d+\)|rate this (recipe|article|post)\W*|did you (make|try) (this|one of (my|our)) recipes?\b.{0,100}\b(rating|comment|review|tag)\b.*)$/i },
  // The site's copyright line, which Readability keeps when the footer sits inside the article's container.
  { name: 'copyright-line', kind: 'boilerplate', reason: 'copyright line', maxLength: 160, pattern: /^((©|\(c\)|copyright\b)\s*(©\s*)?.{0,100}(all rights reserved|\b(19|20)\d\d\b).{0,80}|copyright)$/i },
  // A © before a year anywhere in a short paragraph: a copyright notice that opens with the site's own words
  // ("The contents of this site are ©2019 …", "Copyright © 2023 NPR. All rights reserved. Visit …"), too long
  // for copyright-line, or a photo's credit at the end of its caption ("Sylt, Germany | © 2010 Jon Norris").
  { name: 'copyright-year', kind: 'boilerplate', reason: 'copyright line', maxLength: 300, pattern: /©\s*(19|20)\d\d\b/ },
  // Advertiser and affiliate disclosures: the page's legal notice, not the author's words. A line
  // opening "Disclosure:" is one when it speaks of money (affiliates, sponsors, commissions, ads); one
  // that says how the piece was written ("… written by a human, with a light edit by Claude") is the author's.
  { name: 'disclosure', kind: 'boilerplate', reason: 'affiliate or advertiser disclosure', maxLength: 400, pattern: /^((advertiser|affiliate|editorial|ftc) disclosure\W*$|(?=.*\b(affiliat|sponsor|commission|compensat|advertis|paid|partner|earn|ftc))\(?(advertiser |affiliate |ftc )?disclosures?\)?\s*[:\-–—]|this (post|article|page|site|content|guide|review) (may )?(contains?|includes?) (affiliate|sponsored|paid)|((editorial |editor'?s )?note\s*:\s*)?[^.!?:]{0,60}\bmay (contain|include) affiliate links\b|(we|i) (may )?(earn|receive|get) (a )?(small )?(commission|compensation)|as an? (amazon )?(associate|affiliate( marketer)?),? (we|i) earn|products (are|were) (chosen|selected) independently|purchases made through (our )?links)/i },
  // Prompts to follow, pin or join the author elsewhere.
  { name: 'social-prompt', kind: 'share', reason: 'social prompt', maxLength: 140, pattern: /^(pin (this|it) (for later|now)|save (this|it) (to|on|for) (pinterest|later)|stay connected( with (me|us))?|join (the|our|my) .{0,40}(facebook|community|group)|help (me|us) spread the word|share your story)\b/i },
  // Invitations to subscribe, follow or fund the site, in the words sites use beside "newsletter": a line of the page's own pitch, never a sentence about the story.
  { name: 'promo-line', kind: 'promo', reason: 'subscription or follow pitch', maxLength: 120, pattern: /^(subscribe (to|for) (get|receive|unlock|access|read)\b|join \S+ for free\b|would you like to (receive|get) (notifications|updates|alerts)\b|receive\b.{0,60}\b(delivered )?(to|in) your inbox|(this|our) (story|journalism|work|reporting) is (funded|supported|made possible) by readers\b|add (us )?as a preferred source\b|sponsor this (newsletter|podcast|site|blog)\W*$|pin (this |it )?for later\W*$|follow( us| me)?\W*$)/i },
  // "Written by Ana Ruiz" standing alone: the byline the theme repeats under the post (same guards as the "By …" line).
  { name: 'written-by', kind: 'boilerplate', reason: 'byline or timestamp line', maxLength: 60, pattern: /^([Ww]ritten|[Pp]osted|WRITTEN|POSTED) (by|BY):? [\p{Lu}][\p{L}.'’-]+( [\p{Lu}][\p{L}.'’-]+){0,3}$/u },
  // "Team name | 5 min read": the reading time the page printed, a line of chrome.
  { name: 'reading-time', kind: 'boilerplate', reason: 'reading time line', maxLength: 60, pattern: /^([^.!?]{0,40}[|·•–—-]\s*)?\d+\s*(min(ute)?s?|mins?)\.?\s+read\W*$/i },
  // The label of a table of contents (the list itself goes in toc.ts).
  { name: 'toc', kind: 'boilerplate', reason: 'table of contents label', maxLength: 40, pattern: /^(table of contents|contents|in this (article|post|guide|page)|on this page|jump to( the)? (list|section|recipe|content)|skip to( the)? (recipe|list))\W*$/i },
  // "Share this" / "Share this article" is the share bar; "Share this timeline with your vendors…" is the author's advice.
  { kind: 'share', reason: 'share prompt', maxLength: 100, pattern: /^(share (on|via) |share (this|the) (article|story|post)\b|share (this|the)\W*$|share\s*[:|]|share this:?$|click to share|tweet this|email this|print this|copy link)/i },
  { kind: 'share', reason: 'follow prompt', maxLength: 160, pattern: /^(follow us on|like us on facebook|join (us|our \w+ channel) on (whatsapp|telegram|facebook|twitter|x)|follow \S+ on (twitter|x|facebook|instagram|google news)|for (more|the latest) .{0,40}follow us)/i },
  { kind: 'share', reason: 'share buttons', maxLength: 80, pattern: /^([\p{L}]+[\s,|·•]+){0,2}((facebook|twitter|x|whatsapp|linkedin|email|reddit|pinterest|pin|telegram|print|copy link|messenger|flipboard)[\s,|·•]*){2,}([\p{L}]+\s*){0,2}$/iu },
  { kind: 'credit', reason: 'caption or credit', maxLength: 300, pattern: /^(image|media|photo|video) (copyright|caption|credit)\b|^©\s*[\p{L} .,'/&-]{2,60}$|^(image|photo|picture|slide) \d+ (of|\/)\s*\/?\s*\d*$/iu },
  { kind: 'boilerplate', reason: 'page chrome', maxLength: 40, pattern: /^(caption|close|advert(isement)?|sponsored|skip to (main )?content|sign in|log in|sign up|subscribe|menu|search|home|comments?|\d+ comments?|print|email|next|previous|back to top|loading( \w+)?\W*|show more|see more|view comments|expand|collapse|media playback is unsupported on your device)$/i },
  { kind: 'boilerplate', reason: 'byline or timestamp line', maxLength: 140, pattern: /^(by\s+[\p{Lu}][\p{L}.'’-]+(\s+[\p{Lu}][\p{L}.'’-]+){0,3}(\s*(,|and|&|-|–|—|\|)\s*[^.]{0,80})?|(updated|published|posted|last updated|first published)( on| at)?\s*:?\s*[^.]{0,80}(\d{4}|\d\d?:\d\d\s*[ap]\.?m\.?\s*\w*)\.?)$/iu },
  { kind: 'boilerplate', reason: 'contact line', maxLength: 220, pattern: /^(reach|contact|email|e-mail|write to|follow) (the )?(reporters?|writers?|authors?|him|her|them|[\p{Lu}][\p{L}-]+( [\p{Lu}][\p{L}-]+)?)( \S+)? (at|on|via)\b.*(@|https?:|twitter)/iu },
  { kind: 'boilerplate', reason: 'contact line', maxLength: 80, pattern: /^(\S+@\S+\.\w+|(www\.)?twitter\.com\/\S+)$/i },
  { kind: 'boilerplate', reason: 'cookie or affiliate notice', maxLength: 300, pattern: /^(this (website|site) uses cookies|we use cookies|this (post|article|page) (may )?contains? affiliate|this slideshow requires javascript)/i },
  { kind: 'credit', reason: 'photo credit', maxLength: 80, pattern: /^[\p{L}.'’ -]{2,40}(\s*[|/]\s*[\p{L}.'’ -]{2,30}){1,3}$/u },
  // An imperative pitch ("Sign up for … newsletter", "Get … in your inbox") opening any sentence of a short paragraph.
  { kind: 'promo', reason: 'newsletter pitch', maxLength: 260, pattern: /(^|[.!?]\s+)(get|sign up|subscribe|never miss|start your day)\b[^.!?]{0,160}\b(newsletters?|inbox)\b/i },
  { kind: 'credit', reason: 'photo credit', maxLength: 90, pattern: /^[([]?(photo|image|picture|file photo|pic|video|graphic|illustration|photograph)s?\s*(credits?|source)?\s*(:|by|courtesy|\/)\s*\S.{0,60}$|^[([]?(photo|image)\s+credit\b.{0,60}$|^[([]?(getty images|ap photo|reuters|afp|shutterstock|pti photo|ians photo|file image)( ?\/ ?[^)\]]{0,40})?[)\]]?$/i },
];

/** Markers that say the body was cut off: a paywall or a "continue reading" gate. */
export const TRUNCATION = /(subscribe|sign in|log in|register|subscription) (now )?to (continue|read|unlock|access)|continue reading|to read (the|this) full (story|article)|this (article|story|content) is (only )?(for|available (only )?to|reserved for) (subscribers|members|premium)|already a subscriber|you have reached your (free )?(article|story) limit|premium (article|story|content)|read the (full|rest of the) (story|article)/i;
