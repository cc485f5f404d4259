import { describe, expect, it } from "vitest";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { createTranscript } from "../helpers/report-transcript.ts";

/** A report answered up to the signer's position (the last two questions are the position and the name). */
function atThePosition() {
  const t = createTranscript();
  t.say("/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, -2)) t.say(answer);
  expect(t.state.fieldId).toBe("signer_position");
  return t;
}

describe("the signer's position and name, answered together", () => {
  it("gives 'Trần Thị Mai' as the name's example, no longer the demo officer's name (Nguyễn Thị Kha)", () => {
    const t = atThePosition();
    const asked = t.say("HIỆU TRƯỞNG");
    expect(asked).toMatch(/Họ và tên người ký\?/);
    expect(asked).toContain("Ví dụ: Trần Thị Mai");
    expect(asked).not.toContain("Kha");
  });

  it("asks the position again when a name follows it, and takes a position alone", () => {
    const t = atThePosition();
    for (const typed of ["HIỆU TRƯỞNG - Nguyễn Văn Bình", "Hiệu trưởng Nguyễn Văn Bình", "Phó hiệu trưởng: Lê Thị Lan", "hieu truong Nguyen Van Binh"]) {
      expect(t.say(typed), typed).toMatch(/^Câu này chỉ hỏi chức vụ của người ký \(ví dụ HIỆU TRƯỞNG\); họ và tên người ký sẽ hỏi ở câu sau\./);
      expect(t.state.fieldId, typed).toBe("signer_position");
    }
    expect(t.effects.filter((e) => e.type === "save-answer" && e.fieldId === "signer_position")).toEqual([]);
    // Where the signer works is part of a position, not a name.
    for (const typed of ["Hiệu trưởng Trường THCS Nguyễn Du", "Chủ tịch UBND Phường Bến Nghé", "Giám đốc Trung Tâm Văn Hóa", "Tổ trưởng Tổ Văn", "Trưởng ban Tuyên Giáo", "Hiệu trưởng Mầm Non Hoa Sen", "Giám đốc Bảo Tàng Tỉnh"]) {
      const u = atThePosition();
      expect(u.say(typed), typed).toMatch(/Họ và tên người ký/);
    }
    expect(t.say("PHÓ HIỆU TRƯỞNG")).toMatch(/Họ và tên người ký/);
  });

  it("writes out a shortened position ('HT', 'PHT', 'Phó HT', 'KT. HT'), and asks again when a name follows one", () => {
    const shortened: [string, string][] = [["HT", "HIỆU TRƯỞNG"], ["pht", "PHÓ HIỆU TRƯỞNG"], ["Phó HT", "PHÓ HIỆU TRƯỞNG"], ["P.HT", "PHÓ HIỆU TRƯỞNG"], ["CT", "CHỦ TỊCH"], ["Ht.", "HIỆU TRƯỞNG"]];
    for (const [typed, stored] of shortened) {
      const t = atThePosition();
      t.say(typed);
      expect(t.effects.at(-1), typed).toEqual({ type: "save-answer", fieldId: "signer_position", value: stored });
    }
    const t = atThePosition();
    expect(t.say("Phó HT Trần Văn Minh")).toMatch(/^Câu này chỉ hỏi chức vụ của người ký/);
    expect(t.say("HT - Nguyễn Văn Bình")).toMatch(/^Câu này chỉ hỏi chức vụ của người ký/);
    expect(t.effects.filter((e) => e.type === "save-answer" && e.fieldId === "signer_position")).toEqual([]);
    const authority = createTranscript();
    authority.say("/baocao");
    for (const answer of FULL_REPORT_ANSWERS.slice(0, -3)) authority.say(answer);
    authority.say("KT. HT");
    expect(authority.effects.at(-1)).toEqual({ type: "save-answer", fieldId: "signer_authority", value: "KT. HIỆU TRƯỞNG" });
  });

  it("asks the name again when a position comes first, and never mistakes a surname for one", () => {
    const t = atThePosition();
    t.say("HIỆU TRƯỞNG");
    for (const typed of ["Hiệu trưởng Đỗ Thu Trang", "Chủ tịch Nguyễn Thị Kha"]) expect(t.say(typed), typed).toMatch(/^Câu này chỉ hỏi họ và tên người ký/);
    // A position alone is no name either.
    for (const typed of ["Hiệu trưởng", "Phó hiệu trưởng"]) expect(t.say(typed), typed).toMatch(/^Câu này chỉ hỏi họ và tên người ký/);
    // "Trương" is a surname, not "trưởng".
    expect(t.say("Trương Phong Hải")).toMatch(/^Đã trả lời xong/);
    expect(t.effects.at(-1)).toEqual({ type: "save-answer", fieldId: "signer_name", value: "Trương Phong Hải" });
  });

  it("refuses a yes or a no as the signer's position or name ('Có' typed as if /nop had asked to confirm)", () => {
    const t = atThePosition();
    for (const typed of ["Có", "ok", "Không"]) expect(t.say(typed), typed).toMatch(new RegExp(`^«${typed}» không phải chức vụ của người ký\\. Vui lòng gõ chức vụ, ví dụ HIỆU TRƯỞNG\\.`));
    expect(t.say("HIỆU TRƯỞNG")).toMatch(/Họ và tên người ký/);
    expect(t.say("Có")).toMatch(/^«Có» không phải họ và tên của người ký\. Vui lòng gõ họ và tên, ví dụ Nguyễn Văn An\./);
    expect(t.effects.filter((e) => e.type === "save-answer" && (e.fieldId === "signer_position" || e.fieldId === "signer_name"))).toEqual([{ type: "save-answer", fieldId: "signer_position", value: "HIỆU TRƯỞNG" }]);
  });
});

describe("the signer's lines typed without tone marks", () => {
  it("gives a known position back its marks, in the case it was typed, and says of a name that it is printed as typed", () => {
    const cases: [string, string][] = [
      ["HIEU TRUONG", "HIỆU TRƯỞNG"],
      ["pho hieu truong", "phó hiệu trưởng"],
      ["Pho chu tich", "Phó chủ tịch"],
      ["CHU TICH", "CHỦ TỊCH"],
      // Unknown, or typed with marks: kept.
      ["Truong khoi 5", "Truong khoi 5"],
      ["Hiệu trưởng", "Hiệu trưởng"],
    ];
    for (const [typed, stored] of cases) {
      const t = atThePosition();
      t.say(typed);
      expect(t.effects.at(-1), typed).toEqual({ type: "save-answer", fieldId: "signer_position", value: stored });
    }
    const t = atThePosition();
    t.say("HIEU TRUONG");
    expect(t.say("Nguyen Van Binh")).toMatch(/^Lưu ý: họ tên «Nguyen Van Binh» chưa có dấu; văn bản sẽ in đúng như vậy\. Muốn sửa, gõ: sửa câu 21: <họ tên có dấu>\.\n---\nĐã trả lời xong/);
    expect(t.effects.at(-1)).toEqual({ type: "save-answer", fieldId: "signer_name", value: "Nguyen Van Binh" });
  });

  it("reads the authority line too ('KT. HIEU TRUONG' is 'KT. HIỆU TRƯỞNG'), and an edited message as a typed answer", () => {
    const t = createTranscript();
    t.say("/baocao");
    for (const answer of FULL_REPORT_ANSWERS.slice(0, -3)) t.say(answer);
    expect(t.state.fieldId).toBe("signer_authority");
    t.say("kt. hieu truong");
    expect(t.effects.at(-1)).toEqual({ type: "save-answer", fieldId: "signer_authority", value: "KT. HIỆU TRƯỞNG" });
    t.say("PHO HIEU TRUONG");
    // The position's message edited to add the name: refused as typed; edited without marks: given them.
    expect(t.edit("signer_position", "Hiệu trưởng Nguyễn Văn An")).toMatch(/Câu này chỉ hỏi chức vụ/);
    expect(t.edit("signer_position", "hieu truong")).toMatch(/câu 20/);
    expect(t.effects.at(-1)).toEqual({ type: "save-answer", fieldId: "signer_position", value: "hiệu trưởng" });
  });
});

describe("the ward's authority lines, a list", () => {
  it("says of a deputy, and of the chairman, with no authority the lines the ward's block needs, a level a line", async () => {
    const { loadBuiltInTemplates } = await import("../../src/templates/built-in-templates.ts");
    const { deputyNote } = await import("../../src/conversation/signer-answers.ts");
    const ward = loadBuiltInTemplates().find((t) => t.key === "tuan-le-hoc-tap-suot-doi-cap-phuong")!;
    const position = ward.closing.fields.find((f) => f.id === ward.closing.signerPosition)!;
    expect(deputyNote(ward, position, "Phó Chủ tịch", null, 12)).toBe(
      "Lưu ý: cấp phó ký thay thủ trưởng thì văn bản cần ghi quyền hạn ký phía trên, có dòng «KT. CHỦ TỊCH» (ví dụ TM. ỦY BAN NHÂN DÂN rồi KT. CHỦ TỊCH, mỗi cấp một dòng). Nếu đúng vậy, gõ /sua 12 rồi gõ các dòng đó.",
    );
    expect(deputyNote(ward, position, "Phó Chủ tịch", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], 12)).toBeUndefined();
    // The chairman signs for the committee: "CHỦ TỊCH" alone above the name was printed without a word.
    expect(deputyNote(ward, position, "CHỦ TỊCH", null, 12)).toBe(
      "Lưu ý: Chủ tịch ký thay mặt Ủy ban nhân dân thì văn bản cần ghi quyền hạn ký «TM. ỦY BAN NHÂN DÂN» phía trên chức vụ. Nếu đúng vậy, gõ: sửa câu 12: TM. ỦY BAN NHÂN DÂN",
    );
    expect(deputyNote(ward, position, "Chủ tịch", ["TM. ỦY BAN NHÂN DÂN"], 12)).toBeUndefined();
  });

  it("gives each known line its marks ('TM. UY BAN NHAN DAN', 'KT. CHU TICH')", async () => {
    const { loadBuiltInTemplates } = await import("../../src/templates/built-in-templates.ts");
    const { readTypedAnswer } = await import("../../src/conversation/typed-answer.ts");
    const ward = loadBuiltInTemplates().find((t) => t.key === "tuan-le-hoc-tap-suot-doi-cap-phuong")!;
    const field = ward.closing.fields.find((f) => f.id === ward.closing.signerAuthority)!;
    expect(field.type).toBe("bullet-list");
    expect(readTypedAnswer(ward, field, "TM. UY BAN NHAN DAN\nKT. CHU TICH", 12)).toEqual({ ok: true, value: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], notes: [], restored: "TM. ỦY BAN NHÂN DÂN; KT. CHỦ TỊCH" });
  });
});

