// Interactive questions (pass phrases, certificate subjects, passwords).
// Answers come from the terminal when it can read a line, otherwise from the
// command's piped stdin, one line per question, as a tool without a terminal reads them.

import type { OutputStream } from '../api'
import type { HostProgramContext } from '../shell/host'

export class Prompter {
  private readonly piped: string[]

  constructor(
    private readonly ctx: HostProgramContext,
    private readonly stream: OutputStream = 'stderr',
  ) {
    this.piped = ctx.stdin === '' ? [] : ctx.stdin.replace(/\n$/, '').split('\n')
  }

  /** Writes `prompt` and resolves the line typed or piped in, or undefined at end of input. */
  async ask(prompt: string, echo: boolean): Promise<string | undefined> {
    this.ctx.io.write(prompt, this.stream)
    if (this.ctx.io.readLine && this.piped.length === 0) return this.ctx.io.readLine(echo)

    const answer = this.piped.shift()
    if (answer !== undefined && echo) this.ctx.io.write(`${answer}\n`, this.stream)
    else this.ctx.io.write('\n', this.stream)
    return answer
  }
}
