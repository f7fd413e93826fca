/**
 * popup-view.js: the popup's view (view.ts) as a script of its own, which popup.js adds to the page
 * once its question to the page is out. Fetching, compiling and setting it up (the core's finish with
 * its quote patterns, DOMPurify, the renderers) then overlaps the page's work instead of preceding it.
 */
import * as view from './view';
import { VIEW_KEY } from './view-key';

(globalThis as { [VIEW_KEY]?: typeof view })[VIEW_KEY] = view;
