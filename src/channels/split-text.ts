/**
 * Splits long text for platforms with a per-message limit, at line boundaries where possible
 * (a line longer than the limit is cut at a space, or hard). `measure` lets a caller count the
 * length as the platform will (e.g. after HTML escaping).
 */
export function splitText(text: string, limit: number, measure: (s: string) => number = (s) => s.length): string[] {
  const chunks: string[] = [];
  let current = "";
  const push = () => {
    if (current !== "") chunks.push(current);
    current = "";
  };
  for (const line of text.split("\n")) {
    for (const piece of cutLine(line, limit, measure)) {
      const candidate = current === "" ? piece : `${current}\n${piece}`;
      if (measure(candidate) <= limit) current = candidate;
      else {
        push();
        current = piece;
      }
    }
  }
  push();
  return chunks.length > 0 ? chunks : [""];
}

function cutLine(line: string, limit: number, measure: (s: string) => number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (measure(rest) > limit) {
    const end = longestFitting(rest, limit, measure);
    const space = rest.lastIndexOf(" ", end);
    const cut = space > end / 2 ? space : clear(rest, end);
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  pieces.push(rest);
  return pieces;
}

/**
 * The longest start of `text` (at least one character) that measures within `limit`, found by
 * halving: a prefix measures no less than a shorter one. Shortened a character at a time, a line of
 * "&" (each escaped to five) was measured thousands of times, a second of the event loop a message.
 */
function longestFitting(text: string, limit: number, measure: (s: string) => number): number {
  let low = 1;
  let high = Math.min(text.length, limit);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(text.slice(0, middle)) <= limit) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * `end`, or one before it when it would cut between the two halves of a character outside the
 * Basic Multilingual Plane (an emoji): each part then sent a broken character.
 */
function clear(text: string, end: number): number {
  const high = text.charCodeAt(end - 1);
  return end > 1 && high >= 0xd800 && high <= 0xdbff ? end - 1 : end;
}
