// The simulated `openssl` (OpenSSL 3.0 on Ubuntu 24.04): genrsa, req, x509,
// enough to build the CA, server and client files of Docker's TLS guide.

import { FsError } from '../fs/vfs'
import type { HostProgramContext } from '../shell/host'
import { formatName, parseSubject, pseudoHex, type CertInfo, type KeyInfo, type PemRegistry } from './pem'
import { Prompter } from './prompt'
import type { HostSystem } from './system'

const DAY_MS = 86_400_000

const DN_QUESTIONS: [string, string, string][] = [
  ['C', 'Country Name (2 letter code)', 'AU'],
  ['ST', 'State or Province Name (full name)', 'Some-State'],
  ['L', 'Locality Name (eg, city)', ''],
  ['O', 'Organization Name (eg, company)', 'Internet Widgits Pty Ltd'],
  ['OU', 'Organizational Unit Name (eg, section)', ''],
  ['CN', 'Common Name (e.g. server FQDN or YOUR name)', ''],
  ['emailAddress', 'Email Address', ''],
]

type Options = Map<string, string | true>

/** Reads `-name value` options; flags listed in `booleans` take no value. */
function parseOptions(args: string[], booleans: string[]): Options {
  const options: Options = new Map()
  for (let index = 0; index < args.length; index++) {
    const name = args[index]!.replace(/^-+/, '')
    if (booleans.includes(name)) options.set(name, true)
    else options.set(name, args[++index] ?? '')
  }
  return options
}

export function installOpenssl(system: HostSystem, pems: PemRegistry): void {
  system.register('openssl', async (ctx) => {
    const [command, ...args] = ctx.argv.slice(1)
    if (command === 'genrsa') return genrsa(system, pems, ctx, args)
    if (command === 'req') return req(system, pems, ctx, args)
    if (command === 'x509') return x509(system, pems, ctx, args)
    if (command === 'version') {
      ctx.io.write('OpenSSL 3.0.13 30 Jan 2024 (Library: OpenSSL 3.0.13 30 Jan 2024)\n', 'stdout')
      return 0
    }
    // NOTE: only genrsa, req, x509 and version are simulated.
    ctx.io.write(`Invalid command '${command ?? ''}'; type "help" for a list.\n`, 'stderr')
    return 1
  })
}

function readFile(system: HostSystem, ctx: HostProgramContext, path: string): string | undefined {
  try {
    return system.fs.readFile(system.resolve(path), system.shell.cred)
  } catch (error) {
    if (!(error instanceof FsError)) throw error
    return undefined
  }
}

function writeFile(system: HostSystem, ctx: HostProgramContext, path: string, content: string, mode = 0o644): boolean {
  const resolved = system.resolve(path)
  try {
    system.fs.writeFile(resolved, content, system.now(), system.shell.cred)
    const node = system.fs.lookup(resolved)
    if (node && mode !== 0o644 && node.uid === system.shell.cred.uid) node.mode = mode
    return true
  } catch (error) {
    if (!(error instanceof FsError)) throw error
    ctx.io.write(`${path}: ${error.reason}\n`, 'stderr')
    return false
  }
}

async function genrsa(system: HostSystem, pems: PemRegistry, ctx: HostProgramContext, args: string[]): Promise<number> {
  const bitsArg = args.find((arg, index) => /^\d+$/.test(arg) && args[index - 1] !== '-out')
  const options = parseOptions(args.filter((arg) => arg !== bitsArg), ['aes256', 'aes128', 'des3', 'quiet'])
  const bits = Number(bitsArg ?? 2048)
  const encrypted = options.has('aes256') || options.has('aes128') || options.has('des3')

  if (!options.has('quiet')) ctx.io.write(progressDots(bits), 'stderr')

  let passphrase: string | undefined
  if (encrypted) {
    const prompter = new Prompter(ctx)
    passphrase = await prompter.ask('Enter PEM pass phrase:', false)
    if (passphrase === undefined) return passwordReadFailure(ctx)
    if (passphrase.length < 4) {
      ctx.io.write('Result too small\n', 'stderr')
      return 1
    }
    const again = await prompter.ask('Verifying - Enter PEM pass phrase:', false)
    if (again !== passphrase) {
      ctx.io.write('Verify failure\nUser interface error\n', 'stderr')
      return 1
    }
  }

  const info: KeyInfo = { kind: 'key', id: pems.allocateId(), bits, passphrase }
  const text = pems.encodeKey(info)
  const out = options.get('out')
  if (typeof out !== 'string') {
    ctx.io.write(text, 'stdout')
    return 0
  }
  return writeFile(system, ctx, out, text, 0o600) ? 0 : 1
}

