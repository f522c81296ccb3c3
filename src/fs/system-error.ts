import {existsSync, lstatSync} from 'node:fs'
import path from 'node:path'

/** What to do about a file-system error, by its code. */
const fixes: Record<string, [string, string]> = {
  ENOSPC: ['the disk is full', 'free some space and rerun'],
  EDQUOT: ['the disk quota is used up', 'free some space and rerun'],
  EACCES: ['permission denied', 'make it writable (or readable) by this user'],
  EPERM: ['operation not permitted', 'check its permissions'],
  EROFS: ['the file system is read-only', 'run where postedit may write'],
  EEXIST: ['a file is in the way', 'remove or rename that file, and rerun'],
  EISDIR: ['it is a folder, not a file', 'remove or rename the folder, and rerun'],
  ENOTDIR: ['a part of the path is a file, not a folder', 'remove or rename that file, and rerun'],
  ENOENT: ['no such file or folder', 'check the path'],
  EMFILE: ['too many open files', 'raise the limit (`ulimit -n`) and rerun'],
  ENFILE: ['too many open files', 'raise the limit (`ulimit -n`) and rerun'],
  ELOOP: ['too many symbolic links', 'replace the links with files'],
  ENAMETOOLONG: ['the path is too long', 'use a shorter path']
}

/** A link whose target is missing stands where a folder was to be made: mkdir says EEXIST, yet no file is there. */
const danglingLink: [string, string] = ['a link to a missing folder is in the way', 'point the link at an existing folder, or remove it, and rerun']

function isDanglingLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink() && !existsSync(file)
  } catch {
    return false
  }
}

/**
 * A Node file-system error as one line: the file it concerns (relative to `cwd`), what went
 * wrong in words, the fix, and the code for searching: never Node's raw `EEXIST: file already
 * exists, mkdir '…'`.
 */
export function systemErrorLine(error: NodeJS.ErrnoException, cwd: string, display?: string): string {
  const {file, message, fix} = systemErrorParts(error, cwd, display)
  return `${file}: ${message}; ${fix}`
}

/** {@link systemErrorLine} in parts, for a reporter that places the file itself. */
export function systemErrorParts(error: NodeJS.ErrnoException, cwd: string, display?: string): {file: string; message: string; fix: string} {
  const code = error.code ?? 'EIO'
  // A write error carries no path: the caller knows which file it was writing.
  // A folder that cannot be made is the file to fix, not the file that was to go in it.
  const own = error.path && (display === undefined || error.syscall === 'mkdir') ? path.relative(cwd, error.path).split(path.sep).join('/') || '.' : undefined
  const file = own ?? display
  const [what, fix] = (code === 'EEXIST' && error.path && isDanglingLink(error.path) ? danglingLink : fixes[code]) ?? [`${error.syscall ?? 'file'} failed`, 'check the file and rerun']
  return {file: file ?? 'a file', message: `${what} (${code}${error.syscall ? ` on ${error.syscall}` : ''})`, fix}
}

/** Whether `error` is a Node system error with a code such as `ENOSPC`. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as {code?: unknown} | null)?.code
  return typeof code === 'string' && /^E[A-Z]+$/.test(code)
}
