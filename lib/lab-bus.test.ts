import { beforeEach, describe, expect, it } from 'vitest'
import { useLabBus } from './lab-bus'

describe('lab bus', () => {
  beforeEach(() => useLabBus.getState().reset())

  it('queues files with their command', () => {
    useLabBus.getState().requestRun('docker build -t demo .', [{ path: '~/demo/Dockerfile', content: 'FROM busybox\n' }])

    expect(useLabBus.getState().active).toBe(true)
    expect(useLabBus.getState().takePendingFiles()).toEqual([{ path: '~/demo/Dockerfile', content: 'FROM busybox\n' }])
    expect(useLabBus.getState().takePending()).toEqual(['docker build -t demo .'])
    expect(useLabBus.getState().takePendingFiles()).toEqual([])
  })

  it('keeps commands without files as before', () => {
    useLabBus.getState().requestRun('docker ps')

    expect(useLabBus.getState().pendingFiles).toEqual([])
    expect(useLabBus.getState().takePending()).toEqual(['docker ps'])
  })

  it('drops queued files on reset', () => {
    useLabBus.getState().requestRun('ls', [{ path: 'a.txt', content: 'a' }])
    useLabBus.getState().reset()

    expect(useLabBus.getState().pendingFiles).toEqual([])
    expect(useLabBus.getState().pending).toEqual([])
  })
})
