/**
 * Build step (`npm run build`): writes dist/rules/data/french-words.txt, the compact form of
 * an-array-of-french-words that untranslated-french searches in place (see
 * src/rules/data/french-word-list.ts), so the 4.5 MB package is needed only to build.
 */
import {createRequire} from 'node:module'
import {rmSync, writeFileSync} from 'node:fs'
import {FRENCH_WORDS_FILE, encodeWordList} from '../rules/data/french-word-list.js'

const require = createRequire(import.meta.url)
const words = require('an-array-of-french-words') as string[]
const target = new URL(`../rules/data/${FRENCH_WORDS_FILE}`, import.meta.url)
const compact = encodeWordList(words)
writeFileSync(target, compact)
// The gzipped form earlier builds wrote: nothing reads it now.
rmSync(new URL(`../rules/data/${FRENCH_WORDS_FILE}.gz`, import.meta.url), {force: true})
console.log(`${target.pathname}: ${words.length} words, ${Buffer.byteLength(compact)} bytes`)
