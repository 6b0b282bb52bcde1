import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { DeckUnavailable } from '@/components/slides/DeckUnavailable'
import { PresenterView } from '@/components/slides/PresenterView'
import { listDeckParams, loadDeckPage } from '@/lib/slides/deck-page'

export const dynamicParams = false

export function generateStaticParams() {
  return listDeckParams()
}

export async function generateMetadata({ params }: PageProps<'/lezioni/[slug]/presenter'>): Promise<Metadata> {
  const { slug } = await params
  const data = await loadDeckPage(slug)
  const title = data?.lesson?.frontmatter.title ?? data?.entry.title
  return { title: title ? `Presentatore: ${title}` : 'Presentatore', robots: { index: false } }
}

export default async function PresenterPage({ params }: PageProps<'/lezioni/[slug]/presenter'>) {
  const { slug } = await params
  const data = await loadDeckPage(slug)
  if (!data) notFound()
  if (!data.lesson) return <DeckUnavailable entry={data.entry} />

  const { Content, frontmatter } = data.lesson
  return (
    <PresenterView
      slug={slug}
      heading={{ title: frontmatter.title, kicker: data.kicker }}
      plannedMinutes={frontmatter.minutes}
    >
      <Content />
    </PresenterView>
  )
}
