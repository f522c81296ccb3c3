import {closeSync, constants, fstatSync, openSync, readSync} from 'node:fs'

/**
 * The most bytes postedit reads from one text file unless told otherwise: far above any
 * article, far below what would exhaust memory when a pull request names `/dev/zero`.
 */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024

export interface ReadTextOptions {
  /** Refuse files larger than this many bytes (default {@link DEFAULT_MAX_BYTES}). */
  maxBytes?: number
  /** How to name the file in messages (default: the path as given). */
  display?: string
  /** The fix a file over the limit is told (default: split it or raise `maxBytes`). */
  limitFix?: string
}

/**
 * Why a file cannot be read as text, as data for the reporters: where (line and column when
 * the fault is inside the file) and the fix, so no caller parses a message string back.
 */
export class ReadTextError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly fix: string,
    readonly line?: number,
    readonly column?: number
  ) {
    super(`${file}${line === undefined ? '' : `:${line}:${column}`}: ${reason}; ${fix}`)
    this.name = 'ReadTextError'
  }
}

/**
 * Reads a UTF-8 text file from untrusted input safely: only a regular file (never a FIFO,
 * device or folder, which would hang or exhaust memory), no larger than the limit (checked
 * before reading and again while reading, since the file may grow), and valid UTF-8 without
 * NUL bytes. A byte-order mark is kept, so writers can give it back.
 */
export async function readTextFile(file: string, options: ReadTextOptions = {}): Promise<string> {
  const bytes = await readRegularFile(file, options)
  return decodeUtf8(bytes, options.display ?? file)
}

/**
 * The bytes of a regular file no larger than the limit; see {@link readTextFile}.
 *
 * The calls are synchronous inside: a lint run reads a thousand small files, and each file's
 * open, stat, reads and close through the thread pool cost more CPU than the reading (0.4 s
 * of a 5 MB run). Only a regular file is read, which never blocks (the open is
 * non-blocking, so a FIFO is refused without waiting). The first read asks for one byte more
 * than the file's size, so a file that did not grow is read whole, and its end seen, by one call.
 */
export async function readRegularFile(file: string, options: ReadTextOptions = {}): Promise<Buffer> {
  const display = options.display ?? file
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  let handle: number
  try {
    // O_NONBLOCK: opening a FIFO with no writer would otherwise block forever.
    handle = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    throw openError(error, display)
  }
  try {
    const stats = fstatSync(handle)
    if (!stats.isFile()) {
      throw new ReadTextError(display, `not a regular file (${kindOf(stats)})`, 'postedit reads only regular text files')
    }
    if (stats.size > maxBytes) throw tooLarge(display, stats.size, maxBytes, options.limitFix)
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const wanted = total <= stats.size ? stats.size + 1 - total : 64 * 1024
      const chunk = Buffer.allocUnsafe(Math.min(wanted, maxBytes + 1 - total))
      const bytesRead = readSync(handle, chunk, 0, chunk.length, null)
      if (bytesRead === 0) break
      total += bytesRead
      if (total > maxBytes) throw tooLarge(display, undefined, maxBytes, options.limitFix)
      chunks.push(chunk.subarray(0, bytesRead))
      // A regular file reads short only at its end: no second call to hear it say 0.
      if (bytesRead < chunk.length) break
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total)
  } finally {
    closeSync(handle)
  }
}

/** `size` is unknown when the file grew past the limit while being read. */
function tooLarge(display: string, size: number | undefined, maxBytes: number, fix = 'split it, or raise the limit with `maxBytes` in .posteditrc'): ReadTextError {
  return new ReadTextError(
    display,
    size === undefined ? `is larger than the limit of ${maxBytes} bytes` : `is ${size} bytes, more than the limit of ${maxBytes}`,
    fix
  )
}

function kindOf(stats: {isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean}): string {
  if (stats.isDirectory()) return 'a folder'
  if (stats.isFIFO()) return 'a FIFO'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device'
  if (stats.isSocket()) return 'a socket'
  return 'not a file'
}

function openError(error: unknown, display: string): ReadTextError | unknown {
  const code = (error as {code?: string}).code
  if (code === 'ENOENT') return new ReadTextError(display, 'no such file', 'check the path')
  if (code === 'EACCES' || code === 'EPERM') return new ReadTextError(display, 'permission denied', 'make it readable')
  if (code === 'EISDIR') return new ReadTextError(display, 'not a regular file (a folder)', 'postedit reads only regular text files')
  if (code === 'ENXIO') return new ReadTextError(display, 'not a regular file (a device or socket)', 'postedit reads only regular text files')
  return error
}

const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/** Decodes UTF-8, naming the line and column of the first byte that is not text. */
export function decodeUtf8(bytes: Uint8Array, display: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ReadTextError(display, 'is UTF-16 (it starts with a UTF-16 byte-order mark)', 'convert it to UTF-8, for example with `iconv -f UTF-16 -t UTF-8`', 1, 1)
  }
  const bad = firstInvalidUtf8(bytes)
  if (bad === -1) return utf8.decode(bytes)
  const before = utf8.decode(bytes.subarray(0, bad))
  const lines = before.split(/\r\n|\r|\n/)
  const line = lines.length
  const column = (lines[lines.length - 1]?.length ?? 0) + 1
  if (bytes[bad] === 0) {
    throw new ReadTextError(display, 'holds a NUL byte: it is binary, or UTF-16 without a byte-order mark', 'lint only UTF-8 text files', line, column)
  }
  throw new ReadTextError(display, `is not valid UTF-8 (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')})`, 'convert it to UTF-8, for example with `iconv -f WINDOWS-1252 -t UTF-8`', line, column)
}

/** Index of the first byte that breaks UTF-8 (or is NUL), or -1; linear, one pass. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]!
    if (byte === 0) return index
    if (byte < 0x80) {
      index++
      continue
    }
    let need: number
    let min: number
    if (byte >= 0xc2 && byte <= 0xdf) [need, min] = [1, 0x80]
    else if (byte >= 0xe0 && byte <= 0xef) [need, min] = [2, 0x800]
    else if (byte >= 0xf0 && byte <= 0xf4) [need, min] = [3, 0x10000]
    else return index
    let code = byte & (0x3f >> need)
    for (let k = 1; k <= need; k++) {
      const next = bytes[index + k]
      if (next === undefined || (next & 0xc0) !== 0x80) return index
      code = (code << 6) | (next & 0x3f)
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return index
    index += need + 1
  }
  return -1
}
