/**
 * "thêm câu 7: Thi kể chuyện về sách" typed as clerks write a correction ("sửa câu 7: …",
 * typed-edit.ts): read as "/them 7 Thi kể chuyện về sách". Only with the question's number and a
 * ":" after it, so that an answer opening "Thêm câu lạc bộ…" stays an answer.
 */
import { foldLetters } from "./typed-edit.ts";
import type { UserInput } from "./user-input.ts";

/** Folded: "thêm câu 7:", "thêm vào câu số 7:", "cho em thêm câu 7:", "em thêm câu 7 :". */
const TYPED_APPEND = /^\s*(?:(?:cho )?(?:em|minh|toi|chi|anh) (?:xin )?)?them(?: vao)? cau (?:so )?(\d{1,3})\s*:/;

export function typedAppend(input: UserInput): UserInput | undefined {
  if (input.kind !== "text") return undefined;
  const text = input.text.normalize("NFC");
  // Folded letter by letter, so the items after the ":" are kept as typed.
  const opening = TYPED_APPEND.exec(foldLetters(text.slice(0, 60)));
  if (!opening) return undefined;
  const items = text.slice(opening[0].length).trim();
  return items === "" ? undefined : { kind: "command", command: "edit", argument: `${opening[1]} ${items}`, append: true };
}
