'use client'

import { Component, type ReactNode } from 'react'
import { labText } from './strings'

interface LabErrorBoundaryState {
  failed: boolean
}

/**
 * Shows an Italian error in place of the lab when its chunk fails to load or
 * it throws while rendering, so the rest of the lesson stays usable.
 */
export default class LabErrorBoundary extends Component<{ children: ReactNode }, LabErrorBoundaryState> {
  state: LabErrorBoundaryState = { failed: false }

  static getDerivedStateFromError(): LabErrorBoundaryState {
    return { failed: true }
  }

  componentDidCatch(error: unknown): void {
    console.error('The lab failed to load or render', error)
  }

  render(): ReactNode {
    if (this.state.failed) return <p role="alert">{labText.loadFailed}</p>
    return this.props.children
  }
}
