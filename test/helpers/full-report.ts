/**
 * A complete set of answers to the built-in lifelong-learning-week template, in asking order, as a
 * clerk would type them. Shared by the transcript, server and browser tests.
 */
export const FULL_REPORT_ANSWERS: readonly string[] = [
  "Kế hoạch số 192/KH-THLC ngày 27/9/2026",
  "Treo băng rôn, khẩu hiệu tại cổng trường; tuyên truyền qua loa phát thanh của trường.",
  "1, 3",
  "Xây dựng năng lực tự học trong kỷ nguyên số\nHọc tập suốt đời – chìa khóa của mọi thành công",
  "Có",
  "02/10/2026",
  "- Tổ chức Hội sách\n- Tổ chức các sân chơi trực tuyến cho học sinh",
  "6",
  "290",
  "2.000",
  "350",
  "95,5%",
  "hoan thanh tot",
  "Nâng cao nhận thức về học tập suốt đời\nHình thức hoạt động phong phú",
  "Cần phát huy tính chủ động của học sinh.",
  "Thời gian tổ chức ngắn",
  "Quan tâm đầu tư kinh phí cho thư viện",
  "UBND phường Nam Triệu\nLưu: VT",
  "/boqua",
  "HIỆU TRƯỞNG",
  "Nguyễn Văn An",
];

/** The number of questions once every condition above is met. */
export const FULL_REPORT_QUESTION_COUNT = 21;

/** Answers a whole report in a unit's chat and confirms its submission; the replies to "Có". */
export async function submitFullReport<R>(
  server: { post: (chatId: string, user: { userId: string; userName: string }, text: string) => Promise<R> },
  chatId: string,
  member: { userId: string; userName: string },
  answers: readonly string[] = FULL_REPORT_ANSWERS,
): Promise<R> {
  await server.post(chatId, member, "/baocao");
  for (const answer of answers) await server.post(chatId, member, answer);
  await server.post(chatId, member, "/nop");
  return server.post(chatId, member, "Có");
}
