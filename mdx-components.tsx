import type { MDXComponents } from 'mdx/types'
import * as diagrams from '@/components/diagrams'
import DockerfileEditor from '@/components/editor/DockerfileEditor'
import Esercizio from '@/components/exercise/Esercizio'
import Laboratorio from '@/components/lab/Laboratorio'
import { Callout } from '@/components/lesson/Callout'
import { CodeBlock } from '@/components/lesson/CodeBlock'
import { Spiegazione } from '@/components/lesson/Spiegazione'
import LessonQuiz from '@/components/quiz/LessonQuiz'

const components: MDXComponents = {
  pre: CodeBlock,
  Callout,
  Spiegazione,
  Laboratorio,
  DockerfileEditor,
  Esercizio,
  Quiz: LessonQuiz,
  ...diagrams,
}

export function useMDXComponents(): MDXComponents {
  return components
}
