// Runs a build: resolves base images, executes the stages the target needs
// with BuildKit's cache semantics, prints the plain progress output on the
// virtual clock and stores the resulting image in the daemon.

import { manifestDigest } from '../images/digest'
import type { CommandIO } from '../api'
import type { Daemon } from '../docker/daemon'
import { FileSystem, makeNode, type FsNode } from '../fs/vfs'
import { buildBaseImages } from '../images/build-bases'
import type { Image } from '../images/types'
import { flagValue, type DockerInstruction } from '../lint/dockerfile'
import type { BuildContext } from './context'
import { describeEntries } from './context'
import { applyCopy, copyOwner, selectSources, type CopySource, type SourceTree } from './copy-step'
import { expandVariables } from './expand'
import { storeImage } from './export'
import { takeSnapshot, layerSize } from './layer'
import { applyMetadata, DockerfileError, envValue } from './metadata'
import { buildWarnings, planBuild, stageIndex, STEP_INSTRUCTIONS, type BuildPlan, type PlannedStage } from './plan'
import { dockerfileExcerpt, errorSummary, formatSeconds, PlainProgress, progressBytes } from './progress'
import { executeRun, runHistoryText } from './run-step'
import { sha256Hex } from './sha256'
import { builderState, type BuilderState, type StageState } from './state'

export interface BuildRequest {
  /** Dockerfile text. */
  source: string
  /** Name shown in `load build definition from …` and error boxes. */
  dockerfileName: string
  /** Undefined when the Dockerfile came from standard input without a context. */
  context: BuildContext | undefined
  /** Normalised `name:tag` references from `-t`. */
  tags: string[]
  target: string | undefined
  noCache: boolean
  quiet: boolean
  buildArgs: Map<string, string>
  /** Secret contents by id, from `--secret`. */
  secrets: Map<string, string>
}

export interface BuildOutcome {
  exitCode: number
  image: Image | undefined
}

/** Raised inside the build to stop it after a step failed; the message is the `failed to solve` cause. */
class BuildFailure extends Error {
  constructor(
    message: string,
    readonly vertex: { id: number; name: string; tail: string[] } | undefined,
    readonly line: number | undefined,
  ) {
    super(message)
  }
}

class Cancelled extends Error {}

/** Marks a history entry whose time is set when its stage ends. */
const PENDING_TIME = ''

/** Virtual time BuildKit takes to resolve a base image's metadata from the registry. */
const METADATA_MS = 600
/** Seconds between container start and the first output line of a RUN. */
const RUN_START_MS = 150

/** Returns the fully qualified name BuildKit prints (`docker.io/library/python:3.9-slim`). */
export function qualifiedName(reference: string, addLatest = true): string {
  const [name, tag] = splitTag(reference)
  const parts = name.split('/')
  const first = parts[0]!
  const hasRegistry = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')

  let prefix = 'docker.io/'
  if (hasRegistry) prefix = ''
  else if (parts.length === 1) prefix = 'docker.io/library/'

  let suffix = ''
  if (tag !== undefined) suffix = `:${tag}`
  else if (addLatest) suffix = ':latest'
  return `${prefix}${name}${suffix}`
}

function splitTag(reference: string): [string, string | undefined] {
  const at = reference.indexOf('@')
  const withoutDigest = at >= 0 ? reference.slice(0, at) : reference
  const colon = withoutDigest.lastIndexOf(':')
  if (colon > 0 && !withoutDigest.slice(colon).includes('/')) return [withoutDigest.slice(0, colon), withoutDigest.slice(colon + 1)]
  return [withoutDigest, undefined]
}

class Build {
  private readonly progress: PlainProgress
  private readonly builder: BuilderState
  private readonly states = new Map<number, StageState>()
  private contextSent = false
  private plan: BuildPlan | undefined
  /** Base images whose FROM vertex was printed; BuildKit merges identical vertices. */
  private readonly startedBases = new Set<string>()
  private newBytes = 0

  constructor(
    private readonly daemon: Daemon,
    private readonly io: CommandIO,
    private readonly request: BuildRequest,
  ) {
    this.progress = new PlainProgress(io, request.quiet)
    this.builder = builderState(daemon)
  }

