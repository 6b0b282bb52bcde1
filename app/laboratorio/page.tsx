import type { Metadata } from 'next'
import Laboratorio from '@/components/lab/Laboratorio'
import styles from './laboratorio.module.css'

export const metadata: Metadata = {
  title: 'Laboratorio libero',
  description: 'Un terminale Docker simulato per esercitarsi liberamente con container, immagini e health check.',
}

export default function LaboratorioPage() {
  return (
    <article className={styles.page}>
      <h1>Laboratorio libero</h1>
      <p className={styles.intro}>
        Qui puoi provare i comandi del corso senza seguire una lezione. Il terminale è simulato e gira tutto nel
        browser: avvia container, costruisci immagini, osserva gli health check cambiare stato. Con i controlli del
        tempo puoi mettere in pausa l&apos;orologio simulato, accelerarlo o farlo avanzare di 30 secondi.
      </p>
      <p className={styles.intro}>
        Per cominciare scrivi <code>docker run -d --name web nginx</code> e poi <code>docker ps</code>. La
        cronologia dei comandi (freccia su) resta salvata in questo browser.
      </p>
      <Laboratorio autoStart headingLevel={2} />
    </article>
  )
}
