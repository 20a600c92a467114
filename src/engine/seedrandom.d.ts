/**
 * seedrandom's ARC4 generator on its own (the package's seedrandom.js, without the five other
 * generators its index adds), typed as the package's main export.
 */
declare module 'seedrandom/seedrandom' {
  import seedrandom from 'seedrandom';
  export default seedrandom;
}
