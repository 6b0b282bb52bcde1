// Italian text shared by the quiz and the placeholder the lesson page shows
// until the quiz's code has loaded.

export const quizText = {
  title: 'Le domande',
  rules: (length: number, poolSize: number, threshold: number) =>
    `${length} domande estratte a caso da ${poolSize}. Per superare la verifica serve almeno il ${Math.round(threshold * 100)}% di risposte corrette. Puoi riprovare quante volte vuoi, con domande nuove.`,
  start: 'Inizia la verifica',
  loading: 'Caricamento…',
} as const
