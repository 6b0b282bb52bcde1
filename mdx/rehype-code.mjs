import rehypeShiki from '@shikijs/rehype'
import { visit } from 'unist-util-visit'
import { CODE_LANGUAGES } from './code-languages.mjs'

// Build-time code highlighting for lessons. It wraps @shikijs/rehype so that
// it can (1) reject a fence language we do not support and (2) mark fences
// whose meta string contains `runnable`, which the CodeBlock component turns
// into an "Esegui nel terminale" button. Turbopack needs plugin options to be
// serialisable, so this module is referenced from next.config.ts by path.

function languageOf(codeElement) {
  const classes = codeElement.properties?.className ?? []
  const languageClass = classes.find((name) => String(name).startsWith('language-'))
  return languageClass ? String(languageClass).slice('language-'.length) : undefined
}

function checkLanguages(tree, file) {
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'pre') return
    const code = node.children.find((child) => child.type === 'element' && child.tagName === 'code')
    if (!code) return

    const language = languageOf(code)
    if (language === undefined) {
      throw new Error(`${file.path}: a code block has no language; add one of: ${CODE_LANGUAGES.join(', ')}`)
    }
    if (!CODE_LANGUAGES.includes(language)) {
      throw new Error(`${file.path}: unknown code language "${language}"; use one of: ${CODE_LANGUAGES.join(', ')}`)
    }
  })
}

const markFence = {
  name: 'container-sicuri:mark-fence',
  pre(node) {
    const meta = this.options.meta?.__raw ?? ''
    node.properties['data-lang'] = this.options.lang
    if (/(^|\s)runnable(\s|$)/.test(meta)) node.properties['data-runnable'] = 'true'
  },
}

export default function rehypeCode() {
  const highlight = rehypeShiki({
    themes: { light: 'github-light', dark: 'github-dark-default' },
    langs: CODE_LANGUAGES.filter((language) => language !== 'text'),
    defaultLanguage: 'text',
    transformers: [markFence],
  })

  return async (tree, file) => {
    checkLanguages(tree, file)
    await highlight(tree, file)
  }
}
