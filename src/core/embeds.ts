/**
 * A post the article embeds (a tweet, an Instagram or TikTok post) is what the story quotes: "a whole lot
 * of people on Twitter pointed it out", then the tweets. Readability drops it twice over: its wrapper's
 * class ("social-media-embed") reads as a share bar, and the post's own links (its address, its date)
 * make it "a little linky" for an element of no weight. The clone's posts and their bare wrappers are
 * named as posts instead (a class Readability's positive pattern weighs up), and the post is kept as
 * the blockquote it is.
 */

/** The blockquotes embed scripts turn into posts; their text is the post, as written. */
export const POSTS = 'blockquote.twitter-tweet,blockquote.instagram-media,blockquote.tiktok-embed';

/** Names the embedded posts of `doc` (our clone: changed in place), their paragraphs and the wrappers
 * that hold nothing else (up to three up). A wrapper has two elements at most (the post and its
 * script), checked before its text is read: a list of a thousand posts is not read once per post. */
export function keepEmbeds(doc: Document): number {
  const posts = doc.querySelectorAll(POSTS);
  for (const post of posts) {
    const text = post.textContent!.trim();
    const named = [post, ...post.querySelectorAll('p,div')];
    for (let el = post.parentElement, i = 0; el && i < 3 && el.childElementCount < 3 && el.textContent!.trim() === text; el = el.parentElement, i++) named.push(el);
    // An id weighs as a class does ("social_…"): emptied, it weighs nothing.
    for (const el of named) {
      el.className = 'embedded-post';
      el.id = '';
    }
  }
  return posts.length;
}
