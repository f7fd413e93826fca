/** Set by build.mjs (esbuild `define`): true in the test build (dist/*-test), false in the shipped one,
 * where esbuild folds away whatever depends on it. The vitest configs define it false. */
declare const __TEST_BUILD__: boolean;
/** Set true by build.mjs in the extension's bundles, which only ever meet a browser's DOM; absent in the
 * CLI, tests and bench bundles, so it is read as `typeof __NATIVE_DOM__ !== 'undefined' && __NATIVE_DOM__`. */
declare const __NATIVE_DOM__: boolean | undefined;