  private async wait(ms: number): Promise<void> {
    if (ms <= 0) return
    if (!(await this.io.sleep(ms))) throw new Cancelled()
  }

  async run(): Promise<BuildOutcome> {
    this.progress.open('building with "default" instance using docker driver')

    const definition = this.progress.open(`[internal] load build definition from ${this.request.dockerfileName}`)
    this.progress.line(definition, `transferring dockerfile: ${progressBytes(new TextEncoder().encode(this.request.source).length)} done`)
    await this.wait(20)
    this.progress.done(definition, 20)

    let plan: BuildPlan
    try {
      plan = planBuild(this.request.source, this.request.buildArgs, this.request.target)
    } catch (error) {
      if (!(error instanceof DockerfileError)) throw error
      this.fail(new BuildFailure(error.message, undefined, error.line > 0 ? error.line : undefined))
      return { exitCode: 1, image: undefined }
    }

    try {
      const image = await this.execute(plan)
      this.printWarnings(plan)
      if (this.request.quiet) this.io.write(`${image.id}\n`, 'stdout')
      return { exitCode: 0, image }
    } catch (error) {
      if (error instanceof Cancelled) {
        this.progress.raw('ERROR: failed to solve: Canceled: context canceled\n')
        return { exitCode: 1, image: undefined }
      }
      if (error instanceof DockerfileError) {
        this.fail(new BuildFailure(error.message, undefined, error.line))
        return { exitCode: 1, image: undefined }
      }
      if (!(error instanceof BuildFailure)) throw error
      this.fail(error)
      return { exitCode: 1, image: undefined }
    }
  }

  private fail(failure: BuildFailure): void {
    const step = failure.vertex
    if (!step) {
      const excerpt = failure.line === undefined ? '' : dockerfileExcerpt(this.request.dockerfileName, this.request.source, failure.line)
      this.progress.raw(`${excerpt}ERROR: failed to solve: ${failure.message}\n`)
      return
    }
    this.progress.raw(errorSummary(step.name, step.tail, this.request.dockerfileName, this.request.source, failure.line, failure.message))
  }

  private printWarnings(plan: BuildPlan): void {
    if (this.request.quiet) return
    const warnings = buildWarnings(this.request.source, plan.parsed)
    if (warnings.length === 0) return
    this.progress.raw(`\n ${warnings.length} warning${warnings.length === 1 ? '' : 's'} found (use docker --debug to expand):\n${warnings.map((warning) => ` - ${warning}\n`).join('')}`)
  }

  private async execute(plan: BuildPlan): Promise<Image> {
    this.plan = plan
    const bases = await this.resolveBases(plan)

    const ignore = this.progress.open('[internal] load .dockerignore')
    this.progress.line(ignore, `transferring context: ${progressBytes(Math.max(2, this.request.context?.ignoreFileSize ?? 0))} done`)
    this.progress.done(ignore, 0)

    for (const index of plan.needed) await this.buildStage(plan, index, bases)

    const final = this.states.get(plan.target)!
    return this.exportImage(final)
  }

