// Variable substitution in Dockerfile instructions other than RUN, as the
// Dockerfile reference describes it: `$NAME`, `${NAME}`, `${NAME:-word}`
// and `${NAME:+word}`, with `\$` for a literal dollar sign.

export function expandVariables(text: string, lookup: (name: string) => string | undefined): string {
  let result = ''

  for (let index = 0; index < text.length; index++) {
    const char = text[index]!
    if (char === '\\' && text[index + 1] === '$') {
      result += '$'
      index++
      continue
    }
    if (char !== '$') {
      result += char
      continue
    }

    const braced = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:[-+])([^}]*))?\}/.exec(text.slice(index))
    if (braced) {
      const [whole, name = '', operator, word = ''] = braced
      const value = lookup(name)
      if (operator === ':-') result += value === undefined || value === '' ? word : value
      else if (operator === ':+') result += value === undefined || value === '' ? '' : word
      else result += value ?? ''
      index += whole.length - 1
      continue
    }

    const plain = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(text.slice(index))
    if (plain) {
      result += lookup(plain[1]!) ?? ''
      index += plain[0].length - 1
      continue
    }
    result += char
  }

  return result
}
