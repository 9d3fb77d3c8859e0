'use strict';
// Typed CommonJS shim over `stemmer` (v1 ships no type declarations): see porter-stemmer.d.ts.
const stemmer = require('stemmer');

/** Porter stem of one lowercase English word (`pooling` -> `pool`). */
function stemWord(word) {
  return stemmer(word);
}

module.exports = { stemWord };