  /** Resolves every external base image of the needed stages, printing `load metadata` vertices. */
  private async resolveBases(plan: BuildPlan): Promise<Map<string, Image>> {
    const bases = new Map<string, Image>()
    const references = new Set<string>()
    for (const index of plan.needed) {
      const planned = plan.stages[index]!
      if (planned.parentStage === undefined && planned.baseName.toLowerCase() !== 'scratch') references.add(planned.baseName)
      for (const instruction of planned.stage.instructions) {
        const from = instruction.keyword === 'COPY' || instruction.keyword === 'ADD' ? flagValue(instruction, 'from') : undefined
        if (from && stageIndex(plan.stages, from, index) === undefined) references.add(from)
      }
    }

    for (const reference of references) {
      const vertex = this.progress.open(`[internal] load metadata for ${qualifiedName(reference)}`)
      await this.wait(METADATA_MS)
      const image = this.findBase(reference)
      if (!image) {
        const [name, tag = 'latest'] = splitTag(reference)
        const path = qualifiedName(reference).replace(/^docker\.io\//, '').replace(/:[^:/]+$/, '')
        const cause = `failed to do request: Head "https://registry-1.docker.io/v2/${path}/manifests/${tag}": dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: dial udp 127.0.0.53:53: connect: network is unreachable`
        this.progress.error(vertex, cause)
        const line = plan.stages.find((planned) => planned.baseName === reference)?.stage.line
        throw new BuildFailure(`${name}:${tag}: failed to resolve source metadata for ${qualifiedName(reference)}: ${cause}`, { id: vertex, name: `[internal] load metadata for ${qualifiedName(reference)}`, tail: [] }, line)
      }
      this.progress.done(vertex, METADATA_MS)
      bases.set(reference, image)
    }
    return bases
  }

  /** Local images first, then the registry of base images the simulator can pull. */
  private findBase(reference: string): Image | undefined {
    const local = this.daemon.findImage(reference)
    if (local) return local
    const [name, tag = 'latest'] = splitTag(reference.replace(/^docker\.io\/(library\/)?/, ''))
    return buildBaseImages().find((image) => image.repository === name && image.tag === tag)
  }

  private isPulled(image: Image): boolean {
    return this.daemon.images.includes(image) || this.builder.pulled.has(image.id)
  }

  private async buildStage(plan: BuildPlan, index: number, bases: Map<string, Image>): Promise<void> {
    const planned = plan.stages[index]!
    const state = planned.parentStage !== undefined ? this.inheritStage(planned, this.states.get(planned.parentStage)!) : await this.startStage(planned, bases.get(planned.baseName) ?? scratchImage())
    this.states.set(index, state)
    const historyStart = state.history.length

    for (const instruction of planned.stage.instructions) {
      if (instruction.onbuild) continue
      if (instruction.keyword === 'ARG') {
        this.declareArgs(plan, state, instruction)
        continue
      }
      if (!STEP_INSTRUCTIONS.has(instruction.keyword)) {
        this.applyConfigInstruction(state, instruction)
        continue
      }
      await this.runStep(plan, index, state, instruction)
    }
    this.dateMetadata(state, historyStart)
  }

  /**
   * Dates the configuration-only history entries of this stage with its next
   * filesystem step, or with the previous one at the end of the stage. Cached
   * steps keep their original time, so an unchanged rebuild yields the same
   * image ID, as BuildKit's does. Without any step the build time is used.
   */
  private dateMetadata(state: StageState, start: number): void {
    const history = state.history
    let following: string | undefined
    for (let index = history.length - 1; index >= start; index--) {
      const entry = history[index]!
      if (entry.created !== PENDING_TIME) following = entry.created
      else if (following !== undefined) entry.created = following
    }

    let preceding = new Date(this.daemon.now()).toISOString()
    for (const entry of history.slice(start)) {
      if (entry.created === PENDING_TIME) entry.created = preceding
      else preceding = entry.created
    }
  }

  private inheritStage(planned: PlannedStage, parent: StageState): StageState {
    return {
      ...parent,
      stage: planned.stage,
      label: planned.label,
      totalSteps: planned.totalSteps,
      stepNumber: 1,
      fs: parent.fs.clone(),
      sizes: new Map(parent.sizes),
      config: structuredClone(parent.config),
      history: [...parent.history],
      layers: [...parent.layers],
      args: new Map(),
    }
  }

  private async startStage(planned: PlannedStage, base: Image): Promise<StageState> {
    const key = sha256Hex(`FROM ${base.id} ${planned.platform ?? ''}`)
    const scratch = base.id === SCRATCH_ID
    if (!scratch && !this.startedBases.has(key)) {
      this.startedBases.add(key)
      const vertex = this.progress.open(`[${planned.label}1/${planned.totalSteps}] FROM ${qualifiedName(planned.baseName, false)}`)
      if (!this.isPulled(base)) await this.pullBase(vertex, base)
      else {
        await this.wait(10)
        this.progress.done(vertex, 10)
      }
    }

    return {
      stage: planned.stage,
      label: planned.label,
      totalSteps: planned.totalSteps,
      stepNumber: scratch ? 0 : 1,
      base,
      fs: base.buildFs(),
      sizes: new Map(),
      config: structuredClone(base.config),
      history: [...(base.history ?? [{ created: base.created, createdBy: '', size: base.size, comment: '', emptyLayer: false }])],
      layers: [...base.layers],
      size: base.size,
      args: new Map(),
      key,
      lastLayerAt: Date.parse(base.created),
    }
  }

  /** Prints the download of a base image from the registry, compressed layers at 25 MB/s. */
  private async pullBase(vertex: number, base: Image): Promise<void> {
    this.progress.line(vertex, `resolve ${qualifiedName(`${base.repository}:${base.tag}`)}@${manifestDigest(base)} 0.0s done`)
    let total = 0
    const layerSizes = (base.history ?? []).filter((entry) => !entry.emptyLayer).map((entry) => Math.round(entry.size * 0.4))
    for (const [index, layer] of base.layers.entries()) {
      const bytes = layerSizes[index] ?? Math.round(base.size * 0.4)
      const ms = Math.max(100, bytes / 25_000)
      await this.wait(ms)
      total += ms
      this.progress.line(vertex, `sha256:${layer.slice(7)} ${progressBytes(bytes)} / ${progressBytes(bytes)} ${formatSeconds(ms)} done`)
    }
    for (const layer of base.layers) {
      const ms = 300
      await this.wait(ms)
      total += ms
      this.progress.line(vertex, `extracting sha256:${layer.slice(7)} ${formatSeconds(ms)} done`)
    }
    this.builder.pulled.add(base.id)
    this.progress.done(vertex, total)
  }

  private lookupVariable(state: StageState, name: string): string | undefined {
    return envValue(state.config, name) ?? state.args.get(name)
  }

  private declareArgs(plan: BuildPlan, state: StageState, instruction: DockerInstruction): void {
    for (const property of instruction.properties) {
      const fallback = property.value === null ? plan.globalArgs.get(property.name) : expandVariables(property.value, (name) => this.lookupVariable(state, name))
      const value = this.request.buildArgs.get(property.name) ?? fallback
      if (value !== undefined) state.args.set(property.name, value)
    }
    state.history.push({ created: PENDING_TIME, createdBy: `ARG ${instruction.properties.map((property) => (property.value === null ? property.name : `${property.name}=${property.value}`)).join(' ')}`, size: 0, comment: 'buildkit.dockerfile.v0', emptyLayer: true })
  }

  private applyConfigInstruction(state: StageState, instruction: DockerInstruction): void {
    const createdBy = applyMetadata(state.config, instruction, (text) => expandVariables(text, (name) => this.lookupVariable(state, name)))
    // ENV, USER and SHELL change what later RUN steps see, so they are part of the chain of cache keys.
    state.key = sha256Hex(`${state.key}\n${createdBy}`)
    state.history.push({ created: PENDING_TIME, createdBy, size: 0, comment: 'buildkit.dockerfile.v0', emptyLayer: true })
  }

  private stepName(state: StageState, instruction: DockerInstruction): string {
    return `[${state.label}${state.stepNumber}/${state.totalSteps}] ${instructionText(instruction)}`
  }

  private async runStep(plan: BuildPlan, stageIndexValue: number, state: StageState, instruction: DockerInstruction): Promise<void> {
    state.stepNumber++
    const sources = this.stepSources(plan, stageIndexValue, state, instruction)
    if (sources.kind === 'load-context') await this.sendContext()

    const name = this.stepName(state, instruction)
    const vertex = this.progress.open(name)
    if (sources.kind === 'missing') {
      this.progress.error(vertex, sources.message)
      throw new BuildFailure(`failed to compute cache key: ${sources.message}`, { id: vertex, name, tail: [] }, instruction.line)
    }

    if (instruction.keyword === 'WORKDIR') this.setWorkdir(state, instruction)
    const descriptor = this.stepDescriptor(state, instruction, sources.entries)
    const key = sha256Hex(`${state.key}\n${descriptor}`)
    const cached = this.request.noCache ? undefined : this.builder.cache.get(key)

    if (cached) {
      this.progress.cached(vertex)
      state.fs = cached.fs.clone()
      state.sizes = new Map(cached.sizes)
      this.recordLayer(state, instruction, key, cached.layerSize, cached.layerId, cached.createdAt)
      return
    }

    const before = takeSnapshot(state.fs)
    const startedAt = this.daemon.now()
    const ms = await this.executeStep(state, instruction, sources.entries, vertex, name)
    const size = layerSize(before, state.fs, state.sizes)
    const layerId = `sha256:${sha256Hex(`layer ${key}`)}`

    this.progress.done(vertex, ms)
    this.builder.cache.set(key, { fs: state.fs.clone(), sizes: new Map(state.sizes), layerSize: size, layerId, createdAt: startedAt })
    this.newBytes += size
    this.recordLayer(state, instruction, key, size, layerId, startedAt)
  }

  private recordLayer(state: StageState, instruction: DockerInstruction, key: string, size: number, layerId: string, createdAt: number): void {
    state.key = key
    state.lastLayerAt = createdAt
    state.size += size
    state.layers.push(layerId)
    state.history.push({ created: new Date(createdAt).toISOString(), createdBy: this.historyText(state, instruction), size, comment: 'buildkit.dockerfile.v0', emptyLayer: false })
  }

  private historyText(state: StageState, instruction: DockerInstruction): string {
    if (instruction.keyword === 'RUN') return runHistoryText(state, instruction)
    if (instruction.keyword === 'WORKDIR') return `WORKDIR ${state.config.WorkingDir}`
    const paths = (instruction.execArgs ?? instruction.args).map((path) => expandVariables(path, (name) => this.lookupVariable(state, name)))
    return `${instruction.keyword} ${paths.join(' ')} # buildkit`
  }

  private stepSources(plan: BuildPlan, index: number, state: StageState, instruction: DockerInstruction): { kind: 'none' | 'load-context' | 'stage'; entries: CopySource[] } | { kind: 'missing'; message: string } {
    if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') return { kind: 'none', entries: [] }

    const from = flagValue(instruction, 'from') ?? undefined
    const tree = this.sourceTree(plan, index, from)
    const args = instruction.execArgs ?? instruction.args
    const paths = args.slice(0, -1).map((path) => expandVariables(path, (name) => this.lookupVariable(state, name)))

    const entries: CopySource[] = []
    for (const path of paths) {
      if (instruction.keyword === 'ADD' && /^https?:\/\//.test(path)) {
        entries.push({ path: path.split('/').pop() || 'index.html', node: remoteFile(path, this.daemon.now()) })
        continue
      }
      const found = selectSources(tree, path)
      if (found.length === 0) {
        const ref = sha256Hex(`ref ${this.request.context?.root ?? ''} ${from ?? ''}`)
        return { kind: 'missing', message: `failed to calculate checksum of ref ${ref.slice(0, 8)}-${ref.slice(8, 12)}-${ref.slice(12, 16)}-${ref.slice(16, 20)}-${ref.slice(20, 32)}::${ref.slice(32, 57)}: "/${path.replace(/^\.?\//, '')}": not found` }
      }
      entries.push(...found)
    }
    return { kind: from === undefined ? 'load-context' : 'stage', entries }
  }

  private sourceTree(plan: BuildPlan, index: number, from: string | undefined): SourceTree {
    if (from === undefined) return { kind: 'context', entries: this.request.context?.entries ?? new Map() }
    const stage = stageIndex(plan.stages, from, index)
    if (stage !== undefined) return { kind: 'fs', fs: this.states.get(stage)!.fs }
    return { kind: 'fs', fs: this.findBase(from)!.buildFs() }
  }

  /**
   * Returns the context files that the needed stages' COPY and ADD name,
   * because BuildKit transfers only those. Returns undefined when a source
   * uses a variable, and then the whole context is sent.
   */
  private contextPaths(): Set<string> | undefined {
    const plan = this.plan!
    const tree: SourceTree = { kind: 'context', entries: this.request.context?.entries ?? new Map() }
    const paths = new Set<string>()

    for (const index of plan.needed) {
      for (const instruction of plan.stages[index]!.stage.instructions) {
        if ((instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') || flagValue(instruction, 'from') !== undefined) continue
        const sources = (instruction.execArgs ?? instruction.args).slice(0, -1)
        if (sources.some((source) => source.includes('$'))) return undefined
        for (const found of sources.flatMap((source) => selectSources(tree, source))) {
          for (const [path] of flatten(found.path, found.node)) paths.add(path)
        }
      }
    }
    return paths
  }

  /** Virtual sizes of the stage a `COPY --from` reads, so copied placeholder files keep their size. */
  private sourceSizes(instruction: DockerInstruction): ReadonlyMap<string, number> | undefined {
    const from = flagValue(instruction, 'from')
    if (from === undefined || from === null) return undefined
    const index = this.plan === undefined ? undefined : stageIndex(this.plan.stages, from)
    return index === undefined ? undefined : this.states.get(index)?.sizes
  }

  /** Prints `load build context` once, with the bytes BuildKit would transfer. */
  private async sendContext(): Promise<void> {
    if (this.contextSent) return
    this.contextSent = true
    const context = this.request.context
    const vertex = this.progress.open('[internal] load build context')

    const signatures = new Map<string, string>()
    let bytes = 0
    const previous = context ? this.builder.sentContext.get(context.root) : undefined
    const included = this.contextPaths()
    for (const [path, node] of context?.entries ?? []) {
      if (node.type !== 'file' || (included !== undefined && !included.has(path))) continue
      const signature = `${node.mode}:${node.mtime}:${node.content}`
      signatures.set(path, signature)
      if (previous?.get(path) !== signature) bytes += new TextEncoder().encode(node.content).length
    }
    if (context) this.builder.sentContext.set(context.root, signatures)

    // BuildKit sends only the files that changed since the last build from the same directory.
    const ms = Math.round(bytes / 50_000)
    await this.wait(ms)
    this.progress.line(vertex, `transferring context: ${progressBytes(Math.max(bytes, 2))} ${ms >= 100 ? `${formatSeconds(ms)} ` : ''}done`)
    this.progress.done(vertex, ms)
  }

  /** WORKDIR changes the configuration whether or not its step comes from the cache. */
  private setWorkdir(state: StageState, instruction: DockerInstruction): void {
    const path = expandVariables(instruction.text.trim(), (name) => this.lookupVariable(state, name))
    state.config.WorkingDir = path.startsWith('/') ? path : `${state.config.WorkingDir || '/'}/${path}`.replace(/\/+/g, '/')
  }

  private stepDescriptor(state: StageState, instruction: DockerInstruction, entries: CopySource[]): string {
    const flags = instruction.flags.map((flag) => `--${flag.name}=${flag.value ?? ''}`).join(' ')
    if (instruction.keyword === 'RUN') {
      const env = [...state.args].map(([name, value]) => `${name}=${value}`).join(' ')
      return `RUN ${flags} ${instruction.execArgs ? JSON.stringify(instruction.execArgs) : instruction.text} | ${env} | ${state.config.User} | ${state.config.WorkingDir}`
    }
    if (instruction.keyword === 'WORKDIR') return `WORKDIR ${state.config.WorkingDir}`

    const files = entries.flatMap((entry) => flatten(entry.path, entry.node))
    return `${instruction.keyword} ${flags} ${instruction.text} | ${state.config.WorkingDir} | ${sha256Hex(describeEntries(files))}`
  }

  private async executeStep(state: StageState, instruction: DockerInstruction, entries: CopySource[], vertex: number, name: string): Promise<number> {
    const now = this.daemon.now()
    const expand = (text: string): string => expandVariables(text, (variable) => this.lookupVariable(state, variable))

    if (instruction.keyword === 'WORKDIR') {
      applyCopy(state, { sources: [], destination: `${state.config.WorkingDir}/`, owner: undefined, mode: undefined, extract: false }, now)
      await this.wait(20)
      return 20
    }

    if (instruction.keyword === 'RUN') return this.executeRunStep(state, instruction, vertex, name, now)

    const owner = copyOwner(state, instruction)
    if (typeof owner === 'string') {
      this.progress.error(vertex, owner)
      throw new BuildFailure(owner, { id: vertex, name, tail: [] }, instruction.line)
    }
    const args = instruction.execArgs ?? instruction.args
    const sourceSizes = this.sourceSizes(instruction)
    applyCopy(state, { sources: entries, destination: expand(args[args.length - 1] ?? '.'), owner, mode: flagValue(instruction, 'chmod') ?? undefined, extract: instruction.keyword === 'ADD', sourceSizes }, now)

    const bytes = entries.flatMap((entry) => flatten(entry.path, entry.node)).reduce((sum, [, node]) => sum + node.content.length, 0)
    const ms = 30 + Math.round(bytes / 100_000)
    await this.wait(ms)
    return ms
  }

  private async executeRunStep(state: StageState, instruction: DockerInstruction, vertex: number, name: string, now: number): Promise<number> {
    const outcome = executeRun(state, instruction, this.request.secrets, now + RUN_START_MS)
    const chunks = outcome.result?.chunks ?? []

    const lines: Array<{ at: number; text: string }> = []
    for (const chunk of chunks) {
      const parts = chunk.text.split('\n')
      if (parts[parts.length - 1] === '') parts.pop()
      for (const part of parts) lines.push({ at: chunk.at, text: part })
    }

    let elapsed = 0
    for (const line of lines) {
      const at = RUN_START_MS + line.at
      await this.wait(at - elapsed)
      elapsed = Math.max(elapsed, at)
      this.progress.log(vertex, at / 1000, line.text)
    }
    const total = RUN_START_MS + (outcome.result?.durationMs ?? 0) + 50
    await this.wait(total - elapsed)

    if (!outcome.ok) {
      this.progress.error(vertex, outcome.message)
      const tail = lines.slice(-6).map((line) => `#${vertex} ${((RUN_START_MS + line.at) / 1000).toFixed(3)} ${line.text}`)
      throw new BuildFailure(outcome.message, { id: vertex, name, tail }, instruction.line)
    }
    return total
  }

  private async exportImage(final: StageState): Promise<Image> {
    const vertex = this.progress.open('exporting to image')
    const ms = Math.round(this.newBytes / 100_000)
    if (ms > 0) {
      this.progress.line(vertex, 'exporting layers')
      await this.wait(ms)
      this.progress.line(vertex, `exporting layers ${formatSeconds(ms)} done`)
    } else {
      this.progress.line(vertex, 'exporting layers done')
    }

    const image = storeImage(this.daemon, final, this.request.tags)
    this.progress.line(vertex, `writing image ${image.id} done`)
    for (const tag of this.request.tags) this.progress.line(vertex, `naming to ${qualifiedName(tag)} done`)
    this.progress.done(vertex, ms)
    return image
  }
}

/** Returns the instruction as written, flags included and line continuations joined. */
export function instructionText(instruction: DockerInstruction): string {
  const flags = instruction.flags.map((flag) => (flag.value === null ? `--${flag.name}` : `--${flag.name}=${flag.value}`))
  return [instruction.keyword, ...flags, instruction.text.trim()].join(' ')
}

function flatten(path: string, node: FsNode): Array<[string, FsNode]> {
  if (node.type !== 'dir') return [[path, node]]
  return [[path, node] as [string, FsNode], ...[...node.children].flatMap(([name, child]) => flatten(path === '' ? name : `${path}/${name}`, child))]
}

const SCRATCH_ID = `sha256:${'0'.repeat(64)}`

/** Returns the empty base of `FROM scratch`: no files, no history, no size. */
function scratchImage(): Image {
  return {
    repository: 'scratch',
    tag: 'latest',
    id: SCRATCH_ID,
    created: '1970-01-01T00:00:00Z',
    size: 0,
    config: { Env: [], Cmd: null, Entrypoint: null, WorkingDir: '', User: '', Labels: null },
    behaviour: 'plain',
    flavor: 'busybox',
    shell: 'ash',
    layers: [],
    history: [],
    buildFs: () => new FileSystem(makeNode('dir', 0o755, 0)),
  }
}

/** Returns the file of `ADD <url>`: the simulator cannot download, so it contains a note; BuildKit gives it mode 0600. */
function remoteFile(url: string, now: number): FsNode {
  return { type: 'file', mode: 0o600, uid: 0, gid: 0, mtime: now, content: `(simulated download of ${url})\n`, children: new Map(), target: '' }
}

/** Runs `docker build` and returns its exit code and the image it produced. */
export async function runBuild(daemon: Daemon, io: CommandIO, request: BuildRequest): Promise<BuildOutcome> {
  return new Build(daemon, io, request).run()
}

