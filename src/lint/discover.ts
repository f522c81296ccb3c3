import {existsSync} from 'node:fs'
import {readdir, realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import {leadsOut, linkedOutOf, projectRoot} from '../fs/project-paths.js'
import ignoreModule, {type Ignore} from 'ignore'
import {lintExtensions} from './formats.js'
import {ReadTextError, readTextFile} from '../fs/read-text.js'
import {UsageError} from '../io.js'
import {CONFIG_MAX_BYTES} from './project-settings.js'
import type {Problem} from '../problems/file-problem.js'

/**
 * Which files a lint run reads: named files (any extension), the .txt, .md and .html files
 * of named folders and their subfolders (never `node_modules` or `.git`), and the matches of
 * globs; less what the nearest `.posteditignore` (gitignore syntax, relative to its folder)
 * excludes. A file found by a walk through a symbolic link that leads out of the project is
 * refused, so that a checked-out link cannot make CI read `/etc`.
 */
export interface Discovery {
  /** Absolute paths, each once, sorted by their path relative to the working directory. */
  files: string[]
  /** Files that cannot be linted (no line or column: the whole file): exit 2. */
  problems: Problem[]
  /**
   * Files named outright that .posteditignore excludes: not linted, and said as a warning
   * (as ESLint does), since a hook or script passing every changed file cannot tell them apart.
   */
  ignored: Problem[]
}

// `ignore` is CommonJS whose types claim an ES default export: the module itself is the function.
const ignore = ignoreModule as unknown as (typeof ignoreModule)['default']

export const globCharacters = /[*?[\]{}!]/

const skippedFolders = new Set(['node_modules', '.git'])

export class IgnoreFinder {
  /** The project's folder: a `.posteditignore` in it may not be a link out of it. */
  private readonly root: string

  constructor(private readonly cwd = process.cwd()) {
    this.root = projectRoot(cwd)
  }

  private readonly byFolder = new Map<string, Promise<{folder: string; rules: Ignore} | undefined>>()

  /** Whether the nearest `.posteditignore` excludes this absolute path (a folder when `folder`). */
  async ignores(file: string, folder = false): Promise<boolean> {
    const found = await this.nearest(path.dirname(file))
    if (!found) return false
    const relative = path.relative(found.folder, file)
    if (relative === '' || leadsOut(relative)) return false
    const posix = relative.split(path.sep).join('/')
    return found.rules.ignores(folder ? `${posix}/` : posix)
  }

  private nearest(folder: string): Promise<{folder: string; rules: Ignore} | undefined> {
    let found = this.byFolder.get(folder)
    if (!found) {
      found = this.readIn(folder)
      this.byFolder.set(folder, found)
    }
    return found
  }

  /**
   * The `.posteditignore` of `folder`, else its parent's. A pull request can add one, so it is
   * read as configs are (a regular file of at most 1 MiB), and one that is there but cannot
   * be read stops the run: passed over, it would let lint read what it was meant to exclude.
   */
  private async readIn(folder: string): Promise<{folder: string; rules: Ignore} | undefined> {
    const file = path.join(folder, '.posteditignore')
    if (!existsSync(file)) {
      const parent = path.dirname(folder)
      return parent === folder ? undefined : this.nearest(parent)
    }
    const display = path.relative(this.cwd, file).split(path.sep).join('/')
    try {
      const text = await readTextFile(file, {display, maxBytes: CONFIG_MAX_BYTES, limitFix: 'it holds patterns, not text: shorten it'})
      if (linkedOutOf(this.root, file) !== undefined) {
        throw new UsageError(`${display}: is a symbolic link out of the project folder; replace the link with the file itself`)
      }
      return {folder, rules: ignore().add(text)}
    } catch (error) {
      if (error instanceof ReadTextError) throw new UsageError(error.message)
      throw error
    }
  }
}

export function isLintExtension(file: string): boolean {
  return lintExtensions.includes(path.extname(file).slice(1).toLowerCase())
}

const display = (cwd: string, file: string) => path.relative(cwd, file).split(path.sep).join('/')

/** A path that a symbolic link leads out of the project from. */
function linkOut(file: string, target: string): Problem {
  return {
    file,
    kind: 'refused-path',
    message: `is a symbolic link to ${target}, outside the project`,
    fix: 'postedit does not follow links out of the working directory, so lint the target by its own path'
  }
}

/**
 * The folder, `.git` or `node_modules`, that a path relative to the project lies in, which the
 * walk skips and no corrections file may name: a link in `source-text/` to `../.git/config`
 * would put the token CI keeps there in a report page, or a finding's quote.
 */
export function hiddenFolderOf(relative: string): string | undefined {
  return relative.split(path.sep).find((segment) => skippedFolders.has(segment))
}

function hiddenInProject(relative: string): boolean {
  return hiddenFolderOf(relative) !== undefined
}

function linkHidden(file: string, target: string): Problem {
  return {
    file,
    kind: 'refused-path',
    message: `is a symbolic link into ${target.split(path.sep).join('/')}, which postedit does not read`,
    fix: 'replace the link with the text itself'
  }
}

/**
 * The warning for a text named outright (a path, or the name standard input is given) that
 * .posteditignore excludes: passed over, not an error, since a hook, script or editor passing
 * every changed file cannot tell them apart.
 */
export function ignoredWarning(named: string): Problem {
  return {file: named, kind: 'refused-path', message: 'is excluded by .posteditignore, so it is not linted', fix: 'remove its pattern from .posteditignore to lint it'}
}

/** Whether a path is a glob: glob characters, and no file so named ("[slug].md" is a file). */
export function isGlob(named: string, cwd: string): boolean {
  return globCharacters.test(named) && !existsSync(path.resolve(cwd, named))
}

/** What a glob matches, absolute and sorted, outside node_modules/ and .git/. */
export async function globMatches(pattern: string, cwd: string): Promise<string[]> {
  // glob and its matchers are a fifth of lint's modules: loaded only for a glob.
  const {glob} = await import('glob')
  return (await glob(pattern, {cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**']})).sort()
}

/**
 * `unignored`: paths (as given) that postedit names itself, a corrections file's source or a
 * cleaned text that `check` lints: .posteditignore is the user's choice of what to lint, not a
 * way to take a document out of the CI gate, so they are linted whatever it says.
 */
export async function discoverFiles(
  given: readonly string[],
  cwd: string,
  ignores = new IgnoreFinder(cwd),
  unignored: ReadonlySet<string> = new Set()
): Promise<Discovery> {
  const found = new Set<string>()
  const problems: Problem[] = []
  const ignored: Problem[] = []
  const project = await realpath(cwd).catch(() => cwd)
  // By where they are, not how they are written: `./source-text/a.txt` is the source too.
  const unignoredPaths = new Set([...unignored].map((named) => path.resolve(cwd, named)))

  // A link to a folder the walk is already in (`source-text/loop -> .`) made it go round, 40
  // levels deep until paths grew too long, and with two such links it never ended: a folder
  // whose real path is one of the walk's own ancestors is passed over. Any other link is
  // followed, so that a file is linted under each path it is found by, as it always was.
  const walk = async (folder: string, ancestors: ReadonlySet<string> = new Set()): Promise<void> => {
    const real = await realpath(folder).catch(() => folder)
    if (ancestors.has(real)) return
    const chain = new Set(ancestors).add(real)
    const entries = await readdir(folder, {withFileTypes: true})
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const full = path.join(folder, entry.name)
      let isFolder = entry.isDirectory()
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) {
        const target = await realpath(full).catch(() => undefined)
        if (target === undefined) continue
        const inside = path.relative(project, target)
        if (leadsOut(inside) || hiddenInProject(inside)) {
          if (isLintExtension(full) || (await stat(full)).isDirectory()) {
            problems.push(leadsOut(inside) ? linkOut(display(cwd, full), target) : linkHidden(display(cwd, full), inside))
          }
          continue
        }
        const stats = await stat(full)
        isFolder = stats.isDirectory()
        isFile = stats.isFile()
      }
      if (isFolder) {
        if (skippedFolders.has(entry.name) || (await ignores.ignores(full, true))) continue
        await walk(full, chain)
      } else if (isFile || !entry.isDirectory()) {
        if (!isLintExtension(full) || (await ignores.ignores(full))) continue
        found.add(full)
      }
    }
  }

  const take = async (full: string, named: string, fromGlob: boolean): Promise<void> => {
    // A path inside the project that a link leads out of is refused, named or found alike (a
    // corrections file names its source outright); a path named outside the project is the
    // user's own choice.
    const lexical = path.relative(cwd, full)
    if (!leadsOut(lexical)) {
      const target = await realpath(full).catch(() => full)
      const inside = path.relative(project, target)
      if (leadsOut(inside)) {
        problems.push(linkOut(named, target))
        return
      }
      // Named as itself (`lint .git/x.txt`), it is the user's choice; through a link, not.
      if (target !== full && hiddenInProject(inside) && !hiddenInProject(lexical)) {
        problems.push(linkHidden(named, inside))
        return
      }
    }
    const stats = await stat(full).catch(() => undefined)
    const isFolder = stats?.isDirectory() === true
    // A named folder is walked, its ignored files passed over; only a file named outright that
    // is ignored is said (a glob matches what it matches).
    if (!isFolder && !unignoredPaths.has(full) && (await ignores.ignores(full))) {
      if (!fromGlob) ignored.push(ignoredWarning(named))
      return
    }
    if (isFolder) await walk(full)
    else if (!fromGlob || isLintExtension(full)) found.add(full)
  }

  for (const named of given) {
    if (isGlob(named, cwd)) {
      for (const match of await globMatches(named, cwd)) await take(match, display(cwd, match), true)
    } else {
      await take(path.resolve(cwd, named), named, false)
    }
  }
  const files = [...found].sort((a, b) => {
    const x = display(cwd, a)
    const y = display(cwd, b)
    return x < y ? -1 : x > y ? 1 : 0
  })
  return {files, problems, ignored}
}
