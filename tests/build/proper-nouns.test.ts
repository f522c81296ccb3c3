import {readFileSync} from 'node:fs'
import path from 'node:path'
import dictionary from 'dictionary-en'
import nspell from 'nspell'
import {describe, expect, it} from 'vitest'
import {moduleText, properNouns} from '../../src/build/proper-nouns.js'
import {repoRoot} from '../helpers.js'

describe('proper-nouns generator', () => {
  const dic = ['7', 'Canada/M', 'China/M', 'china/M', 'NATO/M', 'Ares', 'McDonald/M', 'Oslo/M', 'Al'].join('\n')
  const lowercase = new Set(['china', 'are'])
  const isWord = (word: string) => lowercase.has(word) || lowercase.has(word.replace(/s$/, ''))

  it('keeps capitalised entries whose lowercase form is not a word, minus exclusions and acronyms', () => {
    expect(properNouns(dic, isWord)).toEqual(['Canada', 'Oslo'])
  })

  it('writes a sorted, quoted module', () => {
    expect(moduleText(['Canada', "O'Hare"])).toContain("export const properNouns: readonly string[] = [\n  'Canada', 'O\\'Hare',\n]\n")
  })

  it('matches the committed data module: run npm run generate:proper-nouns after upgrading dictionary-en', () => {
    const spell = nspell({aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic)})
    const words = properNouns(Buffer.from(dictionary.dic).toString('utf8'), (word) => spell.correct(word))
    const committed = readFileSync(path.join(repoRoot, 'src', 'rules', 'data', 'proper-nouns.ts'), 'utf8')
    expect(committed).toBe(moduleText(words))
  })
})
