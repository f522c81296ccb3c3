import {Buffer} from 'node:buffer'

const beyondLatin1 = /[^\u0000-\u00ff]/

/**
 * The text stored one byte a character when it can be, for the pieces of a large file.
 * V8 keeps a string two bytes a character as soon as one character needs it, and a slice of
 * such a string stays so: one curly quote anywhere in a 5 MB file made every piece, and every
 * token string the parser cut from it, twice the size, and each regex over them slower,
 * though 57% of the bench file's text is in pieces of Latin-1 alone. Files read whole are
 * compact already: TextDecoder stores what it decodes that way when it can.
 */
export function compactText(text: string): string {
  return beyondLatin1.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1')
}
