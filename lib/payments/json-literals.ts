// JSON.parse turns 16800.0000000000001 into 16800 and 1e400 into Infinity
// without a word. A payment amount must never be rounded on the way in, so
// the amount is also judged by how it was written: this reads the number
// literals of a JSON object's own (top-level) properties as text.

/**
 * Property name → number literal as written, for the top-level properties of
 * `text` whose value is a number. `text` must already have passed JSON.parse.
 * A repeated name keeps its last value, as JSON.parse does.
 */
export function topLevelNumberLiterals(text: string): Map<string, string> {
  const literals = new Map<string, string>();
  let depth = 0;
  let lastString: string | null = null;
  let key: string | null = null;
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '"') {
      const end = endOfString(text, index);
      lastString = text.slice(index, end);
      index = end;
      continue;
    }
    if (char === ":" && depth === 1 && lastString !== null) {
      key = JSON.parse(lastString) as string;
    } else if (char === "{" || char === "[") {
      depth += 1;
    } else if (char === "}" || char === "]") {
      depth -= 1;
    } else if (char === ",") {
      key = null;
    } else if (depth === 1 && key !== null && (char === "-" || (char >= "0" && char <= "9"))) {
      const match = /^-?[0-9][0-9.eE+-]*/.exec(text.slice(index));
      literals.set(key, match![0]);
      index += match![0].length;
      key = null;
      continue;
    }
    if (char !== " " && char !== "\t" && char !== "\n" && char !== "\r" && char !== ":") lastString = null;
    index += 1;
  }
  return literals;
}

/** Index just past the closing quote of the string that opens at `start`. */
function endOfString(text: string, start: number): number {
  let index = start + 1;
  while (text[index] !== '"') index += text[index] === "\\" ? 2 : 1;
  return index + 1;
}

/** Digits only, optionally signed: no fraction, no exponent. */
export function isPlainIntegerLiteral(literal: string): boolean {
  return /^-?(0|[1-9][0-9]*)$/.test(literal);
}
