/**
 * The engine's part for `photo` questions, pure like the rest of it. The service stores a photo only
 * where `photoSlot` says one is wanted, then steps with a `photo` input (its id); a file that was not
 * kept comes as `file-refused` with the reason, so every reply is decided here. A photo question
 * stays open after each photo until "Xong" (or its maxItems is reached).
 */
import type { OutboundMessage } from "../channels/channel.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { listFields } from "../templates/template-fields.ts";
import { DEFAULT_MAX_PHOTOS, type Field, type Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import type { ConversationState } from "./conversation-state.ts";
import type { Effect, StepResult } from "./engine-types.ts";
import { isKeepWord } from "./engine-last-year.ts";

export type PhotoField = Extract<Field, { type: "photo" }>;

/** What the service tells the engine about a file a user sent. */
export type PhotoInput =
  | { kind: "photo"; photoId: number }
  /** `wordFiles`: the platform delivers a .docx (a photo's refusal offers one only then). */
  | { kind: "file-refused"; reason: FileRefusal; wordFiles?: boolean };

export type FileRefusal = "not-asked" | "full" | "too-big" | "not-image" | "unavailable";

/** Words that close a photo question, folded ("Xong", "xong.", "Đủ rồi"). */
const DONE_WORDS = new Set(["xong", "done", "du", "du roi", "het", "xong roi"]);
/** Words that start a photo question over. */
const CLEAR_WORDS = new Set(["xoa", "xoa anh", "xoa het", "gui lai"]);

export const maxPhotos = (field: PhotoField) => field.maxItems ?? DEFAULT_MAX_PHOTOS;

/** The photo question open now, if any, or why a photo sent now would not be kept. */
export function photoSlot(template: Template, state: ConversationState): { ok: true; field: PhotoField } | { ok: false; reason: "not-asked" | "full" } {
  const field = state.phase === "asking" ? listFields(template).find((p) => p.field.id === state.fieldId)?.field : undefined;
  if (field?.type !== "photo") return { ok: false, reason: "not-asked" };
  return photoIds(state, field.id).length >= maxPhotos(field) ? { ok: false, reason: "full" } : { ok: true, field };
}

export function photoIds(state: ConversationState, fieldId: string): number[] {
  const value = state.answers[fieldId];
  return Array.isArray(value) ? value.filter((v): v is number => typeof v === "number") : [];
}

type Advance = (state: ConversationState, preface: OutboundMessage[], afterFieldId: string) => StepResult;
const say = (text: string): OutboundMessage => ({ kind: "text", text });
/**
 * A reply that keeps the photo question open asks for the next message as a reply to it: in a
 * Telegram group in privacy mode the bot sees only replies (force_reply), so the next photo or
 * "Xong" would otherwise never reach it.
 */
const ask = (text: string, fieldId: string): OutboundMessage => ({ kind: "text", text, expectsReply: true, questionId: fieldId });

/** A photo the service stored for the open photo question: added to its answer. */
export function onPhoto(template: Template, state: ConversationState, input: PhotoInput, reprompt: () => OutboundMessage[], advance: Advance): StepResult {
  if (input.kind === "file-refused") {
    const reply = { "not-asked": notAsked(template, state, input.wordFiles !== false), full: "", "too-big": vi.photo.tooBig, "not-image": vi.photo.notImage, unavailable: vi.photo.unavailable }[input.reason];
    const slot = photoSlot(template, state);
    if (input.reason === "full" && !slot.ok) {
      const field = listFields(template).find((p) => p.field.id === state.fieldId)?.field;
      return { state, replies: [say(vi.photo.full(field?.type === "photo" ? maxPhotos(field) : DEFAULT_MAX_PHOTOS))], effects: [] };
    }
    // Outside a photo question the user also hears where they stand.
    if (input.reason === "not-asked") return { state, replies: [say(reply), ...reprompt()], effects: [] };
    return { state, replies: [slot.ok ? ask(reply, slot.field.id) : say(reply)], effects: [] };
  }
  const slot = photoSlot(template, state);
  // The service checked the slot in the same transaction; this only guards a caller's mistake.
  if (!slot.ok) return { state, replies: [say(notAsked(template, state, true))], effects: [] };
  const ids = [...photoIds(state, slot.field.id), input.photoId];
  const effects: Effect[] = [{ type: "save-answer", fieldId: slot.field.id, value: ids }];
  const answered: ConversationState = { ...state, answers: { ...state.answers, [slot.field.id]: ids } };
  if (ids.length >= maxPhotos(slot.field)) return { ...advance(answered, [say(vi.photo.receivedLast(ids.length))], slot.field.id), effects };
  return { state: answered, replies: [ask(vi.photo.received(ids.length), slot.field.id)], effects };
}

/** A photo where none is asked: the bot reads no photo (a paper report's), and says what it takes. */
const notAsked = (template: Template, state: ConversationState, wordFiles: boolean) =>
  vi.photo.notAsked(state.phase === "asking", listFields(template).some((p) => p.field.type === "photo"), wordFiles);

/** A text while a photo question is open: "Xong" closes it, "Xóa ảnh" empties it, anything else is not a photo. */
export function onPhotoText(field: PhotoField, state: ConversationState, text: string, advance: Advance): StepResult {
  // Only a short text can be one of the words below: a long one is not folded nor read (a run of
  // dots tried at each of its dots cost its square).
  // "xong ạ", "xong nhé" close it too.
  const word = text.length > 40 ? "" : foldVietnamese(text).replace(/[.!]+$/, "").trim().replace(/(?: (?:a|nhe|nha))+$/, "");
  const ids = photoIds(state, field.id);
  if (DONE_WORDS.has(word)) {
    const min = field.minItems ?? (field.required ? 1 : 0);
    if (ids.length < min) return { state, replies: [ask(vi.photo.needMore(min), field.id)], effects: [] };
    if (ids.length > 0) return advance(state, [], field.id);
    // An optional question closed with no photo reads as skipped, and is said so.
    const answered: ConversationState = { ...state, answers: { ...state.answers, [field.id]: null } };
    return { ...advance(answered, [{ kind: "text", text: vi.report.leftOut }], field.id), effects: [{ type: "save-answer", fieldId: field.id, value: null }] };
  }
  // The photos it held before a change hid it ("Giữ" under the question asked again).
  const earlier = ids.length === 0 ? state.earlier?.[field.id] : undefined;
  if (Array.isArray(earlier) && isKeepWord(text)) {
    const answered: ConversationState = { ...state, answers: { ...state.answers, [field.id]: earlier } };
    return { ...advance(answered, [], field.id), effects: [{ type: "save-answer", fieldId: field.id, value: earlier }] };
  }
  if (CLEAR_WORDS.has(word)) {
    const { [field.id]: _dropped, ...rest } = state.answers;
    return { state: { ...state, answers: rest }, replies: [ask(vi.photo.cleared, field.id)], effects: [{ type: "remove-answer", fieldId: field.id }] };
  }
  // "ko có ảnh" on a question that may be left out, before any photo: left out, as "Xong" would.
  if (!field.required && ids.length === 0 && NO_PHOTO.test(word)) return onPhotoText(field, state, "xong", advance);
  return { state, replies: [ask(field.required || ids.length > 0 ? vi.photo.textInstead : vi.photo.textInsteadOptional, field.id)], effects: [] };
}

/** "ko", "không có ảnh", "chua co anh a", folded. */
const NO_PHOTO = /^(?:k|ko|kh|khong|chua)(?: co)?(?: anh| hinh| hinh anh)?(?: nao)?(?: a| nhe| nha)?$/;
