/**
 * A streaming JSON tokenizer (RFC 8259): text goes in chunk by chunk, events
 * come out with absolute UTF-16 offsets and 1-based line numbers, and only the
 * text a consumer still needs is kept. One linear pass with a charCode state
 * machine; every token, however long, is scanned once (a token cut by a chunk
 * boundary resumes where it stopped); nesting is an explicit stack, bounded by
 * `MAX_JSON_DEPTH`. So a 1 GB array costs what one record costs, and neither
 * a deep nesting nor a 40 MB string can make it quadratic.
 *
 * Errors are `JsonSyntaxError`s with a reason from a fixed list, a line and a
 * column: never a slice of the input, which may hold a card number.
 *
 * Two modes: one document (`json`), or one value per line (`jsonl`), where a
 * value may not continue past the end of its line and blank lines are allowed.
 */
import { MAX_JSON_DEPTH } from './record-limits.js'

export type ScalarKind = 'string' | 'number' | 'literal'
export type ContainerKind = 'object' | 'array'

/** What the tokenizer reports, in input order. Offsets are absolute; `line` is the token's first line. */
export interface JsonEvents {
  open(kind: ContainerKind, start: number, line: number): void
  close(kind: ContainerKind, end: number): void
  /** A property name, `[start, end)` including its quotes. `name` is decoded. */
  property(name: string, start: number, end: number, line: number): void
  /** A string (quotes included), number or literal value. */
  scalar(kind: ScalarKind, start: number, end: number, line: number, escaped: boolean): void
  /**
   * A string value longer than `longStringChars` is handed over in pieces, so
   * it is never held whole: `longStringStart` at its opening quote, then
   * `longStringPiece` with raw JSON text (escapes intact, never cut inside one),
   * then `longStringEnd` just past the closing quote.
   */
  longStringStart(start: number, line: number): void
  longStringPiece(raw: string): void
  longStringEnd(end: number): void
}

/** Invalid JSON: a fixed `reason` and where. */
export class JsonSyntaxError extends Error {
  readonly reason: string
  readonly line: number
  readonly column: number

  constructor(reason: string, line: number, column: number) {
    super(`${reason} (line ${line}, column ${column})`)
    this.name = 'JsonSyntaxError'
    this.reason = reason
    this.line = line
    this.column = column
  }
}

export interface JsonTokenizerOptions {
  readonly mode: 'json' | 'jsonl'
  /** Strings longer than this are handed over in pieces (default: never). */
  readonly longStringChars?: number
}

const enum Code {
  Tab = 0x09,
  LineFeed = 0x0a,
  CarriageReturn = 0x0d,
  Space = 0x20,
  Quote = 0x22, // '"'
  Plus = 0x2b, // "+"
  Comma = 0x2c, // ","
  Minus = 0x2d, // "-"
  Dot = 0x2e, // "."
  Slash = 0x2f, // "/"
  Zero = 0x30, // "0"
  Nine = 0x39, // "9"
  Colon = 0x3a, // ":"
  UpperA = 0x41,
  UpperE = 0x45,
  UpperF = 0x46,
  OpenBracket = 0x5b, // "["
  Backslash = 0x5c, // "\"
  CloseBracket = 0x5d, // "]"
  LowerA = 0x61,
  LowerB = 0x62,
  LowerE = 0x65,
  LowerF = 0x66,
  LowerN = 0x6e,
  LowerR = 0x72,
  LowerT = 0x74,
  LowerU = 0x75,
  OpenBrace = 0x7b, // "{"
  CloseBrace = 0x7d, // "}"
  ByteOrderMark = 0xfeff,
  /** Below this, a character must be escaped inside a string (RFC 8259 §7). */
  FirstUnescaped = 0x20,
}

