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
    let end = Math.min(rest.length, limit);
    while (end > 1 && measure(rest.slice(0, end)) > limit) end--;
    const space = rest.lastIndexOf(" ", end);
    const cut = space > end / 2 ? space : end;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  pieces.push(rest);
  return pieces;
}
