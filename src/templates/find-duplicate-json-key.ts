/**
 * Whether a JSON text has an object with the same key twice. JSON.parse keeps the last one
 * silently; a template file must not (the operator meant one of them), and the YAML parser that
 * says so is only loaded when this finds one (template-source.ts).
 */

/** For a text JSON.parse has accepted: true when some object repeats a key. */
export function hasDuplicateJsonKey(text: string): boolean {
  /** One entry per open bracket: the keys seen so far in an object, null in an array. */
  const open: (Set<string> | null)[] = [];
  let atKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      const keys = open.at(-1);
      if (atKey && keys) {
        // Decoded, so "\u0074itle" and "title" are the same key, as they are to the YAML parser.
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (keys.has(key)) return true;
        keys.add(key);
      }
      atKey = false;
      i = end;
    } else if (c === "{") {
      open.push(new Set());
      atKey = true;
    } else if (c === "[") {
      open.push(null);
    } else if (c === "}" || c === "]") {
      open.pop();
      atKey = false;
    } else if (c === ",") {
      atKey = open.at(-1) != null;
    }
  }
  return false;
}