/** Where the tokenizer is between tokens. */
const enum State {
  /** A value must come: after ":", after "," in an array, or at the top. */
  Value,
  /** Just after "[": a value or "]". */
  FirstElement,
  /** Just after "{": a property name or "}". */
  FirstProperty,
  /** After "," in an object: a property name. */
  Property,
  /** After a property name: ":". */
  Colon,
  /** After a value inside a container: "," or the closing bracket. */
  AfterValue,
  /** After a top-level value: only whitespace (json), or the next line's value (jsonl). */
  AfterTop,
  /** Inside a string token. */
  InString,
  /** Inside a number token. */
  InNumber,
  /** Inside true / false / null. */
  InLiteral,
}

/** Where a number token is in the RFC 8259 grammar `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`. */
const enum NumberPart {
  Minus,
  Zero,
  Integer,
  Dot,
  Fraction,
  Exponent,
  ExponentSign,
  ExponentDigits,
}

const LITERALS = ['true', 'false', 'null'] as const

/** What ends a run of plain characters in a string: a quote, a backslash, or a control character (invalid there). */
const STRING_SPECIAL = /["\\\u0000-\u001f]/g

export class JsonTokenizer {
  readonly #events: JsonEvents
  readonly #jsonl: boolean
  readonly #longStringChars: number
  /** Input from absolute offset `#base` on: what a token in progress or the consumer still needs. */
  #buffer = ''
  #base = 0
  /** Absolute offset of the next character to read. */
  #position = 0
  /** The consumer needs nothing before this (see {@link release}). */
  #releasedTo = 0
  #line = 1
  /** Absolute offset of the current line's first character, for columns. */
  #lineStart = 0
  #state: State = State.Value
  /** Open containers, innermost last: true for objects. */
  readonly #stack: boolean[] = []
  /** jsonl: a line break was seen since the last top-level value ended. */
  #newlineSinceTop = true
  #sawValue = false

  // The token in progress.
  #tokenStart = 0
  #tokenLine = 1
  #stringIsKey = false
  #stringEscaped = false
  /** Inside a string: 0 normally, 1 after a backslash, 2–5 inside a \uXXXX escape. */
  #escape = 0
  /** A long string is being handed over in pieces; `#tokenStart` is where the next piece starts. */
  #long = false
  #numberPart: NumberPart = NumberPart.Minus
  #literal = ''
  #literalIndex = 0

  constructor(events: JsonEvents, options: JsonTokenizerOptions) {
    this.#events = events
    this.#jsonl = options.mode === 'jsonl'
    this.#longStringChars = options.longStringChars ?? Number.POSITIVE_INFINITY
  }

  /** Raw input `[start, end)`: only text not yet released, and already pushed. */
  slice(start: number, end: number): string {
    return this.#buffer.slice(start - this.#base, end - this.#base)
  }

  /** The consumer needs no text before `offset` any more: it may be dropped. */
  release(offset: number): void {
    if (offset > this.#releasedTo) this.#releasedTo = offset
  }

  /** Characters held in memory now: what a token in progress or the consumer still needs, and the last chunk. */
  get heldLength(): number {
    return this.#buffer.length
  }

  /** Absolute offset of everything pushed so far. */
  get length(): number {
    return this.#base + this.#buffer.length
  }

  push(chunk: string): void {
    const keep = Math.min(this.#releasedTo, this.#inToken() ? this.#tokenStart : this.#position)
    this.#buffer = keep > this.#base ? this.#buffer.slice(keep - this.#base) + chunk : this.#buffer + chunk
    if (keep > this.#base) this.#base = keep
    this.#run()
  }

  /** No more input: a token still open is finished if it can be, else the input is invalid. */
  end(): void {
    this.#position = this.length
    if (this.#state === State.InNumber) this.#finishNumber()
    else if (this.#state === State.InString) this.#fail('Unterminated string')
    else if (this.#state === State.InLiteral) this.#fail('Unexpected end of JSON input')
    if (this.#stack.length > 0 || this.#state === State.Colon) this.#fail('Unexpected end of JSON input')
    // One document must hold a value; JSONL may be empty, or end after a blank line.
    if (!this.#jsonl && !this.#sawValue) this.#fail('Unexpected end of JSON input')
  }

  #inToken(): boolean {
    return this.#state === State.InString || this.#state === State.InNumber || this.#state === State.InLiteral
  }

  #run(): void {
    const buffer = this.#buffer
    const base = this.#base
    const length = buffer.length
    let index = this.#position - base
    while (index < length) {
      const state = this.#state
      if (state === State.InString) {
        index = this.#scanString(index)
        if (this.#state === State.InString) break
        continue
      }
      if (state === State.InNumber) {
        index = this.#scanNumber(index)
        if (this.#state === State.InNumber) break
        continue
      }
      if (state === State.InLiteral) {
        index = this.#scanLiteral(index)
        if (this.#state === State.InLiteral) break
        continue
      }
      const code = buffer.charCodeAt(index)
      // Whitespace between tokens (and a byte order mark at the very start).
      if (code === Code.Space || code === Code.Tab || code === Code.CarriageReturn) {
        index++
        continue
      }
      if (code === Code.LineFeed) {
        if (this.#jsonl && (this.#stack.length > 0 || (state !== State.Value && state !== State.AfterTop))) {
          this.#position = base + index
          this.#fail('A value continues past the end of its line')
        }
        index++
        this.#line++
        this.#lineStart = base + index
        this.#newlineSinceTop = true
        continue
      }
      if (code === Code.ByteOrderMark && base + index === 0) {
        index++
        continue
      }
      this.#position = base + index
      index = this.#token(code, index)
    }
    this.#position = base + index
  }

  /** A character that starts a token or is punctuation, in the current state; returns the next index. */
  #token(code: number, index: number): number {
    const offset = this.#base + index
    switch (this.#state) {
      case State.AfterTop:
        if (!this.#jsonl || !this.#newlineSinceTop) this.#fail('Unexpected non-whitespace character after JSON')
        this.#state = State.Value
        return this.#value(code, index, offset)
      case State.Value:
        return this.#value(code, index, offset)
      case State.FirstElement:
        if (code === Code.CloseBracket) return this.#close(false, index)
        return this.#value(code, index, offset)
      case State.FirstProperty:
        if (code === Code.CloseBrace) return this.#close(true, index)
        if (code !== Code.Quote) this.#fail("Expected property name or '}'")
        return this.#startString(index, offset, true)
      case State.Property:
        if (code !== Code.Quote) this.#fail('Expected double-quoted property name')
        return this.#startString(index, offset, true)
      case State.Colon:
        if (code !== Code.Colon) this.#fail("Expected ':' after property name")
        this.#state = State.Value
        return index + 1
      case State.AfterValue: {
        const inObject = this.#stack[this.#stack.length - 1] === true
        if (code === Code.Comma) {
          this.#state = inObject ? State.Property : State.Value
          return index + 1
        }
        if (code === (inObject ? Code.CloseBrace : Code.CloseBracket)) return this.#close(inObject, index)
        this.#fail(inObject ? "Expected ',' or '}' after property value" : "Expected ',' or ']' after array element")
      }
      // eslint-disable-next-line no-fallthrough
      default:
        return index + 1
    }
  }

  #value(code: number, index: number, offset: number): number {
    this.#sawValue = true
    if (code === Code.Quote) return this.#startString(index, offset, false)
    if (code === Code.OpenBrace || code === Code.OpenBracket) {
      const isObject = code === Code.OpenBrace
      if (this.#stack.length >= MAX_JSON_DEPTH) this.#fail(`Nesting deeper than ${MAX_JSON_DEPTH} levels`)
      this.#stack.push(isObject)
      this.#events.open(isObject ? 'object' : 'array', offset, this.#line)
      this.#state = isObject ? State.FirstProperty : State.FirstElement
      return index + 1
    }
    if (code === Code.Minus || (code >= Code.Zero && code <= Code.Nine)) {
      this.#tokenStart = offset
      this.#tokenLine = this.#line
      this.#numberPart = NumberPart.Minus
      this.#state = State.InNumber
      return index
    }
    const literal = code === Code.LowerT ? LITERALS[0] : code === Code.LowerF ? LITERALS[1] : code === Code.LowerN ? LITERALS[2] : undefined
    if (literal === undefined) this.#fail(this.#stack.length === 0 && this.#state === State.Value ? 'Unexpected character' : 'Unexpected character where a value should be')
    this.#tokenStart = offset
    this.#tokenLine = this.#line
    this.#literal = literal
    this.#literalIndex = 0
    this.#state = State.InLiteral
    return index
  }

  #close(isObject: boolean, index: number): number {
    this.#stack.pop()
    this.#events.close(isObject ? 'object' : 'array', this.#base + index + 1)
    this.#afterValue()
    return index + 1
  }

  #afterValue(): void {
    if (this.#stack.length > 0) {
      this.#state = State.AfterValue
      return
    }
    this.#state = State.AfterTop
    this.#newlineSinceTop = false
  }

  #startString(index: number, offset: number, isKey: boolean): number {
    this.#tokenStart = offset
    this.#tokenLine = this.#line
    this.#stringIsKey = isKey
    this.#stringEscaped = false
    this.#escape = 0
    this.#long = false
    this.#state = State.InString
    return index + 1
  }

  /** Scans a string from `index`; returns where it stopped (past the closing quote, or the end of the buffer). */
  #scanString(index: number): number {
    const buffer = this.#buffer
    const length = buffer.length
    let escape = this.#escape
    for (; index < length; index++) {
      if (escape === 0) {
        // Plain characters are skipped by the regex engine's native loop: one character class, no repetition.
        STRING_SPECIAL.lastIndex = index
        const special = STRING_SPECIAL.exec(buffer)
        if (special === null) {
          index = length
          break
        }
        index = special.index
      }
      const code = buffer.charCodeAt(index)
      if (escape === 0) {
        if (code === Code.Quote) {
          this.#escape = 0
          return this.#endString(index + 1)
        }
        if (code === Code.Backslash) {
          escape = 1
          this.#stringEscaped = true
        } else if (code < Code.FirstUnescaped) {
          this.#position = this.#base + index
          this.#fail(code === Code.LineFeed ? 'Unterminated string' : 'Bad control character in string literal')
        }
        continue
      }
      if (escape === 1) {
        if (code === Code.LowerU) escape = 2
        else if (
          code === Code.Quote ||
          code === Code.Backslash ||
          code === Code.Slash ||
          code === Code.LowerB ||
          code === Code.LowerF ||
          code === Code.LowerN ||
          code === Code.LowerR ||
          code === Code.LowerT
        )
          escape = 0
        else {
          this.#position = this.#base + index
          this.#fail('Bad escaped character in string literal')
        }
        continue
      }
      if (!isHexDigit(code)) {
        this.#position = this.#base + index
        this.#fail('Bad Unicode escape')
      }
      escape = escape === 5 ? 0 : escape + 1
    }
    this.#escape = escape
    if (!this.#stringIsKey && (this.#long || this.#base + index - this.#tokenStart > this.#longStringChars)) this.#handOverPiece(index)
    return index
  }

  /** Hands over the long string read so far, up to `index` but never inside an escape. */
  #handOverPiece(index: number): void {
    // Inside an escape, stop at its backslash: `#escape` is how many characters of it were read.
    const end = this.#base + index - this.#escape
    if (!this.#long) {
      this.#long = true
      this.#events.longStringStart(this.#tokenStart, this.#tokenLine)
      this.#tokenStart++ // past the opening quote
    }
    if (end > this.#tokenStart) {
      this.#events.longStringPiece(this.slice(this.#tokenStart, end))
      this.#tokenStart = end
    }
  }

  #endString(next: number): number {
    const end = this.#base + next
    if (this.#stringIsKey) {
      const raw = this.slice(this.#tokenStart, end)
      const name = this.#stringEscaped ? (JSON.parse(raw) as string) : raw.slice(1, -1)
      this.#events.property(name, this.#tokenStart, end, this.#tokenLine)
      this.#state = State.Colon
      return next
    }
    if (this.#long) {
      if (end - 1 > this.#tokenStart) this.#events.longStringPiece(this.slice(this.#tokenStart, end - 1))
      this.#events.longStringEnd(end)
      this.#long = false
    } else {
      this.#events.scalar('string', this.#tokenStart, end, this.#tokenLine, this.#stringEscaped)
    }
    this.#afterValue()
    return next
  }

  #scanNumber(index: number): number {
    const buffer = this.#buffer
    const length = buffer.length
    let part = this.#numberPart
    for (; index < length; index++) {
      const code = buffer.charCodeAt(index)
      const digit = code >= Code.Zero && code <= Code.Nine
      switch (part) {
        case NumberPart.Minus:
          if (code === Code.Minus && this.#base + index === this.#tokenStart) continue
          if (!digit) this.#failAt(index, 'No number after minus sign')
          part = code === Code.Zero ? NumberPart.Zero : NumberPart.Integer
          continue
        case NumberPart.Zero:
        case NumberPart.Integer:
          if (digit && part === NumberPart.Integer) continue
          if (code === Code.Dot) part = NumberPart.Dot
          else if (code === Code.LowerE || code === Code.UpperE) part = NumberPart.Exponent
          else return this.#endNumber(index)
          continue
        case NumberPart.Dot:
          if (!digit) this.#failAt(index, 'Unterminated fractional number')
          part = NumberPart.Fraction
          continue
        case NumberPart.Fraction:
          if (digit) continue
          if (code === Code.LowerE || code === Code.UpperE) part = NumberPart.Exponent
          else return this.#endNumber(index)
          continue
        case NumberPart.Exponent:
          if (code === Code.Plus || code === Code.Minus) part = NumberPart.ExponentSign
          else if (digit) part = NumberPart.ExponentDigits
          else this.#failAt(index, 'Exponent part is missing a number')
          continue
        case NumberPart.ExponentSign:
          if (!digit) this.#failAt(index, 'Exponent part is missing a number')
          part = NumberPart.ExponentDigits
          continue
        case NumberPart.ExponentDigits:
          if (digit) continue
          return this.#endNumber(index)
      }
    }
    this.#numberPart = part
    return index
  }

  /** The number ended at `index` (exclusive), or at the end of input. */
  #endNumber(index: number): number {
    this.#events.scalar('number', this.#tokenStart, this.#base + index, this.#tokenLine, false)
    this.#afterValue()
    return index
  }

  #finishNumber(): void {
    const part = this.#numberPart
    if (part === NumberPart.Minus) this.#fail('No number after minus sign')
    if (part === NumberPart.Dot) this.#fail('Unterminated fractional number')
    if (part === NumberPart.Exponent || part === NumberPart.ExponentSign) this.#fail('Exponent part is missing a number')
    this.#endNumber(this.#buffer.length)
  }

  #scanLiteral(index: number): number {
    const buffer = this.#buffer
    const literal = this.#literal
    for (; index < buffer.length && this.#literalIndex < literal.length; index++, this.#literalIndex++) {
      if (buffer.charCodeAt(index) !== literal.charCodeAt(this.#literalIndex)) this.#failAt(index, 'Unexpected character where a value should be')
    }
    if (this.#literalIndex < literal.length) return index
    this.#events.scalar('literal', this.#tokenStart, this.#base + index, this.#tokenLine, false)
    this.#afterValue()
    return index
  }

  #failAt(index: number, reason: string): never {
    this.#position = this.#base + index
    this.#fail(reason)
  }

  #fail(reason: string): never {
    throw new JsonSyntaxError(reason, this.#line, this.#position - this.#lineStart + 1)
  }
}

function isHexDigit(code: number): boolean {
  return (code >= Code.Zero && code <= Code.Nine) || (code >= Code.LowerA && code <= Code.LowerF) || (code >= Code.UpperA && code <= Code.UpperF)
}
