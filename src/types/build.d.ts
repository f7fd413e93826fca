/** Set by build.mjs (esbuild `define`): true in the test build (dist/*-test), false in the shipped one,
 * where esbuild folds away whatever depends on it. The vitest configs define it false. */
declare const __TEST_BUILD__: boolean;
