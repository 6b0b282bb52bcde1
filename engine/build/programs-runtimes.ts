// `python` and `node` for the course's small example apps. They print the
// string literals passed to print() or console.log(), and a script that
// starts a server (app.run, serve_forever, .listen) keeps running like one.
// NOTE: nothing else of the language runs; variables, loops and imports are
// ignored.

import { resolvePath } from '../fs/vfs'
import { pythonProgram } from '../shell/python'
import type { Program, ProgramContext } from '../shell/types'

/** Virtual run time of a server process: it stays up until stopped. */
const SERVER_RUN_MS = 365 * 24 * 3_600_000

function readScript(ctx: ProgramContext, path: string): string | undefined {
  const node = ctx.container.fs.lookup(resolvePath(ctx.state.cwd, path))
  return node?.type === 'file' ? node.content : undefined
}

function printLiterals(ctx: ProgramContext, script: string, call: RegExp): void {
  for (const match of script.matchAll(call)) ctx.write(`${match[2]!.replace(/\\n/g, '\n')}\n`)
}

const python: Program = (ctx) => {
  if (['-c', '--version', '-V'].includes(ctx.argv[1] ?? '')) return pythonProgram(ctx)
  const script = ctx.argv.slice(1).find((arg) => !arg.startsWith('-'))
  if (script === undefined) return 0

  const source = readScript(ctx, script)
  if (source === undefined) {
    ctx.write(`${ctx.argv[0]}: can't open file '${resolvePath(ctx.state.cwd, script)}': [Errno 2] No such file or directory\n`, 'stderr')
    return 2
  }

  printLiterals(ctx, source, /print\((['"])(.*?)\1\)/g)
  if (/\.run\(|serve_forever\(|uvicorn\.run\(/.test(source)) ctx.spend(SERVER_RUN_MS)
  return 0
}

const node: Program = (ctx) => {
  if (ctx.argv[1] === '--version' || ctx.argv[1] === '-v') {
    ctx.write(`v${ctx.state.env.get('NODE_VERSION') ?? '22.21.1'}\n`)
    return 0
  }

  const script = ctx.argv.slice(1).find((arg) => !arg.startsWith('-'))
  if (script === undefined) return 0

  const path = resolvePath(ctx.state.cwd, script)
  const source = readScript(ctx, script)
  if (source === undefined) {
    ctx.write(`node:internal/modules/cjs/loader:1228\n  throw err;\n  ^\n\nError: Cannot find module '${path}'\n    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)\n    at node:internal/main/run_main_module:28:49 {\n  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}\n\nNode.js v22.21.1\n`, 'stderr')
    return 1
  }

  printLiterals(ctx, source, /console\.log\((['"`])(.*?)\1\)/g)
  if (/\.listen\(/.test(source)) ctx.spend(SERVER_RUN_MS)
  return 0
}

export const RUNTIME_PROGRAMS: Record<string, Program> = {
  python,
  python3: python,
  'python3.9': python,
  node,
}
