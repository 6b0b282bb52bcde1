'use client'

import { MAX_SAVED_STATE_LENGTH } from '@/lib/lab-persistence'
import { savedStateText } from './strings'
import type { LabSaverControls } from './use-lab-saver'
import clockStyles from './ClockControls.module.css'
import styles from './Lab.module.css'

export interface LabStateBarProps {
  failure: LabSaverControls['failure']
  onRestart(): void
}

/** Shows the "Ricomincia da capo" button, and a notice when the lab state cannot be saved. */
export default function LabStateBar({ failure, onRestart }: LabStateBarProps) {
  return (
    <div className={styles.stateBar}>
      <p className={styles.help}>{savedStateText.restartHint}</p>
      <button type="button" className={clockStyles.button} onClick={onRestart}>
        {savedStateText.restartButton}
      </button>
      <p role="status" className={failure ? styles.notice : 'visually-hidden'}>
        {failure ? failureMessage(failure) : ''}
      </p>
    </div>
  )
}

function failureMessage(failure: NonNullable<LabSaverControls['failure']>): string {
  if (failure.status === 'quota-exceeded') return savedStateText.quotaExceeded
  if (failure.status === 'too-large') return savedStateText.tooLarge(failure.length, MAX_SAVED_STATE_LENGTH)
  return savedStateText.saveFailed
}
