import type {Readable} from 'node:stream'
import {DEFAULT_MAX_BYTES, ReadTextError, decodeUtf8} from './read-text.js'

/**
 * Reads standard input as UTF-8 text, with the same checks as a file (size limit, valid
 * UTF-8, no NUL), naming it `display` in errors. Stops reading past the limit, so piping
 * `/dev/zero` in fails at once instead of exhausting memory.
 */
export async function readStdinText(stream: Readable, display: string, maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    total += bytes.length
    if (total > maxBytes) {
      stream.destroy()
      throw new ReadTextError(display, `is larger than the limit of ${maxBytes} bytes`, 'split it, or lint it as files')
    }
    chunks.push(bytes)
  }
  return decodeUtf8(Buffer.concat(chunks, total), display)
}
