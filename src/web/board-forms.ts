/**
 * The board's forms for what the chat also does to an open campaign: extend its deadline
 * (/dotbaocao giahan) and send a notice to its units (/thongbao đợt N); closed still taking late
 * reports, the notice only. Pure. Each showing carries
 * its own one-time key (`lan`): a second click, or the same form sent again, does nothing more. A
 * refused form comes back open, with its reason and what the officer typed. The date and hour
 * boxes take text with a phone's full keyboard: the digit pad that inputmode="numeric" brings up has
 * no "/" or ":" (nor the "lúc 16h30" the reader takes), and an empty box shows the format, never a
 * value ("17:00" there read as the hour to be set).
 */
import type { CampaignRow } from "../db/schema.ts";
import { vi } from "../sentences/vi.ts";
import { formatMoment } from "../vietnamese/zoned-time.ts";
import { type Html, html } from "./html.ts";
import { csrfField } from "./layout.ts";
import { newSecret } from "./web-session.ts";
import { takesLateNow } from "../conversation/closed-campaign.ts";

/** The longest notice: with the bot's heading it still goes as one message on every platform (Zalo: 2000). */
export const MAX_BROADCAST = 1500;

/**
 * In a form shown for a closed campaign still taking late reports: it acts on it closed. Without it,
 * a form shown while the campaign was open does nothing once it closed meanwhile.
 */
export const SHOWN_CLOSED = html`<input type="hidden" name="dong" value="1">`;
export const shownClosed = (body: Record<string, unknown> | undefined): boolean => body?.dong === "1";

/** A refused form as it comes back: which one, why, and what was typed. */
export type BoardFormRefusal = { form: "extend"; error: string; date: string; time: string } | { form: "broadcast"; error: string; text: string; keepUnmarked?: boolean };

/** In a notice form shown again after its text was held back for want of marks: sent again, it goes as typed. */
export const keepsUnmarked = (body: Record<string, unknown> | undefined): boolean => body?.giu === "1";

export function boardForms(campaign: CampaignRow, csrf: string, timeZone: string, refused?: BoardFormRefusal): Html {
  // Closed still taking late reports: its units may still be sent a notice (/thongbao đợt N), its deadline no longer moves.
  const late = takesLateNow(campaign);
  if (campaign.status !== "open" && !late) return html``;
  const text = vi.web.boardForms;
  const extend = refused?.form === "extend" ? refused : undefined;
  const broadcast = refused?.form === "broadcast" ? refused : undefined;
  const hidden = () => html`${csrfField(csrf)}<input type="hidden" name="lan" value="${newSecret()}">`;
  const error = (id: string, message: string | undefined) => (message ? html`<p id="${id}" class="error" role="alert">${message}</p>` : "");
  // A notice held back for want of marks is advice, not a refusal: its own look, the text not marked invalid.
  const advice = (id: string, message: string) => html`<p id="${id}" class="advice" role="status">${message}</p>`;
  const invalid = (message: string | undefined, id: string) => (message ? html` aria-invalid="true" aria-describedby="${id}"` : "");
  const extendForm = late
    ? ""
    : html`<details id="gia-han"${extend ? html` open` : ""}><summary>${text.extendTitle}</summary>
<form method="post" action="/web/dot/${campaign.id}/gia-han" novalidate>${hidden()}
<p class="hint">${text.extendHint(formatMoment(campaign.deadlineAt, timeZone))}</p>${error("gia-han-loi", extend?.error)}
<div class="question"><label for="han-ngay">${text.dateLabel}</label><input type="text" id="han-ngay" name="ngay" value="${extend?.date ?? ""}" placeholder="${text.datePlaceholder}"${invalid(extend?.error, "gia-han-loi")}></div>
<div class="question"><label for="han-gio">${text.timeLabel}</label><input type="text" id="han-gio" name="gio" value="${extend?.time ?? ""}" placeholder="${text.timePlaceholder}"></div>
<p class="actions"><button type="submit">${text.extendButton}</button></p></form></details>`;
  return html`${extendForm}
<details id="thong-bao"${broadcast ? html` open` : ""}><summary>${text.broadcastTitle}</summary>
<form method="post" action="/web/dot/${campaign.id}/thong-bao" novalidate>${hidden()}${late ? SHOWN_CLOSED : ""}${broadcast?.keepUnmarked ? html`<input type="hidden" name="giu" value="1">` : ""}
<p class="hint">${text.broadcastHint(MAX_BROADCAST)}</p>${broadcast?.keepUnmarked ? advice("thong-bao-loi", broadcast.error) : error("thong-bao-loi", broadcast?.error)}
<div class="question"><label for="tb-noi-dung">${text.broadcastLabel}</label><textarea id="tb-noi-dung" name="noi_dung" rows="4" maxlength="${String(MAX_BROADCAST)}"${broadcast?.keepUnmarked ? html` aria-describedby="thong-bao-loi"` : invalid(broadcast?.error, "thong-bao-loi")}>${broadcast?.text ?? ""}</textarea></div>
<p class="actions"><button type="submit">${text.broadcastButton}</button></p></form></details>`;
}
