/**
 * A confirmation's yes that says nothing but yes: /huy's (it deletes answers) and /nop's (it sends
 * the report to the ward). "ok để em xem đã" was read as its first word, "ok", and the report was
 * cancelled, or submitted; a sentence that goes on is asked again. Pure.
 */
import { COURTESY_WORDS } from "../templates/parse-yes-no.ts";
import { everyWordIn, type TextTest } from "../vietnamese/every-word-in.ts";

/**
 * What may stand beside the yes at any confirmation: the yes itself and courtesy ("dạ có ạ", "ok
 * chị"), and whom it is said to. Each confirmation adds the words that say its action again.
 */
const YES_AND_COURTESY = [
  ...["có", "ok", "oke", "okie", "oki", "okay", "yes", "y", "c", "1", "đúng"],
  ...COURTESY_WORDS,
  ...["chị", "em", "anh", "cô", "thầy", "a", "e", "bạn", "mình", "bot"],
  // Thanks and asking kindly: "có, cảm ơn bot", "nộp luôn cho chị nhé", "nộp giúp em với" were asked again.
  ...["cảm", "cám", "ơn", "thanks", "tks", "giúp", "hộ", "cho", "với", "nhá", "nhiều"],
];

/**
 * A test that every word of a text is a yes, courtesy or one of `action` ("hủy", "xóa"; "nộp",
 * "gửi"). Compared with the marks: folded, "đã" (in "để em xem đã") reads "dạ". A text typed
 * without any mark is compared folded; there "da" may be "đã" ("ok da": wait a moment) as well as
 * "dạ", and "cho" "chờ" ("ok cho em": wait for me) as well as "cho", so it is asked again.
 */
export function plainYes(action: readonly string[]): TextTest {
  return everyWordIn([...YES_AND_COURTESY, ...action], { notFolded: ["da", "cho"] });
}
