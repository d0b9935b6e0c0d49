/**
 * An independent check that output text shows no card data: a plain Luhn scan
 * over digit runs (ISO/IEC 7812-1 annex B), and the shapes of an expiry date and
 * of a CVV after its keyword. It shares no code with the detectors, so a bug
 * there cannot hide itself here.
 */

const SHORTEST_PAN = 12
const LONGEST_PAN = 19

function luhnValid(digits: string): boolean {
  let sum = 0
  for (let index = 0; index < digits.length; index++) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48
    if (index % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}

/** Digit runs, joined across single spaces and dashes (how people group a card). */
function digitRuns(text: string): string[] {
  const runs: string[] = []
  let run = ''
  for (let index = 0; index <= text.length; index++) {
    const char = text[index] ?? ''
    if (char >= '0' && char <= '9') run += char
    else if ((char === ' ' || char === '-') && run !== '' && /[0-9]/.test(text[index + 1] ?? '')) continue
    else if (run !== '') {
      runs.push(run)
      run = ''
    }
  }
  return runs
}

/** Does `text` show a card number: a run of 12–19 digits (or a window of a longer run) that passes Luhn? */
export function showsCardNumber(text: string): boolean {
  for (const run of digitRuns(text)) {
    if (run.length < SHORTEST_PAN) continue
    for (let length = SHORTEST_PAN; length <= Math.min(LONGEST_PAN, run.length); length++) {
      for (let start = 0; start + length <= run.length; start++) if (luhnValid(run.slice(start, start + length))) return true
    }
  }
  return false
}

/** Does `text` show an expiry ("12/27") or a CVV after its keyword ("cvv 737", "cvv is 737")? */
export function showsExpiryOrCvv(text: string): boolean {
  return /[0-9]{1,2}\s*\/\s*[0-9]{2}/.test(text) || /cvv(\s+is)?\s*[0-9]/i.test(text)
}

/**
 * Everything a reader could ever have seen of one message: the versions
 * overlaid, a position showing a digit if any version showed one there. Masks
 * keep the length, so positions line up.
 */
export function mostRevealed(versions: readonly string[]): string {
  const longest = Math.max(...versions.map((version) => version.length))
  let merged = ''
  for (let index = 0; index < longest; index++) {
    const shown = versions.map((version) => version[index] ?? '')
    merged += shown.find((char) => char >= '0' && char <= '9') ?? shown.find((char) => char !== '') ?? ''
  }
  return merged
}
