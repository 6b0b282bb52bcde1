import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { DeckUnavailable } from '@/components/slides/DeckUnavailable'
import { SlideDeck } from '@/components/slides/SlideDeck'
import { listDeckParams, loadDeckPage } from '@/lib/slides/deck-page'

export const dynamicParams = false

export function generateStaticParams() {
  return listDeckParams()
}

export async function generateMetadata({ params }: PageProps<'/lezioni/[slug]/slide'>): Promise<Metadata> {
  const { slug } = await params
  const data = await loadDeckPage(slug)
  const title = data?.lesson?.frontmatter.title ?? data?.entry.title
  return { title: title ? `Slide: ${title}` : 'Slide' }
}

export default async function SlidePage({ params }: PageProps<'/lezioni/[slug]/slide'>) {
  const { slug } = await params
  const data = await loadDeckPage(slug)
  if (!data) notFound()
  if (!data.lesson) return <DeckUnavailable entry={data.entry} />

  const { Content, frontmatter } = data.lesson
  return (
    <SlideDeck slug={slug} heading={{ title: frontmatter.title, kicker: data.kicker }}>
      <Content />
    </SlideDeck>
  )
}
