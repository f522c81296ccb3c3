import {lstatSync, statSync} from 'node:fs'
import path from 'node:path'
import {UsageError} from '../io.js'
import {isInside, realPathOf} from '../fs/project-paths.js'
import {configNames} from '../lint/config-names.js'

export interface OutputGuard {
  /** Folders postedit reads or writes itself (sources, corrections, cleaned texts): never a report's place. */
  folders: readonly string[]
  /** The texts this run reads: a report over one of them would replace it. */
  inputs: readonly string[]
}

/** The configuration files postedit and npm read, by name: never a report's place. */
const configFileNames: ReadonlySet<string> = new Set([...configNames, '.posteditignore', 'package-lock.json'])

function lstatOrUndefined(file: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(file)
  } catch {
    return undefined
  }
}

/** Which of `folders` (relative to `cwd`) the real path `target` lies in, their links followed too. */
function keptFolderOf(cwd: string, target: string, folders: readonly string[]): string | undefined {
  return folders.find((dir) => isInside(realPathOf(path.resolve(cwd, dir)), target))
}

/**
 * Refuses an `--output` path that would replace what postedit reads or owns. The report is
 * written by a rename over the target, so `lint --output source-text/a.txt` would put the
 * report where the article was, and `--output corrections/a.yml` where the reviewed
 * corrections were: the one promise postedit never breaks is that sources are not written.
 * Paths are compared with symlinks followed, so a link cannot lead the report back in.
 */
export function checkOutputTarget(cwd: string, output: string, guard: OutputGuard): void {
  if (output.trim() === '') throw new UsageError('--output needs a file name, as in `--output postedit-report.txt`')
  const target = realPathOf(path.resolve(cwd, output))
  let folder = false
  try {
    folder = statSync(target).isDirectory()
  } catch {
    // Not there yet: it is written new.
  }
  const owned = keptFolderOf(cwd, target, guard.folders)
  if (folder) {
    // Not a file in a folder postedit keeps: that suggestion would be refused in turn.
    const example = owned === undefined ? path.join(output, 'postedit-report.txt') : 'postedit-report.txt'
    throw new UsageError(`--output \`${output}\` is a folder; name a file, as in \`--output ${example}\``)
  }
  const input = guard.inputs.some((file) => realPathOf(path.resolve(cwd, file)) === target)
  if (owned !== undefined || input) {
    const where = guard.folders.map((dir) => `${dir}/`).join(', ')
    throw new UsageError(
      `--output \`${output}\` would replace ${input ? 'a text this run reads' : `a file in ${owned}/, which postedit keeps`}; write the report outside ${where}, as in \`--output postedit-report.txt\``
    )
  }
  // The report is renamed over its target: a device (/dev/null), a pipe, or a link (to
  // /proc/self/fd/1, say) would be replaced by a plain file, and as root that is /dev/null.
  const stats = lstatOrUndefined(path.resolve(cwd, output))
  if (stats !== undefined && !stats.isFile()) {
    throw new UsageError(
      `--output \`${output}\` is ${stats.isSymbolicLink() ? 'a symbolic link' : 'not a regular file (a device, pipe or socket)'}, which the report, renamed over it, would replace; name a regular file, or leave out --output to print the report on stdout`
    )
  }
  if (configFileNames.has(path.basename(target))) {
    throw new UsageError(`--output \`${output}\` would replace a configuration file; name another file, as in \`--output postedit-report.txt\``)
  }
}

/**
 * Refuses a folder for report pages (`report --out-dir`) in a folder postedit keeps, unless it
 * is `guard.pages`, the default, by its own name. A page is renamed over `<name>.report.html`,
 * which may be an HTML source or a cleaned text that this run does not read, so the page clash
 * test, which knows this run's texts only, cannot catch it: `reports -> source-text` would
 * let a page replace a source.
 */
export function checkPagesFolder(cwd: string, outDir: string, guard: {folders: readonly string[]; pages: string}): void {
  const absolute = path.resolve(cwd, outDir)
  const real = realPathOf(absolute)
  const owned = keptFolderOf(cwd, real, guard.folders)
  if (owned === undefined) return
  const realCwd = realPathOf(cwd)
  const linked = real !== path.join(realCwd, path.relative(cwd, absolute))
  if (owned === guard.pages && !linked) return
  const shown = path.relative(realCwd, real).split(path.sep).join('/')
  const place = shown === owned ? `${owned}/` : `${shown}, in ${owned}/`
  const list = guard.folders.map((dir) => `${dir}/`)
  const elsewhere = `name a folder outside ${list.slice(0, -1).join(', ')} and ${list.at(-1)}`
  // A link in the default folder: leaving out --out-dir would not help.
  const fix = isInside(path.resolve(cwd, guard.pages), absolute)
    ? `replace the link with a real folder, or ${elsewhere} with --out-dir`
    : `${elsewhere} (or leave out --out-dir for ${guard.pages}/), as in \`--out-dir postedit-reports\``
  throw new UsageError(
    `--out-dir \`${outDir}\` ${linked ? `leads through a symbolic link to ${place}` : `is ${place}`}, where a page could replace a text postedit reads or writes; ${fix}`
  )
}
