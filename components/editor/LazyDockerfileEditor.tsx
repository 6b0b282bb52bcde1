'use client'

import { lazy, type ReactNode } from 'react'
import { LazyMount } from '@/components/lesson/LazyMount'
import type { DockerfileEditorProps } from './editor-props'

// The editor loads only when it comes near the viewport. The linter is a
// further chunk that the editor loads on its first lint run.
const InteractiveDockerfileEditor = lazy(() => import('./InteractiveDockerfileEditor'))

interface LazyDockerfileEditorProps extends DockerfileEditorProps {
  placeholder: ReactNode
}

export function LazyDockerfileEditor({ placeholder, ...editor }: LazyDockerfileEditorProps) {
  return (
    <LazyMount placeholder={placeholder}>
      <InteractiveDockerfileEditor {...editor} />
    </LazyMount>
  )
}
