// Wraps a lesson into one <section data-slide> per slide so the same MDX can
// be read as a page and shown as slides. The content before the first `##`
// becomes the title slide (data-slide="intro"), each `##` starts a section
// (data-slide="section"), and a top-level <NuovaSlide /> splits a long
// section into one more slide (data-slide="continued"). Each section contains
// a single <div data-slide-body>, the box that slide mode scales to fit.
//
// ESM nodes (imports, exports, the frontmatter export) stay at the root,
// because MDX only accepts them there.

export const SPLIT_MARKER = 'NuovaSlide'

function isSplitMarker(node) {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === SPLIT_MARKER
}

function isH2(node) {
  return node.type === 'element' && node.tagName === 'h2'
}

function describePosition(file, node) {
  const line = node.position?.start.line
  return line === undefined ? file.path : `${file.path}:${line}`
}

/** Throws when a split marker sits inside another element, where it cannot end a slide. */
function rejectNestedMarkers(node, file, depth) {
  for (const child of node.children ?? []) {
    if (isSplitMarker(child) && depth > 0) {
      throw new Error(
        `${describePosition(file, child)}: <${SPLIT_MARKER} /> must stand on its own line between blocks, ` +
          'not inside another element or component',
      )
    }
    rejectNestedMarkers(child, file, depth + 1)
  }
}

function hasContent(children) {
  return children.some((child) => !isWhitespace(child))
}

function isWhitespace(node) {
  return node.type === 'text' && node.value.trim() === ''
}

/** Drops the whitespace text left at both ends of a section by the split. */
function trimWhitespace(children) {
  let start = 0
  let end = children.length
  while (start < end && isWhitespace(children[start])) start += 1
  while (end > start && isWhitespace(children[end - 1])) end -= 1
  return children.slice(start, end)
}

function createSection(kind, nodes) {
  const children = trimWhitespace(nodes)
  const body = { type: 'element', tagName: 'div', properties: { dataSlideBody: '' }, children }
  return { type: 'element', tagName: 'section', properties: { dataSlide: kind }, children: [body] }
}

export default function rehypeSections() {
  return (tree, file) => {
    rejectNestedMarkers(tree, file, 0)

    const esm = []
    const sections = []
    let kind = 'intro'
    let children = []

    // The intro section is kept even when empty because it carries the title slide.
    const closeSection = () => {
      if (kind === 'intro' || hasContent(children)) sections.push(createSection(kind, children))
      children = []
    }

    for (const node of tree.children) {
      if (node.type === 'mdxjsEsm') {
        esm.push(node)
      } else if (isH2(node)) {
        closeSection()
        kind = 'section'
        children.push(node)
      } else if (isSplitMarker(node)) {
        closeSection()
        kind = 'continued'
      } else {
        children.push(node)
      }
    }
    closeSection()

    tree.children = [...esm, ...sections]
  }
}