describe("the signer's authority", () => {
  function atTheAuthority() {
    const t = createTranscript();
    t.say("/baocao");
    for (const answer of FULL_REPORT_ANSWERS.slice(0, -3)) t.say(answer);
    expect(t.state.fieldId).toBe("signer_authority");
    return t;
  }

  it("takes only how one signs for another, and reads 'ký trực tiếp' as leaving it out", () => {
    const t = atTheAuthority();
    for (const typed of ["Hiệu trưởng", "Hiệu trưởng ký ạ", "PHÓ HIỆU TRƯỞNG"]) {
      expect(t.say(typed), typed).toMatch(/^Câu này chỉ ghi quyền hạn khi ký thay, bắt đầu bằng KT\. \(ký thay\)[^\n]*nếu thủ trưởng ký trực tiếp, gõ bỏ qua\.\n---\nCâu 19\/21/);
    }
    expect(t.effects.filter((e) => e.type === "save-answer" && e.fieldId === "signer_authority")).toEqual([]);
    expect(t.say("Hiệu trưởng ký trực tiếp ạ")).toMatch(/^Đã bỏ qua câu này[^\n]*\n---\nCâu 20\/21/);
    expect(t.effects.at(-1)).toEqual({ type: "save-answer", fieldId: "signer_authority", value: null });
    // The same said by editing the authority's message.
    const e = atTheAuthority();
    e.say("KT. HIỆU TRƯỞNG");
    e.edit("signer_authority", "ký trực tiếp");
    expect(e.state.answers.signer_authority).toBeNull();
    for (const typed of ["TM. BAN GIÁM HIỆU", "Q. HIỆU TRƯỞNG", "TUQ. CHỦ TỊCH"]) {
      const u = atTheAuthority();
      u.say(typed);
      expect(u.effects.at(-1), typed).toEqual({ type: "save-answer", fieldId: "signer_authority", value: typed });
    }
    // Typed without its dot, or with one elsewhere: printed as the decree writes it.
    for (const [typed, stored] of [["kt hieu truong", "KT. HIỆU TRƯỞNG"], ["KT HIỆU TRƯỞNG", "KT. HIỆU TRƯỞNG"], ["KT.HIỆU TRƯỞNG", "KT. HIỆU TRƯỞNG"], ["K.T HIỆU TRƯỞNG", "KT. HIỆU TRƯỞNG"], ["tl. giám đốc", "TL. giám đốc"]] as const) {
      const u = atTheAuthority();
      u.say(typed);
      expect(u.effects.at(-1), typed).toEqual({ type: "save-answer", fieldId: "signer_authority", value: stored });
    }
  });

  it("says of a deputy named with no authority above what the decree's block needs, and how to type it", () => {
    const t = atTheAuthority();
    t.say("/boqua");
    expect(t.say("Phó hiệu trưởng")).toMatch(/^Lưu ý: cấp phó ký thay thủ trưởng thì văn bản cần ghi quyền hạn ký «KT\. HIỆU TRƯỞNG» phía trên\. Nếu đúng vậy, gõ: sửa câu 19: KT\. HIỆU TRƯỞNG\n---\nCâu 21\/21/);
    t.say("Lê Thị Lan");
    t.say("/sua 19 KT. HIỆU TRƯỞNG");
    expect(t.state.answers).toMatchObject({ signer_authority: "KT. HIỆU TRƯỞNG", signer_position: "Phó hiệu trưởng" });
    // With the authority given, nothing is said.
    const u = atTheAuthority();
    u.say("KT. HIỆU TRƯỞNG");
    expect(u.say("PHÓ HIỆU TRƯỞNG")).toMatch(/^Câu 21\/21/);
  });
});

