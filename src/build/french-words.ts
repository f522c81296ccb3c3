/**
 * Build step (`npm run build`): writes dist/rules/data/french-words.txt.gz, the compact form
 * of an-array-of-french-words that untranslated-french loads (see
 * src/rules/data/french-word-list.ts), so the 4.5 MB package is needed only to build.
 */
import {createRequire} from 'node:module'
import {writeFileSync} from 'node:fs'
import {gzipSync} from 'node:zlib'
import {FRENCH_WORDS_FILE, encodeWordList} from '../rules/data/french-word-list.js'

const require = createRequire(import.meta.url)
const words = require('an-array-of-french-words') as string[]
const target = new URL(`../rules/data/${FRENCH_WORDS_FILE}`, import.meta.url)
const compact = gzipSync(encodeWordList(words), {level: 9})
writeFileSync(target, compact)
console.log(`${target.pathname}: ${words.length} words, ${compact.length} bytes`)
