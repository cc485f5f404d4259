/**
 * The Telegram updates of the load: text messages in supergroups, each one the answer to the
 * question its chat is on, so the bot stores every one (an answer row keyed by its message id).
 * A chat answers the built-in school report's 21 questions in order; the free-text answers are
 * ~600 bytes of Vietnamese, the numbers, dates and choices what a clerk types. Every update has its
 * own update_id and message_id.
 *
 * Order within a chat matters (answer 5 only fits question 5), so each autocannon connection owns
 * its own chats (chat i belongs to connection i % connections): a connection has one request in
 * flight at a time, so a chat's answers arrive one after the other, never two at once.
 */
import { readFileSync } from "node:fs";

export const TOKEN = "123456:BENCH-token_load";
export const SECRET = "bench-load-secret_1";
export const LOAD_CHATS = 1000;
/** Chats beside the load's, their reports filled up to "submit? Có/Không", for the document burst. */
export const BURST_CHATS = 100;
export const CAMPAIGN_TITLE = "Đợt thử tải";

export const chatIdOf = (c: number) => -1002000000000 - c;
export const userIdOf = (c: number) => 810_000_000 + c;
export const unitCodeOf = (c: number) => `B${String(c).padStart(4, "0")}`;

/** About `bytes` bytes of Vietnamese prose, cut at a word, ending with a tag that makes it unique. */
function prose(bytes: number, tag: string, seed: string): string {
  let text = seed;
  while (Buffer.byteLength(text) < bytes) text += ` ${PROSE}`;
  const words = text.split(" ");
  let out = "";
  for (const word of words) {
    if (Buffer.byteLength(`${out} ${word} ${tag}`) > bytes) break;
    out = out ? `${out} ${word}` : word;
  }
  return `${out} ${tag}`;
}
const PROSE =
  "Nhà trường đã phối hợp với Ban đại diện cha mẹ học sinh treo băng rôn, khẩu hiệu tại cổng trường, tuyên truyền qua loa phát thanh vào giờ ra chơi, " +
  "đăng tin trên trang thông tin điện tử và nhóm Zalo của các lớp; giáo viên chủ nhiệm lồng ghép nội dung học tập suốt đời trong giờ sinh hoạt lớp.";

/** A bullet list of three items of about `bytes / 3` bytes each (lists cap the length of an item). */
const list = (bytes: number, tag: string, seed: string) =>
  [1, 2, 3].map((i) => `- ${prose(Math.floor(bytes / 3) - 3, `(${i}) ${tag}`, seed)}`).join("\n");

/**
 * The answer to question `step` (0-based, in asking order) of chat `c`; `tag` makes it unique.
 * Checked against the real engine when the chats are seeded (seed-chats.ts), so a drift of the
 * template shows there and not as "lost" answers.
 */
export function answerText(step: number, c: number, tag: string): string {
  const long = 600;
  switch (step) {
    case 0: return `Kế hoạch số ${c}/KH-TH ngày 27/9/2026 về tổ chức Tuần lễ hưởng ứng học tập suốt đời ${tag}`; // plan_reference, ≤ 200 chars
    case 1: return prose(long, tag, "Tuyên truyền:"); // propaganda
    case 2: return "1, 3, 5"; // propaganda_channels
    case 3: return list(long, tag, "Khẩu hiệu học tập suốt đời"); // slogans, ≤ 300 chars an item
    case 4: return "Có"; // held_opening
    case 5: return "02/10/2026"; // opening_date
    case 6: return list(long, tag, "Tổ chức Hội sách"); // activities
    case 7: return "6"; // training_sessions
    case 8: return String(200 + (c % 100)); // training_participants
    case 9: return "2.000"; // readers_served
    case 10: return "350"; // books_collected
    case 11: return "95,5%"; // staff_participation
    case 12: return "hoan thanh tot"; // self_rating
    case 13: return list(long, tag, "Nâng cao nhận thức"); // strengths
    case 14: return prose(long, tag, "Bài học kinh nghiệm:"); // lessons
    case 15: return list(long, tag, "Thời gian tổ chức ngắn"); // limitations
    case 16: return list(long, tag, "Đề nghị đầu tư kinh phí"); // proposals
    case 17: return list(450, tag, "UBND phường Nam Triệu"); // recipients, ≤ 200 chars an item
    case 18: return "KT. HIỆU TRƯỞNG"; // signer_authority
    case 19: return "PHÓ HIỆU TRƯỞNG"; // signer_position
    case 20: return `Nguyễn Thị Hoa ${c}`; // signer_name
    default: throw new Error(`no question ${step}`);
  }
}
export const QUESTIONS = 21;

