/** Line numbers of offsets in one text, asked in increasing order: linear over the whole text. */
export class LineCounter {
  readonly #text: string
  #position = 0
  #line = 1

  constructor(text: string) {
    this.#text = text
  }

  /** 1-based line of `offset`; offsets must not decrease between calls. */
  lineAt(offset: number): number {
    for (let newline = this.#text.indexOf('\n', this.#position); newline !== -1 && newline < offset; newline = this.#text.indexOf('\n', newline + 1)) {
      this.#line++
      this.#position = newline + 1
    }
    this.#position = Math.max(this.#position, Math.min(offset, this.#text.length))
    return this.#line
  }
}
