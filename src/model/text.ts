/** `a`, `a and b`, `a, b and c` (or `or`): a list in a message. */
export function listed(items: readonly string[], conjunction: 'and' | 'or'): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** `an azurerm_...`, `a service key`: the indefinite article and the word, by the word's first letter. */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}
