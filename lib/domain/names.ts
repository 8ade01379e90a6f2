/**
 * A person's or business's name as a bank may show it to whoever types a
 * virtual account at a teller, ATM or app: enough to recognise it, not to
 * learn it ("Sri Mulyani" → "Sr* Mu*****"). Each word keeps its first two
 * letters (one for a word of one or two letters); spaces stay (ours: BJB's
 * own masking rule is not published).
 */
export function maskName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((word) => {
      const letters = [...word];
      const keep = letters.length <= 2 ? 1 : 2;
      return letters.slice(0, keep).join("") + "*".repeat(letters.length - keep);
    })
    .join(" ");
}
