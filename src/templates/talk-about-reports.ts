/**
 * A clerk's word about the reports themselves, typed where an answer is asked: another campaign's
 * report wanted ("em muốn nộp báo cáo đợt 2 ạ") or the answers given thought lost ("ơ câu trả lời
 * hôm trước của em mất hết rồi ạ?"). Stored, each was printed as the question's answer (a plan's
 * number "em muốn nộp báo cáo đợt 2"). Read on the folded text of a short message (sounds-like-talk.ts).
 */
import { vi } from "../sentences/vi.ts";

/** Longer than what is said of the reports to the bot: an answer, not read further. */
const ABOUT_REPORTS_MAX = 80;

/**
 * Who speaks, wanting or doing, then a report of a campaign named by its number: "em muốn nộp báo
 * cáo đợt 2", "mình làm bc đợt 3". Who speaks is needed: a report's own sentence ("Nộp báo cáo đợt
 * 2 đúng hạn", "Kế hoạch … về báo cáo đợt 2") is an answer.
 */
const WANTS_CAMPAIGN =
  /(?:^|[\s,])(?:em|e|minh|toi|t)\s+(?:(?:muon|can|xin|dinh|se|phai|chua)\s+)?(?:nop|lam|gui|mo|sang|chuyen sang|vao)\s+(?:bao cao|bc)\s+(?:cua\s+)?dot\s+(?:so\s+)?(\d{1,4})\b/;

/**
 * The answers given, or the report, gone: "câu trả lời … mất hết rồi", "báo cáo của em mất rồi",
 * "các câu em trả lời đâu hết rồi". Said of the answers and of who speaks, or asked: "Tài liệu bị
 * mất hết do bão" is an answer.
 */
const ANSWERS = /\b(?:cau tra loi|tra loi|cac cau|bao cao|bc|bai)\b/;
const GONE = /\b(?:mat (?:het|sach|tieu|roi|dau)|bien mat|dau het (?:roi|a|vay)|dau mat (?:roi|het))\b/;
const OF_SPEAKER_OR_ASKED = /(?:^|\s)(?:cua (?:em|e|minh|toi|t)|em|minh)(?=\s|[?.!,]|$)|\?\s*$|\b(?:sao|a|vay)\s*\??$/;

/** The campaign's number a clerk says they want the report of ("em muốn nộp báo cáo đợt 2"), from the folded text. */
export function wantedCampaign(folded: string): number | undefined {
  if (folded.length > ABOUT_REPORTS_MAX || folded.includes("\n")) return undefined;
  const campaign = WANTS_CAMPAIGN.exec(folded)?.[1];
  return campaign === undefined ? undefined : Number(campaign);
}

/**
 * What to say of such a message (folded), undefined for anything else. The conversation service
 * first answers a campaign wanted by whether the unit has it (wanted-campaign.ts); this wording
 * stands where no campaign is known.
 */
export function talkAboutReports(folded: string): string | undefined {
  if (folded.length > ABOUT_REPORTS_MAX || folded.includes("\n")) return undefined;
  const campaign = wantedCampaign(folded);
  if (campaign !== undefined) return vi.parse.asksOtherCampaign(String(campaign));
  if (ANSWERS.test(folded) && GONE.test(folded) && OF_SPEAKER_OR_ASKED.test(folded)) return vi.parse.asksWhereAnswersAre;
  return undefined;
}
