/**
 * "em muốn sửa báo cáo đợt trước", "sửa báo cáo đợt 1 kiểu gì ạ", "cho em sửa lại bc năm ngoái": a
 * correction asked for of another campaign's report while the chat works on this one. Where no
 * answer was expected it got no reply; where one was, it was stored as the answer. It is told how
 * (that campaign's /baocao N, then "sửa câu …" and /nop), or, that campaign closed with its report
 * kept, whom to ask. Read only as a correction asked for (WANTS_TO_CORRECT) with another campaign
 * named: "Cần sửa chữa thư viện đợt trước", "Sửa 3 phòng học trong đợt 1" and "phát sữa học đường
 * đợt trước" stay answers.
 */
import type { Repositories } from "../db/repositories.ts";
import type { CampaignRow } from "../db/schema.ts";
import { vi } from "../sentences/vi.ts";
import { refusesLateNow } from "./closed-campaign.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";

/**
 * "em muốn sửa lại báo cáo", "cho em chỉnh sửa bc", "xin sửa số liệu", "em nộp nhầm", "sửa lại
 * được không", "sửa kiểu gì ạ": a correction asked for, in words; after the submission it passed in silence, and the clerk did not know how. Read with its
 * marks when it has any: folded, "cần chính xác", "chính thức" and "sữa học đường" read as one.
 */
const WANTS_TO_CORRECT =
  /(?:^|[\s,.])(?:(?:muốn|cần|xin|phải|cho (?:em|mình|tôi)) (?:chỉnh )?(?:sửa|chỉnh)|(?:chỉnh )?sửa (?:lại )?(?:báo cáo|bc|số liệu|được không|kiểu gì|thế nào|như thế nào|ra sao)|nộp nhầm)(?=[\s,.!?]|$)/u;
/** The same typed without marks ("em can sua lai so lieu"). */
const WANTS_TO_CORRECT_UNMARKED = /\b(?:(?:muon|can|xin|phai|cho (?:em|minh|toi)) (?:chinh )?(?:sua|chinh)|(?:chinh )?sua (?:lai )?(?:bao cao|bc|so lieu|duoc khong|kieu gi|the nao|nhu the nao|ra sao)|nop nham)\b/;
export const wantsToCorrect = (typed: string) => (/[^\x00-\x7f]/.test(typed) ? WANTS_TO_CORRECT.test(typed) : WANTS_TO_CORRECT_UNMARKED.test(typed));

/** Longer than this it is a report's text that happens to hold the words, not a request. */
const MAX_LENGTH = 120;
/** "sửa chữa": repairs, a report's subject ("Cần sửa chữa thư viện"), not a correction. */
const REPAIRS = /\bsua chua\b/;
/** Folded: the campaign before this one ("đợt trước", "lần trước", "báo cáo cũ", "năm ngoái"). */
const PREVIOUS = /\b(?:(?:dot|lan|ky|bao cao|bc) (?:truoc|cu)|nam (?:ngoai|truoc))\b/;
/** Folded: a campaign by its number ("đợt 1", "dot 2"). */
const NUMBERED = /\bdot\s*(\d{1,6})\b/;

/** What the text asks of another campaign than `current`, if it asks a correction of one. */
export function otherCampaignAsked(text: string, current: number): { number: number } | { previous: true } | undefined {
  if (text.length > MAX_LENGTH) return undefined;
  const typed = text.normalize("NFC").toLowerCase();
  const folded = foldVietnamese(typed);
  if (!wantsToCorrect(typed) || REPAIRS.test(folded)) return undefined;
  const numbered = NUMBERED.exec(folded);
  if (numbered) return Number(numbered[1]) === current ? undefined : { number: Number(numbered[1]) };
  return PREVIOUS.test(folded) ? { previous: true } : undefined;
}

/** The reply to such a request: how to correct that campaign's report, or why it cannot be from the chat. */
export async function otherCampaignCorrection(repos: Repositories, asked: { number: number } | { previous: true }, unitId: number, current: CampaignRow): Promise<string> {
  const campaigns = await repos.campaignChoice.campaignsOf(unitId);
  const earlier = campaigns.filter((entry) => entry.campaign.id < current.id && entry.standing !== "not-started");
  const entry = "number" in asked ? campaigns.find((e) => e.campaign.id === asked.number) : earlier.at(-1);
  if (!entry) return "number" in asked ? vi.report.otherCampaign.none(asked.number, current.title) : vi.report.otherCampaign.noneBefore(current.title);
  const { campaign, standing } = entry;
  // Reached by /baocao N: an open campaign, a returned report, or a closed one's draft taking late
  // reports. A submitted report of a closed campaign is not (it advised "/baocao N", then refused it).
  const reachable = campaign.status === "open" || standing === "returned" || (!refusesLateNow(campaign) && standing !== "submitted");
  if (reachable) return vi.report.otherCampaign.how(campaign.id, campaign.title, current.title);
  return vi.report.otherCampaign.closed(campaign.id, campaign.title, campaign.issuerName, standing === "submitted");
}
