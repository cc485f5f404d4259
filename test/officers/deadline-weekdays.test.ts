/**
 * A deadline's day named by its weekday or by "ngày mai", read by the deadline reader
 * (typed-deadline.ts) from a fixed today: before, "thứ 6 tuần sau" and the like were read as no
 * day at all, and the officer was asked to type a date. A Vietnamese week runs from thứ 2 to chủ nhật.
 */
import { describe, expect, it } from "vitest";
import { readDeadlineText } from "../../src/officers/typed-deadline.ts";

/** The day read, or undefined. */
const day = (text: string, today: string) => readDeadlineText(text, today)?.iso;

describe("on Wednesday 9 December 2026", () => {
  const today = "2026-12-09";
  it.each([
    ["thứ 6 tuần sau", "2026-12-18"],
    ["thứ sáu tuần sau", "2026-12-18"],
    ["thu 6 tuan sau", "2026-12-18"],
    ["T6 tuần sau", "2026-12-18"],
    ["thứ hai tuần tới", "2026-12-14"],
    ["Thứ Năm tuần tới", "2026-12-17"],
    ["chủ nhật tuần này", "2026-12-13"],
    ["CN tuần sau", "2026-12-20"],
    ["thứ 6 tuần này", "2026-12-11"],
    ["thứ bảy này", "2026-12-12"],
    ["thứ bẩy", "2026-12-12"],
    ["thứ 2", "2026-12-14"],
    ["thứ tư", "2026-12-16"],
    ["thứ 4 tới", "2026-12-16"],
    ["chu nhat", "2026-12-13"],
    ["ngày mai", "2026-12-10"],
    ["hạn thứ 6 tuần sau nhé", "2026-12-18"],
  ])("reads %s as %s", (typed, iso) => {
    expect(day(typed, today)).toBe(iso);
  });

  it("says the day was named by words, and takes an hour with it", () => {
    expect(readDeadlineText("thứ 6 tuần sau", today)).toEqual({ iso: "2026-12-18", named: true });
    expect(readDeadlineText("hết ngày thứ 6 tuần sau", today)).toEqual({ iso: "2026-12-18", time: "23:59", endOfDay: true, named: true });
    expect(readDeadlineText("hết ngày mai", today)).toEqual({ iso: "2026-12-10", time: "23:59", endOfDay: true, named: true });
    expect(readDeadlineText("đến hết T6 tuần sau", today)).toEqual({ iso: "2026-12-18", time: "23:59", endOfDay: true, named: true });
    expect(readDeadlineText("trước 17h thứ 6 tuần sau", today)).toEqual({ iso: "2026-12-18", time: "17:00", named: true });
    expect(readDeadlineText("thứ 6 tuần sau lúc 16h30", today)).toEqual({ iso: "2026-12-18", time: "16:30", named: true });
  });

  it("reads no day from a weekday it does not have, nor from words around one", () => {
    for (const typed of ["thứ 8", "thứ 1", "thứ 6 tuần trước", "T6 hoặc T7", "tuần sau", "mai"]) expect(day(typed, today), typed).toBeUndefined();
  });
});

describe("at the week's turn", () => {
  it("on Sunday 13 December: 'tuần này' is that week, ending today; 'tuần sau' starts tomorrow", () => {
    const sunday = "2026-12-13";
    expect(day("chủ nhật tuần này", sunday)).toBe("2026-12-13");
    expect(day("chủ nhật", sunday)).toBe("2026-12-20");
    expect(day("thứ 2", sunday)).toBe("2026-12-14");
    expect(day("thứ 2 tuần sau", sunday)).toBe("2026-12-14");
    expect(day("thứ 6 tuần sau", sunday)).toBe("2026-12-18");
  });

  it("on Monday 14 December: a weekday alone is never today; 'tuần sau' is the week after this one", () => {
    const monday = "2026-12-14";
    expect(day("thứ 2", monday)).toBe("2026-12-21");
    expect(day("thứ 2 tuần này", monday)).toBe("2026-12-14");
    expect(day("thứ 6 tuần sau", monday)).toBe("2026-12-25");
    expect(day("chủ nhật tuần này", monday)).toBe("2026-12-20");
    expect(day("chủ nhật tuần sau", monday)).toBe("2026-12-27");
  });
});