describe("a text answer typed without tone marks", () => {
  it("is stored as typed and said to be printed so, with how to type it again; a text with marks, a code or a short word is not", () => {
    const t = createTranscript();
    t.say("/baocao");
    // A citation's kind is printed in the bot's words, with marks: the note quotes what is printed.
    expect(t.say("KH so 192/KH-THLC ngay 27/9/2026 cua truong")).toMatch(/^Lưu ý: câu trả lời chưa có dấu tiếng Việt; văn bản sẽ in: «Kế hoạch số 192\/KH-THLC ngay 27\/9\/2026 cua truong»\. Muốn sửa, gõ: sửa câu 1: <nội dung có dấu>\.\n---\nCâu 2\//);
    expect(t.say("treo bang ron khau hieu o cong truong, tuyen truyen qua loa phat thanh")).toMatch(/^Lưu ý: câu trả lời chưa có dấu tiếng Việt;[^\n]*sửa câu 2:/);
    expect(t.effects.at(-1)).toEqual({ type: "save-answer", fieldId: "propaganda", value: "treo bang ron khau hieu o cong truong, tuyen truyen qua loa phat thanh" });
    t.say("1, 3");
    // A list too; then a list with marks, and one of codes, say nothing.
    expect(t.say("hoc tap suot doi\ndoc sach moi ngay cho hoc sinh")).toMatch(/^Lưu ý: câu trả lời chưa có dấu/);
    const u = createTranscript();
    u.say("/baocao");
    // Without marks only in the kind, which is printed marked: nothing printed lacks them.
    expect(u.say("Ke hoach so 192/KH-THLC")).toMatch(/^Câu 2\//);
    u.say("/sua 1");
    expect(u.say("Kế hoạch số 192/KH-THLC ngày 27/9/2026")).toMatch(/^Đã sửa câu 1/);
    expect(u.say("https://thlienchau.edu.vn/to-chuc-tuan-le-hoc-tap-suot-doi-cho-hoc-sinh")).toMatch(/^Câu 3\//);
  });
});