function progressDots(bits: number): string {
  const line = (seed: number): string => pseudoHex(seed, 24).map((byte) => (parseInt(byte, 16) % 5 === 0 ? '+' : '.')).join('')
  return `${line(bits)}+++++*\n${line(bits + 1)}+++++*\n`
}

function passwordReadFailure(ctx: HostProgramContext): number {
  // NOTE: wording of OpenSSL 3 when the pass phrase cannot be read (no terminal, end of input).
  ctx.io.write('Error reading password from BIO\nError getting password\n', 'stderr')
  return 1
}

/** Loads a private key file, asking for its pass phrase when encrypted. */
async function loadKey(system: HostSystem, pems: PemRegistry, ctx: HostProgramContext, path: string, purpose: string): Promise<KeyInfo | undefined> {
  const text = readFile(system, ctx, path)
  const info = text === undefined ? undefined : pems.identify(text)
  if (text === undefined || info?.kind !== 'key') {
    ctx.io.write(`Could not open file or uri for loading ${purpose} from ${path}\n`, 'stderr')
    return undefined
  }
  if (info.passphrase === undefined) return info

  const answer = await new Prompter(ctx).ask(`Enter pass phrase for ${path}:`, false)
  if (answer !== info.passphrase) {
    ctx.io.write(`Could not read ${purpose} from ${path}\n`, 'stderr')
    return undefined
  }
  return info
}

async function askSubject(ctx: HostProgramContext, withAttributes: boolean): Promise<[string, string][]> {
  const prompter = new Prompter(ctx)
  ctx.io.write(
    [
      'You are about to be asked to enter information that will be incorporated',
      'into your certificate request.',
      'What you are about to enter is what is called a Distinguished Name or a DN.',
      'There are quite a few fields but you can leave some blank',
      'For some fields there will be a default value,',
      "If you enter '.', the field will be left blank.",
      '-----',
      '',
    ].join('\n'),
    'stderr',
  )

  const subject: [string, string][] = []
  for (const [key, question, fallback] of DN_QUESTIONS) {
    const answer = (await prompter.ask(`${question} [${fallback}]:`, true)) ?? ''
    // As in openssl req: an empty answer takes the default, a single '.' leaves the field out.
    let value = answer
    if (answer === '') value = fallback
    else if (answer === '.') value = ''
    if (value !== '') subject.push([key, value])
  }

  if (withAttributes) {
    ctx.io.write("\nPlease enter the following 'extra' attributes\nto be sent with your certificate request\n", 'stderr')
    await prompter.ask('A challenge password []:', true)
    await prompter.ask('An optional company name []:', true)
  }
  return subject
}

async function req(system: HostSystem, pems: PemRegistry, ctx: HostProgramContext, args: string[]): Promise<number> {
  const options = parseOptions(args, ['new', 'x509', 'sha256', 'nodes', 'noenc', 'noout', 'text', 'verify'])
  const keyPath = options.get('key')
  if (typeof keyPath !== 'string') {
    // NOTE: `req -newkey` (key and request in one step) is not simulated.
    ctx.io.write('req: Use -help for summary.\n', 'stderr')
    return 1
  }

  const key = await loadKey(system, pems, ctx, keyPath, 'private key')
  if (!key) return 1

  const subjText = options.get('subj')
  const subject = typeof subjText === 'string' ? parseSubject(subjText) : await askSubject(ctx, !options.has('x509'))
  if (!subject) {
    ctx.io.write(`req: Error parsing subject name: ${String(subjText)}\n`, 'stderr')
    return 1
  }

  const selfSigned = options.has('x509')
  const now = system.now()
  const cert: CertInfo = {
    kind: selfSigned ? 'cert' : 'csr',
    id: pems.allocateId(),
    subject,
    issuer: subject,
    keyId: key.id,
    signerKeyId: key.id,
    serial: pseudoHex(key.id * 31, 20).join('').toUpperCase(),
    notBefore: now,
    notAfter: now + Number(options.get('days') ?? 30) * DAY_MS,
    dnsNames: [],
    ipAddresses: [],
    extendedKeyUsage: [],
    isCA: selfSigned,
  }
  const text = pems.encodeCert(cert)
  const out = options.get('out')
  if (typeof out !== 'string') {
    ctx.io.write(text, 'stdout')
    return 0
  }
  return writeFile(system, ctx, out, text) ? 0 : 1
}

