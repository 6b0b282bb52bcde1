'use client'

import { SHORTCUT_HELP } from '@/lib/slides/keys'
import { SlideDialog } from './SlideDialog'

export function ShortcutHelp({ onClose }: { onClose(): void }) {
  return (
    <SlideDialog title="Scorciatoie da tastiera" onClose={onClose}>
      <table className="slides-help-table">
        <thead>
          <tr>
            <th scope="col">Tasti</th>
            <th scope="col">Azione</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUT_HELP.map((row) => (
            <tr key={row.description}>
              <td>
                {row.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 ? ' ' : null}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
              <td>{row.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>I tasti non hanno effetto mentre scrivi nel terminale o in un campo di testo.</p>
    </SlideDialog>
  )
}
