import path from 'node:path'

/** The text formats lint reads; each has its own parser to the same nlcst tree. */
export type Format = 'text' | 'markdown' | 'html'

/** File extensions (without the dot, lower case) of each format. */
export const formatExtensions: Readonly<Record<Format, readonly string[]>> = {
  text: ['txt'],
  markdown: ['md', 'markdown'],
  html: ['html', 'htm']
}

/** Every extension lint picks up in a folder. */
export const lintExtensions: readonly string[] = Object.values(formatExtensions).flat()

/** The format of a file by its extension; anything else (or no path) is plain text. */
export function formatOf(filePath: string | undefined): Format {
  const extension = path.extname(filePath ?? '').slice(1).toLowerCase()
  for (const [format, extensions] of Object.entries(formatExtensions) as Array<[Format, readonly string[]]>) {
    if (extensions.includes(extension)) return format
  }
  return 'text'
}