async function x509(system: HostSystem, pems: PemRegistry, ctx: HostProgramContext, args: string[]): Promise<number> {
  const options = parseOptions(args, ['req', 'noout', 'text', 'subject', 'issuer', 'dates', 'sha256', 'CAcreateserial', 'serial'])
  const input = options.get('in')
  const text = typeof input === 'string' ? readFile(system, ctx, input) : ctx.stdin
  const info = text === undefined ? undefined : pems.identify(text)
  if (text === undefined || !info || info.kind === 'key') {
    ctx.io.write(`Could not open file or uri for loading ${options.has('req') ? 'certificate request' : 'certificate'} from ${String(input ?? 'stdin')}\n`, 'stderr')
    return 1
  }

  if (options.has('req')) return signRequest(system, pems, ctx, options, info)
  return printCertificate(system, ctx, options, info)
}

async function signRequest(system: HostSystem, pems: PemRegistry, ctx: HostProgramContext, options: Options, request: CertInfo): Promise<number> {
  ctx.io.write(`Certificate request self-signature ok\nsubject=${formatName(request.subject)}\n`, 'stderr')

  const caPath = options.get('CA')
  const caKeyPath = options.get('CAkey')
  const caText = typeof caPath === 'string' ? readFile(system, ctx, caPath) : undefined
  const ca = caText === undefined ? undefined : pems.identify(caText)
  if (typeof caPath !== 'string' || ca?.kind !== 'cert') {
    ctx.io.write(`Could not open file or uri for loading CA certificate from ${String(caPath ?? '')}\n`, 'stderr')
    return 1
  }
  const caKey = typeof caKeyPath === 'string' ? await loadKey(system, pems, ctx, caKeyPath, 'CA private key') : undefined
  if (!caKey) return 1
  if (caKey.id !== ca.keyId) {
    ctx.io.write('CA certificate and CA private key do not match\n', 'stderr')
    return 1
  }

  const serial = nextSerial(system, ctx, caPath, options.has('CAcreateserial'))
  if (serial === undefined) return 1

  const extensions = typeof options.get('extfile') === 'string' ? readExtensions(system, ctx, options.get('extfile') as string) : { dnsNames: [], ipAddresses: [], extendedKeyUsage: [] }
  if (!extensions) return 1

  const now = system.now()
  const cert: CertInfo = { ...request, kind: 'cert', id: pems.allocateId(), issuer: ca.subject, signerKeyId: caKey.id, serial, notBefore: now, notAfter: now + Number(options.get('days') ?? 30) * DAY_MS, isCA: false, ...extensions }
  const text = pems.encodeCert(cert)
  const out = options.get('out')
  if (typeof out !== 'string') {
    ctx.io.write(text, 'stdout')
    return 0
  }
  return writeFile(system, ctx, out, text) ? 0 : 1
}

/** Reads or creates the `.srl` file next to the CA certificate and stores the next serial. */
function nextSerial(system: HostSystem, ctx: HostProgramContext, caPath: string, create: boolean): string | undefined {
  const serialPath = caPath.replace(/\.[^./]*$/, '') + '.srl'
  const existing = readFile(system, ctx, serialPath)
  if (existing === undefined && !create) {
    ctx.io.write(`${serialPath}: No such file or directory\n`, 'stderr')
    return undefined
  }

  const base = existing?.trim() ?? pseudoHex(system.now() % 100_000, 20).join('').toUpperCase()
  const next = existing === undefined ? base : (BigInt(`0x${base}`) + 1n).toString(16).toUpperCase().padStart(base.length, '0')
  return writeFile(system, ctx, serialPath, `${next}\n`) ? next : undefined
}

