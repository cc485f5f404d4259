/**
 * "làm sao để tạo mẫu báo cáo mới từ file Word?" typed in the officers' chat: a question to the bot
 * about its own report types, answered as a Word file sent there is (officers-chat-file.ts). That
 * chat is the officers' talk, answered by nothing else, so only a question that names a report type
 * ("mẫu báo cáo", or "mẫu" with a Word file), a way of making one, a Word file or the bot, and asks
 * how ("làm sao", "được không") counts. "Chị gửi mẫu báo cáo mới cho các trường chưa?", "Chị tạo mẫu
 * báo cáo cho đợt này chưa?", "Anh thêm mẫu báo cáo vào đợt 3 được không?" are colleagues' talk.
 */
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";

export function asksAboutTemplates(text: string): boolean {
  const folded = foldVietnamese(text);
  const namesWord = /\b(file|tep) word\b/.test(folded);
  // "mẫu" with its marks: folded it is also "màu" (a colour), which Word questions name too.
  const namesTemplate = folded.includes("mau bao cao") || (namesWord && /(^|\s)mẫu(\s|$)/u.test(text.normalize("NFC").toLowerCase()));
  return namesTemplate && (namesWord || /\bbot\b/.test(folded)) && MAKING.test(folded) && ASKING_HOW.test(folded);
}

/** Making or loading one; "gửi", "chuyển" (a template to the schools) is the officers' own work. */
const MAKING = /\b(tao|them|nap|tai len|dua len|dua vao)\b/;
const ASKING_HOW = /\b(lam sao|the nao|nhu nao|cach nao|duoc khong)\b/;
