/** Where popup-view.js leaves its exports for popup.js: both are classic scripts of the popup page. */
export const VIEW_KEY = Symbol.for('news-declutter.popup-view');
