import {lstatSync, statSync} from 'node:fs'
import path from 'node:path'
import {UsageError} from '../io.js'
import {isInside, realPathOf} from '../fs/project-paths.js'
import {configNames} from '../lint/project-settings.js'

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
  const owned = guard.folders.find((dir) => isInside(realPathOf(path.resolve(cwd, dir)), target))
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
