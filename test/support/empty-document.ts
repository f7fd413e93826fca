import { parseHTML } from 'linkedom';

/** An empty document to build in, as the popup's `document.implementation.createHTMLDocument('')` is. */
export function emptyDocument(): Document {
  return parseHTML('<!DOCTYPE html><html><head></head><body></body></html>').document as unknown as Document;
}
