import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'
import { ProgressBanner } from '@/components/progress/ProgressBanner'
import { OfflineIndicator } from '@/components/offline/OfflineIndicator'
import { ServiceWorkerRegistration } from '@/components/offline/ServiceWorkerRegistration'
import { SearchDialog } from '@/components/search/SearchDialog'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Container sicuri', template: '%s · Container sicuri' },
  description: 'Corso interattivo su sicurezza Docker, best practice per le immagini, health check e Apptainer.',
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0d1117' },
  ],
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="it">
      <body>
        <a className="skip-link" href="#contenuto">
          Vai al contenuto
        </a>
        <header className="site-header">
          <Link className="brand" href="/">
            Container sicuri
          </Link>
          <nav aria-label="Navigazione principale">
            <ul>
              <li>
                <Link href="/">Lezioni</Link>
              </li>
              <li>
                <Link href="/laboratorio/">Laboratorio libero</Link>
              </li>
              <li>
                <Link href="/progressi/">I miei progressi</Link>
              </li>
            </ul>
          </nav>
          <SearchDialog />
        </header>
        <OfflineIndicator />
        <ProgressBanner floating />
        <main id="contenuto" className="site-main">
          {children}
        </main>
        <footer className="site-footer">
          Tratto dal corso «Best practices, sicurezza e ottimizzazioni» (INFN Bari). Il terminale è simulato: nessun
          comando viene eseguito sul tuo computer.
        </footer>
        <ServiceWorkerRegistration />
      </body>
    </html>
  )
}