function readExtensions(system: HostSystem, ctx: HostProgramContext, path: string): Pick<CertInfo, 'dnsNames' | 'ipAddresses' | 'extendedKeyUsage'> | undefined {
  const text = readFile(system, ctx, path)
  if (text === undefined) {
    ctx.io.write(`Error opening extension file ${path}\n`, 'stderr')
    return undefined
  }

  const result = { dnsNames: [] as string[], ipAddresses: [] as string[], extendedKeyUsage: [] as string[] }
  for (const line of text.split('\n')) {
    const [name, value] = line.split('=').map((part) => part.trim())
    if (name === 'subjectAltName' && value) {
      for (const item of value.split(',').map((part) => part.trim())) {
        if (item.startsWith('DNS:')) result.dnsNames.push(item.slice(4))
        if (item.startsWith('IP:')) result.ipAddresses.push(item.slice(3))
      }
    }
    if (name === 'extendedKeyUsage' && value) result.extendedKeyUsage.push(...value.split(',').map((part) => part.trim()))
  }
  return result
}

function opensslDate(ms: number): string {
  const date = new Date(ms)
  const month = date.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })
  const time = date.toISOString().slice(11, 19)
  return `${month} ${String(date.getUTCDate()).padStart(2, ' ')} ${time} ${date.getUTCFullYear()} GMT`
}

function printCertificate(system: HostSystem, ctx: HostProgramContext, options: Options, cert: CertInfo): number {
  const lines: string[] = []
  if (options.has('subject')) lines.push(`subject=${formatName(cert.subject)}`)
  if (options.has('issuer')) lines.push(`issuer=${formatName(cert.issuer)}`)
  if (options.has('dates')) lines.push(`notBefore=${opensslDate(cert.notBefore)}`, `notAfter=${opensslDate(cert.notAfter)}`)
  if (options.has('text')) lines.push(...certificateText(cert))
  if (lines.length > 0) ctx.io.write(lines.join('\n') + '\n', 'stdout')
  return 0
}

const USAGE_NAMES: Record<string, string> = { serverAuth: 'TLS Web Server Authentication', clientAuth: 'TLS Web Client Authentication' }

function certificateText(cert: CertInfo): string[] {
  const hexBlock = (bytes: string[], indent: string): string[] => (bytes.join(':').match(/.{1,45}/g) ?? []).map((line) => indent + line)
  const lines = [
    'Certificate:',
    '    Data:',
    '        Version: 3 (0x2)',
    '        Serial Number:',
    `            ${cert.serial.toLowerCase().match(/../g)!.join(':')}`,
    '        Signature Algorithm: sha256WithRSAEncryption',
    `        Issuer: ${formatName(cert.issuer)}`,
    '        Validity',
    `            Not Before: ${opensslDate(cert.notBefore)}`,
    `            Not After : ${opensslDate(cert.notAfter)}`,
    `        Subject: ${formatName(cert.subject)}`,
    '        Subject Public Key Info:',
    '            Public Key Algorithm: rsaEncryption',
    '                Public-Key: (4096 bit)',
    '                Modulus:',
    ...hexBlock(['00', ...pseudoHex(cert.keyId * 101, 512)], '                    '),
    '                Exponent: 65537 (0x10001)',
    '        X509v3 extensions:',
  ]

  const sans = [...cert.dnsNames.map((name) => `DNS:${name}`), ...cert.ipAddresses.map((ip) => `IP Address:${ip}`)]
  if (sans.length > 0) lines.push('            X509v3 Subject Alternative Name: ', `                ${sans.join(', ')}`)
  if (cert.extendedKeyUsage.length > 0) lines.push('            X509v3 Extended Key Usage: ', `                ${cert.extendedKeyUsage.map((usage) => USAGE_NAMES[usage] ?? usage).join(', ')}`)
  lines.push('            X509v3 Subject Key Identifier: ', `                ${pseudoHex(cert.keyId * 13, 20).join(':').toUpperCase()}`)
  if (cert.isCA) lines.push('            X509v3 Basic Constraints: critical', '                CA:TRUE')
  lines.push('            X509v3 Authority Key Identifier: ', `                ${pseudoHex(cert.signerKeyId * 13, 20).join(':').toUpperCase()}`)
  lines.push('    Signature Algorithm: sha256WithRSAEncryption', '    Signature Value:', ...hexBlock(pseudoHex(cert.id * 17, 512), '        '))
  return lines
}
