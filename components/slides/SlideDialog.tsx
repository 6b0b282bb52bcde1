'use client'

import { useEffect, useRef, type ReactNode } from 'react'

interface SlideDialogProps {
  title: string
  onClose(): void
  children: ReactNode
}

/** Shows a modal `<dialog>`, which traps focus, closes on Escape and returns focus on close. */
export function SlideDialog({ title, onClose, children }: SlideDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return

    dialog.showModal()
    return () => dialog.close()
  }, [])

  return (
    <dialog ref={dialogRef} className="slides-dialog" aria-label={title} onClose={onClose}>
      <div className="slides-dialog-header">
        <h2>{title}</h2>
        <button type="button" onClick={onClose}>
          Chiudi
        </button>
      </div>
      {children}
    </dialog>
  )
}
