/**
 * Words written with a point inside that are not two sentences fused together: domain names,
 * file names and code. `fused-sentence` leaves a `left.right` word alone when `right` is one of
 * these suffixes or `left` one of these receivers. Stored lowercase.
 */

/**
 * Top-level domains seen in running text: the generic ones of the IANA root zone database
 * (https://www.iana.org/domains/root/db) that are common on the web, and the country codes of
 * the countries most often named in news, including the ones used as "domain hacks" (.io, .ly,
 * .ai, .tv, .me, .co).
 */
export const topLevelDomains: ReadonlySet<string> = new Set([
  // Generic (IANA, 1985-2012 rounds).
  'com', 'org', 'net', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'name', 'pro', 'mobi', 'asia',
  'jobs', 'travel', 'aero', 'coop', 'museum', 'post', 'tel', 'cat', 'xxx',
  // New gTLDs common in addresses (IANA, 2013 onwards).
  'app', 'dev', 'blog', 'news', 'online', 'site', 'store', 'shop', 'tech', 'xyz', 'club', 'live',
  'page', 'cloud', 'media', 'agency', 'digital', 'email', 'link', 'website', 'space', 'wiki',
  // Country codes (ISO 3166-1 alpha-2 as delegated by IANA).
  'fr', 'uk', 'de', 'ru', 'ua', 'us', 'ca', 'eu', 'be', 'ch', 'it', 'es', 'nl', 'pl', 'se', 'no',
  'dk', 'fi', 'at', 'pt', 'ie', 'gr', 'cz', 'sk', 'hu', 'ro', 'bg', 'by', 'kz', 'ge', 'md', 'lt',
  'lv', 'ee', 'tr', 'il', 'ir', 'in', 'cn', 'jp', 'kr', 'tw', 'hk', 'sg', 'au', 'nz', 'za', 'br',
  'ar', 'mx', 'cl', 'co', 'io', 'ly', 'ai', 'tv', 'me', 'to', 'is', 'fm', 'gg', 'sh', 'ac', 'cc',
  'ma', 'dz', 'tn', 'sn', 'ci', 'cm', 'ng', 'ke', 'eg', 'lu', 'mc', 'qc'
])

/**
 * File name extensions seen in running text (documents, images, archives, web pages and source
 * files), after the common MIME types registered with IANA (https://www.iana.org/assignments/media-types).
 */
export const fileExtensions: ReadonlySet<string> = new Set([
  // Documents and data.
  'txt', 'pdf', 'doc', 'docx', 'odt', 'rtf', 'xls', 'xlsx', 'ods', 'csv', 'tsv', 'ppt', 'pptx',
  'odp', 'md', 'tex', 'epub', 'json', 'xml', 'yaml', 'yml', 'toml', 'ini', 'cfg', 'conf', 'log',
  'sql', 'db', 'bak', 'tmp', 'xliff', 'xlf', 'tmx', 'po', 'pot', 'srt', 'vtt',
  // Images, sound and video.
  'jpg', 'jpeg', 'png', 'gif', 'svg', 'webp', 'bmp', 'tif', 'tiff', 'ico', 'heic', 'mp3', 'wav',
  'ogg', 'flac', 'mp4', 'mov', 'avi', 'mkv', 'webm',
  // Archives and executables.
  'zip', 'gz', 'tgz', 'tar', 'rar', 'bz2', 'xz', 'exe', 'dmg', 'iso', 'apk', 'deb', 'rpm', 'msi',
  'jar', 'dll', 'so', 'bin',
  // Web pages and source code.
  'html', 'htm', 'xhtml', 'php', 'asp', 'aspx', 'jsp', 'css', 'scss', 'js', 'mjs', 'cjs', 'ts',
  'tsx', 'jsx', 'py', 'rb', 'java', 'kt', 'swift', 'go', 'rs', 'cpp', 'hpp', 'cs', 'sh', 'bat',
  'ps1', 'pl', 'lua', 'vue', 'ipynb', 'wasm', 'lock', 'env'
])

/**
 * Receivers that start member accesses in code quoted in prose ("os.path", "console.log",
 * "self.name", "req.body"): a `left.right` word starting with one of these is code, not a fused
 * sentence. Chosen from the global objects of JavaScript (ECMA-262, the DOM, Node.js) and the
 * modules and conventional names of Python's documentation (os, sys, numpy as np, pandas as
 * pd). Ordinary nouns such as "state" or "file" are left out on purpose: a sentence can end on
 * them, and a fused sentence matters more than code quoted without backticks.
 */
export const codeReceivers: ReadonlySet<string> = new Set([
  'console', 'document', 'window', 'process', 'module', 'exports', 'require', 'this', 'self',
  'cls', 'super', 'math', 'json', 'reflect', 'intl', 'os', 'sys', 'np', 'pd', 'plt', 'tf', 're',
  'fs', 'util', 'req', 'res', 'ctx', 'props', 'args', 'kwargs', 'opts', 'obj', 'el', 'elem',
  'evt', 'err', 'www'
])

/**
 * Words of two or three letters that often start a sentence and are neither a top-level domain
 * nor a file extension: after `word.`, one of these is a sentence fused to the previous one
 * ("the end.the next day"). Longer right-hand sides need no list; shorter ones that are also
 * domains ("it", "in", "is", "at", "to", "so", "me", "us", "no", "by", "as", "how", "who",
 * "one") are left out on purpose, since "google.it" is far more likely in real text than "end.it".
 */
export const shortSentenceStarters: ReadonlySet<string> = new Set([
  'the', 'he', 'she', 'we', 'they', 'but', 'and', 'yet', 'his', 'her', 'its', 'our', 'for',
  'not', 'all', 'why', 'few', 'any', 'two', 'ten', 'may', 'has', 'had', 'was', 'are', 'can',
  'if', 'on', 'an', 'or'
])
