// Readability.js on its own, without index.js, which would also bundle isProbablyReaderable
// (detect has its own check, src/core/readerable.ts). The class's types come from the package.
declare module '@mozilla/readability/Readability.js' {
  import { Readability } from '@mozilla/readability';
  export default Readability;
}
