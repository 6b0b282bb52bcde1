import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { LessonLayout } from '@/components/lesson/LessonLayout'
import { findLessonEntry, LESSONS } from '@/lib/lessons/catalog'
import { loadLesson } from '@/lib/lessons/load'

export const dynamicParams = false

export function generateStaticParams() {
  return LESSONS.map((lesson) => ({ slug: lesson.slug }))
}

export async function generateMetadata({ params }: PageProps<'/lezioni/[slug]'>): Promise<Metadata> {
  const { slug } = await params
  const lesson = await loadLesson(slug)
  const entry = findLessonEntry(slug)
  return { title: lesson?.frontmatter.title ?? entry?.title, description: lesson?.frontmatter.summary ?? entry?.summary }
}

export default async function LessonPage({ params }: PageProps<'/lezioni/[slug]'>) {
  const { slug } = await params
  const entry = findLessonEntry(slug)
  if (!entry) notFound()

  const lesson = await loadLesson(slug)
  return <LessonLayout entry={entry} lesson={lesson} />
}
