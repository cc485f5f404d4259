/**
 * "làm sao để tạo mẫu báo cáo mới từ file Word?" typed in the officers' chat: a question to the bot
 * about its own report types, answered as a Word file sent there is (officers-chat-file.ts). That
 * chat is the officers' talk, answered by nothing else, so only a question that names a report type
 * ("mẫu báo cáo", or "mẫu" with a Word file), a way of making one and asks how counts: "Chị gửi mẫu
 * báo cáo mới cho các trường chưa?" is colleagues' talk and stays unanswered.
 */
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";

export function asksAboutTemplates(text: string): boolean {
  const folded = foldVietnamese(text);
  const namesWord = /\b(file|tep) word\b/.test(folded);
  // "mẫu" with its marks: folded it is also "màu" (a colour), which Word questions name too.
  const namesTemplate = folded.includes("mau bao cao") || (namesWord && /(^|\s)mẫu(\s|$)/u.test(text.normalize("NFC").toLowerCase()));
  return namesTemplate && MAKING.test(folded) && (text.includes("?") || ASKING_HOW.test(folded));
}

/** Making or loading one; "gửi" (sending a template to the schools) is the officers' own work. */
const MAKING = /\b(tao|them|nap|tai len|dua len|dua vao|chuyen)\b/;
const ASKING_HOW = /\b(lam sao|the nao|nhu nao|cach nao|duoc khong)\b/;
