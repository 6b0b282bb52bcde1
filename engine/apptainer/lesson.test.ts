// Replays every `bash runnable` block of the Apptainer lesson, in order, on
// one engine; each login prompt is answered with a token.

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Engine } from '../engine'
import { expectOutput, runLine, runnableBlocks } from '../host/test-support'

const LESSON = join(__dirname, '../../content/lessons/apptainer.mdx')

const CONVERSION = 'INFO:    Converting OCI blobs to SIF format\nINFO:    Starting build...\nINFO:    Fetching OCI image...\nINFO:    Extracting OCI image...\nINFO:    Inserting Apptainer configuration...\nINFO:    Creating SIF file...\n[====================================================================] 100 % 0s\n'

const stored = (config: string): string => `INFO:    Token stored in /home/studente/.docker/config.json\nINFO:    Token stored in /home/studente/.apptainer/remote.yaml\n${config}`

interface Step {
  line: string
  stdout?: string | RegExp
  stderr?: string | RegExp
  answers?: string[]
}

const STEPS: Step[] = [
  { line: 'apptainer pull docker://sylabsio/lolcow', stdout: '', stderr: CONVERSION },
  { line: 'ls -l lolcow_latest.sif', stdout: '-rwxr-xr-x 1 studente studente 74993664 Nov 27 10:00 lolcow_latest.sif\n' },
  { line: 'apptainer registry login --username myuser docker://docker.io', answers: ['dckr_pat_token'], stdout: 'Password / Token: ', stderr: stored('') },
  { line: 'apptainer registry list', stdout: '\nURI                  SECURE?\ndocker://docker.io   ✓\n' },
  { line: 'apptainer registry logout docker://docker.io', stderr: 'INFO:    Token removed from /home/studente/.docker/config.json\nINFO:    Logout succeeded\n' },
  { line: 'apptainer pull docker://quay.io/bitnami/python:3.7', stderr: CONVERSION },
  { line: 'apptainer run python_3.7.sif', stdout: '', stderr: '' },
  { line: 'apptainer registry login --username myuser docker://quay.io', answers: ['quay-token'], stderr: stored('') },
  { line: 'apptainer pull docker://nvcr.io/nvidia/pytorch:21.09-py3', stderr: CONVERSION },
  { line: 'apptainer registry login --username \\$oauthtoken docker://nvcr.io', answers: ['ngc-api-key'], stderr: stored('') },
  { line: 'apptainer pull docker://ghcr.io/containerd/alpine:latest', stderr: CONVERSION },
  { line: 'apptainer registry login --username myuser docker://ghcr.io', answers: ['ghp_token'], stderr: stored('') },
  { line: 'apptainer registry login --username myuser docker://myregistry.azurecr.io', answers: ['sp-password'], stderr: stored('') },
]

describe('apptainer lesson', () => {
  it('has the runnable blocks the replay expects', () => {
    expect(runnableBlocks(LESSON)).toEqual(STEPS.map((step) => step.line))
  })

  it('replays every runnable block', async () => {
    const engine = new Engine()
    for (const step of STEPS) {
      const result = await runLine(engine, step.line, step.answers)
      expect(result.exitCode, `${step.line}\n${result.stderr}`).toBe(0)
      expectOutput(result.stdout, step.stdout, `stdout of ${step.line}`)
      expectOutput(result.stderr, step.stderr, `stderr of ${step.line}`)
    }
    expect((await runLine(engine, 'apptainer registry list')).stdout).toBe('\nURI                              SECURE?\ndocker://quay.io                 ✓\ndocker://nvcr.io                 ✓\ndocker://ghcr.io                 ✓\ndocker://myregistry.azurecr.io   ✓\n')
  })
})
