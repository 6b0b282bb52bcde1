// Italian text of the lab UI, kept in one place so wording stays consistent
// between the card, the terminal messages and the container panel.

import type { HealthStatus } from '@/engine/api'

export const labText = {
  cardTitle: 'Laboratorio',
  cardIntro:
    'Un terminale simulato con Docker: i comandi non toccano il tuo computer. Il pannello Container mostra i container e il loro stato, i controlli del tempo fanno scorrere l’orologio simulato.',
  startButton: 'Avvia il terminale',
  loadingLab: 'Caricamento del terminale…',
  loadFailed: 'Impossibile caricare il terminale. Ricarica la pagina per riprovare.',
  terminalLabel: 'Terminale simulato',
  terminalHelp:
    'Nel terminale Tab completa i comandi: per spostarti al controllo successivo premi Esc e poi Tab.',
  terminalInputLabel: 'Riga di comando del terminale simulato',
  tooMuchOutput: 'Troppo output da leggere ad alta voce: spostati tra le righe per leggerlo.',
} as const

/** Messages about the lab state saved in the browser (localStorage). */
export const savedStateText = {
  restartButton: 'Ricomincia da capo',
  restartHint: 'Il laboratorio si salva nel browser: ricaricando la pagina ritrovi container, immagini, volumi e orologio.',
  restored: (commands: number) =>
    commands === 1 ? 'Laboratorio ripristinato: 1 comando rieseguito.' : `Laboratorio ripristinato: ${commands.toLocaleString('it-IT')} comandi rieseguiti.`,
  restarted: 'Laboratorio ricominciato da capo.',
  discarded: (backupKey: string | undefined) =>
    backupKey
      ? `Impossibile ripristinare il laboratorio salvato (dati danneggiati o di una versione precedente): si riparte da capo. Una copia dei dati è nel localStorage del browser, con la chiave ${backupKey}.`
      : 'Impossibile ripristinare il laboratorio salvato (dati danneggiati o di una versione precedente): si riparte da capo. Non c’era spazio per conservarne una copia, quindi il prossimo salvataggio li sostituirà.',
  quotaExceeded:
    'Lo spazio del browser per questo sito è pieno: il laboratorio non viene più salvato. Se ricarichi la pagina, torna allo stato dell’ultimo salvataggio riuscito.',
  tooLarge: (length: number, limit: number) =>
    `Il laboratorio è troppo grande per salvarlo (${length.toLocaleString('it-IT')} caratteri, il massimo è ${limit.toLocaleString('it-IT')}): se ricarichi la pagina, ripartirà da capo.`,
  saveFailed:
    'Il browser non permette di salvare il laboratorio. Se ricarichi la pagina, torna allo stato dell’ultimo salvataggio riuscito.',
} as const

export const terminalText = {
  lineTooLong: (length: number, limit: number) =>
    `Riga troppo lunga: ${length.toLocaleString('it-IT')} caratteri, il massimo è ${limit.toLocaleString('it-IT')}. Il comando non è stato eseguito.`,
  engineFailed: (message: string) => `Errore interno del simulatore: ${message}`,
} as const

export const clockText = {
  groupLabel: 'Tempo simulato',
  timeLabel: 'Ora simulata (UTC)',
  pause: 'Pausa',
  resume: 'Riprendi',
  speedLegend: 'Velocità',
  advance: 'Avanza di 30 s',
  paused: 'in pausa',
} as const

export const panelText = {
  title: 'Container',
  emptyBefore: 'Nessun container: prova ',
  emptyCommand: 'docker run …',
  name: 'Nome',
  image: 'Immagine',
  state: 'Stato',
  status: 'STATUS',
  health: 'Health check',
  failingStreak: 'FailingStreak',
  noHealthcheck: 'nessuno',
} as const

/** Badge text of each health status; only `starting` is translated, as in the lessons. */
export const healthLabels: Record<HealthStatus, string> = {
  starting: 'in avvio',
  healthy: 'healthy',
  unhealthy: 'unhealthy',
}

export const announcementText = {
  created: (name: string, state: string) => `Nuovo container ${name}: ${state}.`,
  removed: (name: string) => `Container ${name} rimosso.`,
  stateChanged: (name: string, state: string) => `Container ${name}: ora è ${state}.`,
  healthChanged: (name: string, health: string) => `Container ${name}: health check ${health}.`,
} as const

export const auditPanelText = {
  titleBefore: 'Sicurezza dell’ultimo ',
  titleCommand: 'docker run',
  empty: 'Nessun docker run finora: il punteggio compare dopo il primo.',
  scoreLabel: 'Punteggio',
  scoreOf: 'su 100',
  warnings: 'Avvisi',
  passed: (passed: number, scored: number) => `${passed} controlli superati su ${scored}`,
  showFindings: (count: number) => (count === 1 ? 'Mostra il problema e come correggerlo' : `Mostra i ${count} problemi e come correggerli`),
  warnLabel: 'Avviso',
  infoLabel: 'Da verificare',
  fixLabel: 'Correzione:',
  detailBefore: 'Per la spiegazione completa scrivi ',
  detailCommand: "spiega l'ultimo comando",
  detailAfter: ' nel terminale.',
} as const
