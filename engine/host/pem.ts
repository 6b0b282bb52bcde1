// Keys and certificates made by the simulated openssl. A PEM file contains
// plausible base64 that nothing parses. Its meaning (key size, subject,
// issuer, SANs) is kept in a registry keyed by the exact PEM text, so a copy
// of the file is the same key or certificate.

export interface KeyInfo {
  kind: 'key'
  id: number
  bits: number
  /** Pass phrase of an `-aes256` key, undefined for an unencrypted one. */
  passphrase: string | undefined
}

export interface CertInfo {
  kind: 'cert' | 'csr'
  id: number
  /** Ordered subject fields, e.g. [['CN', 'server']]. */
  subject: [string, string][]
  issuer: [string, string][]
  /** ID of the key whose public half the certificate carries. */
  keyId: number
  /** ID of the key that signed it (its own for a self-signed CA). */
  signerKeyId: number
  serial: string
  notBefore: number
  notAfter: number
  dnsNames: string[]
  ipAddresses: string[]
  extendedKeyUsage: string[]
  isCA: boolean
}

export type PemInfo = KeyInfo | CertInfo

const LABELS = {
  key: 'PRIVATE KEY',
  encryptedKey: 'ENCRYPTED PRIVATE KEY',
  cert: 'CERTIFICATE',
  csr: 'CERTIFICATE REQUEST',
}

// Real DER prefixes, so the first base64 characters look like the real files.
const DER_PREFIX = {
  key: 'MIIJQgIBADANBgkqhkiG9w0BAQEFAASCCSww',
  encryptedKey: 'MIIJrTBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQI',
  cert: 'MIIFazCCA1OgAwIBAgIU',
  csr: 'MIIEWTCCAkECAQAwFDESMBAGA1UEAwwJ',
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

export class PemRegistry {
  private readonly entries = new Map<string, PemInfo>()
  private nextId = 1

  allocateId(): number {
    return this.nextId++
  }

  /** Returns what a PEM text is, trimming surrounding whitespace. */
  identify(text: string): PemInfo | undefined {
    return this.entries.get(text.trim())
  }

  encodeKey(info: KeyInfo): string {
    const label = info.passphrase === undefined ? LABELS.key : LABELS.encryptedKey
    const prefix = info.passphrase === undefined ? DER_PREFIX.key : DER_PREFIX.encryptedKey
    return this.store(label, prefix, Math.round((info.bits / 4096) * 3240), info)
  }

  encodeCert(info: CertInfo): string {
    const csr = info.kind === 'csr'
    return this.store(csr ? LABELS.csr : LABELS.cert, csr ? DER_PREFIX.csr : DER_PREFIX.cert, csr ? 1560 : 1880, info)
  }

  private store(label: string, prefix: string, length: number, info: PemInfo): string {
    const body = prefix + pseudoBase64(info.id * 7919 + info.kind.length, length - prefix.length)
    const lines = body.match(/.{1,64}/g) ?? []
    const text = `-----BEGIN ${label}-----\n${lines.join('\n')}=\n-----END ${label}-----`
    this.entries.set(text, info)
    return `${text}\n`
  }
}

/** Deterministic base64 characters from a seed (xorshift32). */
export function pseudoBase64(seed: number, length: number): string {
  let state = (seed * 2654435761) >>> 0 || 1
  let text = ''
  for (let index = 0; index < length; index++) {
    state ^= state << 13
    state >>>= 0
    state ^= state >>> 17
    state ^= state << 5
    state >>>= 0
    text += BASE64[state % 64]
  }
  return text
}

/** Deterministic colon-separated hex bytes, as openssl prints moduli and key IDs. */
export function pseudoHex(seed: number, bytes: number): string[] {
  return pseudoBase64(seed, bytes * 2)
    .split('')
    .map((char) => (BASE64.indexOf(char) % 16).toString(16))
    .join('')
    .match(/../g)!
}

/** `CN = server` style, as OpenSSL 3 prints names. */
export function formatName(name: [string, string][]): string {
  return name.map(([key, value]) => `${key} = ${value}`).join(', ')
}

/** Parses `-subj "/C=IT/O=Scuola/CN=server"`; undefined when malformed. */
export function parseSubject(text: string): [string, string][] | undefined {
  if (!text.startsWith('/')) return undefined
  const fields: [string, string][] = []
  for (const part of text.slice(1).split('/').filter(Boolean)) {
    const equals = part.indexOf('=')
    if (equals <= 0) return undefined
    fields.push([part.slice(0, equals), part.slice(equals + 1)])
  }
  return fields
}
