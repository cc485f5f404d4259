/** A unit's items joined into one line of the ward's report ("Trường A: Hội sách; Thi kể chuyện", "Tuyên truyền: Loa; Web"). */

/** An item without the closing mark its writer typed: "; " joins them. */
export const bareItem = (text: string) => text.replace(/[.;,:\s]+$/u, "");

/** The items on one line, each as typed ("Bác Hồ", "Zalo" keep their capitals). */
export function joinItems(texts: readonly string[]): string {
  return texts.map(bareItem).join("; ");
}

/** An item with its sub-items run in after a colon: "Tuyên truyền qua các hình thức: Treo 12 băng rôn; Loa phát thanh". */
export function itemWithSubs(text: string, subs: readonly string[]): string {
  return subs.length === 0 ? text : `${bareItem(text)}: ${subs.map(bareItem).join("; ")}`;
}