export interface Update {
  updateId: number;
  chat: number;
  /** The question it answers; undefined when its chat had answered them all (a plain message). */
  step: number | undefined;
  body: Buffer;
}

/** The bench's bot (bench-bot.json, what the fake Bot API's getMe answers). */
const BOT_USERNAME: string = JSON.parse(readFileSync(new URL("./bench-bot.json", import.meta.url), "utf8")).username;

/**
 * The JSON Telegram would POST for one text message of chat `c`'s clerk; message_id = update_id.
 * `mention`: the text opens with a mention of the bot, marked as Telegram marks it.
 */
export function updateBody(c: number, updateId: number, text: string, { mention = false } = {}): Buffer {
  const mentioned = `@${BOT_USERNAME}`;
  return Buffer.from(
    JSON.stringify({
      update_id: updateId,
      message: {
        message_id: updateId,
        from: { id: userIdOf(c), is_bot: false, first_name: "Nguyễn Thị", last_name: `Hoa ${c}`, language_code: "vi" },
        chat: { id: chatIdOf(c), title: `Trường số ${c} – báo cáo`, type: "supergroup" },
        date: Math.floor(Date.now() / 1000),
        text: mention ? `${mentioned} ${text}` : text,
        ...(mention ? { entities: [{ type: "mention", offset: 0, length: mentioned.length }] } : {}),
      },
    }),
  );
}

/**
 * Hands each connection the next update of its chats, round robin. `wrap`: once a chat has
 * answered everything, start it over (the baselines, which do not care what the text says); without
 * it such a chat gets plain messages the bot does not store as answers (counted apart).
 */
export class UpdateSource {
  private nextId: number;
  private readonly wrap: boolean;
  private readonly position = new Map<number, number>();
  private readonly cursor: number[];
  private readonly owned: number[][];

  constructor(chats: number[], connections: number, options: { firstUpdateId?: number; wrap?: boolean } = {}) {
    this.nextId = options.firstUpdateId ?? 1_000_000;
    this.wrap = options.wrap ?? false;
    this.owned = Array.from({ length: connections }, (_, k) => chats.filter((_c, i) => i % connections === k));
    this.cursor = this.owned.map(() => 0);
  }

  /** Messages sent to chats that had answered every question (not answers). */
  exhausted = 0;

  /** Updates to send before any other, by whichever connection asks first (the burst). */
  private readonly injected: Update[] = [];

  inject(updates: Update[]): void {
    this.injected.push(...updates);
  }

  next(connection: number): Update {
    const injected = this.injected.shift();
    if (injected) return injected;
    const chats = this.owned[connection % this.owned.length]!;
    // The next of this connection's chats that still has a question, starting after the last one used.
    for (let tries = 0; tries < chats.length; tries++) {
      const chat = chats[this.cursor[connection]!++ % chats.length]!;
      const step = this.position.get(chat) ?? 0;
      if (step < QUESTIONS || this.wrap) {
        this.position.set(chat, step + 1);
        const updateId = this.nextId++;
        const question = step % QUESTIONS;
        return { updateId, chat, step: question, body: updateBody(chat, updateId, answerText(question, chat, `#${updateId}`)) };
      }
    }
    this.exhausted++;
    const chat = chats[this.cursor[connection]!++ % chats.length]!;
    const updateId = this.nextId++;
    // Calling on the bot, as a finished chat's message must to be answered (a group's own talk is
    // left alone): the bot does what it did for these before it left such talk alone.
    return { updateId, chat, step: undefined, body: updateBody(chat, updateId, prose(600, `#${updateId}`, "Báo cáo đã xong:"), { mention: true }) };
  }

  /** One more update of chat `c` with `text` (the burst's "Có"). */
  single(c: number, text: string): Update {
    const updateId = this.nextId++;
    return { updateId, chat: c, step: undefined, body: updateBody(c, updateId, text) };
  }
}
