import {existsSync, realpathSync} from 'node:fs'
import path from 'node:path'

/**
 * A path as the file system resolves it, symlinks followed: the real path of its deepest
 * existing ancestor joined with the rest. A file that does not exist yet (a cleaned text to
 * write) still gets the real folder it would land in, so a symlinked folder cannot redirect it.
 */
export function realPathOf(file: string): string {
  const absolute = path.resolve(file)
  const rest: string[] = []
  let current = absolute
  for (;;) {
    try {
      return path.join(realpathSync.native(current), ...rest.reverse())
    } catch {
      const parent = path.dirname(current)
      if (parent === current) return absolute
      rest.push(path.basename(current))
      current = parent
    }
  }
}

/**
 * Whether a path relative to a folder leads out of it: `..` itself, `../x`, or another root.
 * Not any path that starts with two dots: `..x.txt` is a file in the folder.
 */
export function leadsOut(relative: string): boolean {
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)
}

/** Whether `file` is `root` or lies under it; both should be real paths. */
export function isInside(root: string, file: string): boolean {
  return !leadsOut(path.relative(root, file))
}

/**
 * Where a file inside `root` (as named) really is, when a symbolic link leads it out of
 * `root`; undefined for a file outside `root` as named (the user's own, above the project) or
 * one that stays inside. A config or ignore file committed as a link to ../secrets must not be
 * read and echoed in an error message.
 */
export function linkedOutOf(root: string, file: string): string | undefined {
  if (leadsOut(path.relative(root, file))) return undefined
  const real = realPathOf(file)
  return isInside(realPathOf(root), real) ? undefined : real
}

/**
 * The folder of the project postedit runs in: the nearest of `cwd` and its ancestors that
 * holds `corrections/` or `.git`, else `cwd` itself (a real path). Run from a subfolder, the
 * project's other folders are still in reach; nothing above the project is.
 */
export function projectRoot(cwd: string): string {
  const real = realPathOf(cwd)
  for (let dir = real; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'corrections')) || existsSync(path.join(dir, '.git'))) return dir
    if (path.dirname(dir) === dir) return real
  }
}

/**
 * The project folder postedit runs in, as a real path: every file a corrections file names
 * must resolve inside it. A pull request can commit a corrections file naming
 * `/proc/self/environ` or `../../secrets`, or a symlink pointing out; none may be read.
 */
export class ProjectPaths {
  readonly root: string
  readonly cleanedDir: string

  constructor(
    readonly cwd: string,
    cleanedName = 'cleaned'
  ) {
    this.root = projectRoot(cwd)
    this.cleanedDir = path.join(realPathOf(cwd), cleanedName)
  }

  /** The real path of `file` when it lies inside the project, else undefined. */
  inside(file: string): string | undefined {
    const real = realPathOf(path.resolve(this.cwd, file))
    return isInside(this.root, real) ? real : undefined
  }

  /** Whether the cleaned folder, followed through symlinks, is the project's own `cleaned/`. */
  cleanedIsOwn(): boolean {
    return realPathOf(path.join(this.cwd, path.basename(this.cleanedDir))) === this.cleanedDir
  }

  /** Whether the real path lies in `cleaned/`, which postedit writes. */
  inCleaned(real: string): boolean {
    return isInside(this.cleanedDir, real)
  }
}
