import {readdirSync, readFileSync, readlinkSync, statSync, utimesSync, type Dirent} from 'node:fs'
import path from 'node:path'
import {scratchDir} from '../helpers.js'

/** A small document in the seed article's style and its reviewed corrections. */
export const article = [
  'Air defense on the roofs',
  '',
  'Indeed, Pantsir-S1 is primarily used to combat combat aircraft, helicopters and cruise missiles.',
  '',
  'According to the latest statements, Minister of Defense of Russia Sergei Lavrov said the strikes would continue.',
  ''
].join('\n')

export const cleanedArticle = [
  'Air defense on the roofs',
  '',
  'Indeed, Pantsir-S1 is primarily used to combat aircraft, helicopters and cruise missiles.',
  '',
  "According to the latest statements, Russia's foreign minister Sergei Lavrov said the strikes would continue.",
  ''
].join('\n')

/** The unified diff `diff` prints, and `apply --dry-run` too, for `article` with its two approved entries. */
export const articleDiff = [
  '--- source-text/article.txt',
  '+++ cleaned/article.txt',
  '# corrections: combat-combat',
  '@@ -3 +3 @@',
  '-Indeed, Pantsir-S1 is primarily used to combat combat aircraft, helicopters and cruise missiles.',
  '+Indeed, Pantsir-S1 is primarily used to combat aircraft, helicopters and cruise missiles.',
  '# corrections: lavrov-office',
  '@@ -5 +5 @@',
  '-According to the latest statements, Minister of Defense of Russia Sergei Lavrov said the strikes would continue.',
  "+According to the latest statements, Russia's foreign minister Sergei Lavrov said the strikes would continue.",
]

export const entries = {
  combat: `  - id: combat-combat
    exact: combat combat
    replacement: combat
    status: approved
    reviewer: copy desk
    reviewed: 2026-11-20
    rule: repeated-word
`,
  lavrov: `  - id: lavrov-office
    exact: Minister of Defense of Russia
    prefix: "latest statements, "
    replacement: Russia's foreign minister
    status: approved
    reviewer: copy desk
    reviewed: 2026-11-20
    category: Accuracy/Mistranslation
    severity: major
    note: Lavrov has been foreign minister since 2004.
`,
  indeed: `  - id: indeed
    exact: "Indeed, "
    replacement: ""
    status: proposed
`,
  roofs: `  - id: roofs-title
    exact: roofs
    replacement: rooftops
    status: rejected
    reviewer: copy desk
    reviewed: 2026-11-21
`
}

export function correctionsYaml(...items: string[]): string {
  return `document: source-text/article.txt\npublished: 2023-01-20\ncorrections:\n${items.join('')}`
}

export const allEntries = correctionsYaml(entries.combat, entries.lavrov, entries.indeed, entries.roofs)

/** Bytes and mtime, to prove a file was left exactly as it was. */
export function snapshot(dir: string, file: string): {bytes: string; mtimeMs: number} {
  const full = path.join(dir, file)
  return {bytes: readFileSync(full).toString('hex'), mtimeMs: statSync(full).mtimeMs}
}

/** A scratch folder laid out like the repo: the article, its corrections, and more files. */
export function project(files: Record<string, string> = {}): string {
  return scratchDir({'source-text/article.txt': article, 'corrections/article.yml': allEntries, ...files})
}

/** Every file under `dir`, relative and sorted, to prove nothing else was written. */
export function tree(dir: string): string[] {
  return (readdirSync(dir, {recursive: true, withFileTypes: true}) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

/** Sets a file's mtime an hour back, so any rewrite would show in its mtime. */
export function age(dir: string, file: string): void {
  const past = new Date(Date.now() - 3_600_000)
  utimesSync(path.join(dir, file), past, past)
}

export function read(dir: string, file: string): string {
  return readFileSync(path.join(dir, file), 'utf8')
}

/**
 * Every entry under `dir` but cleaned/ (links as their target, files as their bytes), to prove
 * a run changed nothing but what it may write.
 */
export function fingerprint(dir: string): Record<string, string> {
  const result: Record<string, string> = {}
  for (const entry of readdirSync(dir, {recursive: true, withFileTypes: true}) as Dirent[]) {
    const full = path.join(entry.parentPath, entry.name)
    const relative = path.relative(dir, full).split(path.sep).join('/')
    if (relative === 'cleaned' || relative.startsWith('cleaned/')) continue
    if (entry.isSymbolicLink()) result[relative] = `-> ${readlinkSync(full)}`
    else if (entry.isFile()) result[relative] = readFileSync(full).toString('base64')
    else if (entry.isDirectory()) result[relative] = 'dir'
    else result[relative] = 'special'
  }
  return result
}
