/** Set by build.mjs (esbuild `define`): true in the test build (dist/*-test), false in the shipped one.
 * Undefined where esbuild didn't build the code (unit tests import the sources directly). */
declare const __TEST_BUILD__: boolean | undefined;
