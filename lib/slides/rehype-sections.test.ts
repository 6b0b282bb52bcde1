import { compile, run } from '@mdx-js/mdx'
import { createElement, type ReactNode } from 'react'
import * as runtime from 'react/jsx-runtime'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import rehypeSections from '../../mdx/rehype-sections.mjs'

function Spiegazione({ children }: { children: ReactNode }) {
  return createElement('div', { 'data-role': 'spiegazione' }, children)
}

async function renderLesson(source: string): Promise<string> {
  const code = await compile(
    { path: 'lesson.mdx', value: source },
    { outputFormat: 'function-body', rehypePlugins: [rehypeSections] },
  )
  const { default: Content } = await run(code, { ...runtime, baseUrl: import.meta.url })
  return renderToStaticMarkup(createElement(Content, { components: { Spiegazione } }))
}

describe('rehypeSections', () => {
  it('wraps the intro and each H2 section', async () => {
    const html = await renderLesson('Intro.\n\n## Uno\n\n- a\n\n## Due\n\ntesto\n')
    expect(html).toBe(
      '<section data-slide="intro"><div data-slide-body=""><p>Intro.</p></div></section>' +
        '<section data-slide="section"><div data-slide-body=""><h2>Uno</h2>\n<ul>\n<li>a</li>\n</ul></div></section>' +
        '<section data-slide="section"><div data-slide-body=""><h2>Due</h2>\n<p>testo</p></div></section>',
    )
  })

  it('keeps an empty intro as the title slide', async () => {
    const html = await renderLesson('## Uno\n\ntesto\n')
    expect(html.startsWith('<section data-slide="intro"><div data-slide-body=""></div></section>')).toBe(true)
  })

  it('splits a section at NuovaSlide', async () => {
    const html = await renderLesson('## Uno\n\nprima\n\n<NuovaSlide />\n\ndopo\n')
    expect(html).toContain('<section data-slide="continued"><div data-slide-body=""><p>dopo</p></div></section>')
    expect(html).not.toContain('NuovaSlide')
  })

  it('drops an empty continued slide', async () => {
    const html = await renderLesson('## Uno\n\ntesto\n\n<NuovaSlide />\n')
    expect(html.match(/<section/g)).toHaveLength(2)
  })

  it('keeps Spiegazione inside its section', async () => {
    const html = await renderLesson('## Uno\n\n- punto\n\n<Spiegazione>\n\nDetto a voce.\n\n</Spiegazione>\n')
    expect(html).toContain('<div data-role="spiegazione"><p>Detto a voce.</p></div></div></section>')
  })

  it('keeps exports at the module root', async () => {
    const html = await renderLesson('export const x = 1\n\n## Uno\n\n{x}\n')
    expect(html).toContain('<h2>Uno</h2>\n1')
  })

  it('rejects NuovaSlide inside a component', async () => {
    await expect(renderLesson('## Uno\n\n<Spiegazione>\n\n<NuovaSlide />\n\n</Spiegazione>\n')).rejects.toThrow(
      /lesson\.mdx:5: <NuovaSlide \/> must stand on its own line/,
    )
  })

  it('ignores H3 headings', async () => {
    const html = await renderLesson('## Uno\n\n### Dettaglio\n\ntesto\n')
    expect(html.match(/<section/g)).toHaveLength(2)
  })
})
