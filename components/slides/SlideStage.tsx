'use client'

import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react'
import { computeStageScale } from '@/lib/slides/stage'

interface SlideStageProps {
  children: ReactNode
  className?: string
  /** Makes everything on the stage unfocusable and unclickable. */
  inert?: boolean
}

/** Scales the fixed 16:9 stage to the largest size that fits the surrounding box. */
export function SlideStage({ children, className, inert }: SlideStageProps) {
  const frameRef = useRef<HTMLDivElement>(null)
  const [scale, setScale] = useState(0)

  useLayoutEffect(() => {
    const frame = frameRef.current
    if (!frame) return

    const measure = () => setScale(computeStageScale(frame.clientWidth, frame.clientHeight))
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(frame)
    return () => observer.disconnect()
  }, [])

  const style = { '--stage-scale': scale } as CSSProperties
  return (
    <div ref={frameRef} className={className ? `slides-frame ${className}` : 'slides-frame'} inert={inert}>
      <div className="slides-stage" style={style}>
        {children}
      </div>
    </div>
  )
}
