'use client'

import { useRef, useState, type ComponentPropsWithoutRef } from 'react'
import { useLabBus } from '@/lib/lab-bus'
import styles from './codeblock.module.css'

type PreProps = ComponentPropsWithoutRef<'pre'> & {
  'data-runnable'?: string
  'data-lang'?: string
}

/** Drops trailing newlines; backslash continuations stay for the simulated shell to join. */
export function commandFromBlock(text: string): string {
  return text.replace(/\n+$/, '')
}

export function CodeBlock({ children, ...preProps }: PreProps) {
  const preRef = useRef<HTMLPreElement>(null)
  const [copied, setCopied] = useState(false)
  const runnable = preProps['data-runnable'] === 'true'

  const readText = () => preRef.current?.textContent ?? ''

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(readText())
      setCopied(true)
      setTimeout(() => setCopied(false), 2000)
    } catch {
      setCopied(false)
    }
  }

  const run = () => useLabBus.getState().requestRun(commandFromBlock(readText()))

  return (
    <div className={styles.block}>
      <div className={styles.toolbar}>
        {runnable ? (
          <button type="button" className={styles.run} onClick={run}>
            Esegui nel terminale
          </button>
        ) : null}
        <button type="button" className={styles.copy} onClick={copy} aria-live="polite">
          {copied ? 'Copiato' : 'Copia'}
        </button>
      </div>
      <pre ref={preRef} {...preProps}>
        {children}
      </pre>
    </div>
  )
}
