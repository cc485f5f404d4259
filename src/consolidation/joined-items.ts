/**
 * A unit's items joined into one line of the ward's report ("Trường A: Tổ chức Hội sách; treo băng
 * rôn", "Tuyên truyền: treo 12 băng rôn; loa phát thanh"). Mid-sentence an item opens in lower case,
 * as the seeds write a list run into a sentence ("qua các hình thức như: treo pa nô, băng zôn"); the
 * capital each unit typed read as a new sentence after every "; ". The rule is the document's own
 * (mid-sentence-case.ts): a name keeps its capital. A list of the openings to lower, kept here
 * before, left every other one capitalised: "tổ chức Hội sách; Thi vẽ tranh; treo băng rôn".
 */
import { midSentenceCase } from "../documents/mid-sentence-case.ts";

/** An item without the closing mark its writer typed: "; " joins them. */
export const bareItem = (text: string) => text.replace(/[.;,:\s]+$/u, "");

/** The items on one line, the first as typed (it opens the line or follows the unit's name), the others mid-sentence. */
export function joinItems(texts: readonly string[]): string {
  return texts.map((text, i) => (i === 0 ? bareItem(text) : midSentenceCase(bareItem(text)))).join("; ");
}

/** An item with its sub-items run in after a colon: "Tuyên truyền qua các hình thức: treo 12 băng rôn; loa phát thanh". */
export function itemWithSubs(text: string, subs: readonly string[]): string {
  return subs.length === 0 ? text : `${bareItem(text)}: ${subs.map((sub) => midSentenceCase(bareItem(sub))).join("; ")}`;
}
