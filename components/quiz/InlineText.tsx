import { Fragment } from 'react'

/** Renders question text, turning `backtick` spans into <code>. */
export function InlineText({ text }: { text: string }) {
  const parts = text.split('`')

  return (
    <>
      {parts.map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : <Fragment key={index}>{part}</Fragment>))}
    </>
  )
}
