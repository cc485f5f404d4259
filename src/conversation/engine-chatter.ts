/**
 * The group's talk at a figure question ("ok chị", "đợi em chút", "hihi"): answered in one short
 * message, what the question asks and an example. Each such message got two long ones, the
 * refusal (after a list, with a note that it might be the list's next item) and the whole question
 * again. Only the talk casual-talk.ts reads: a figure mistyped ("vài buổi") keeps its reason and
 * the question with its hint. The same at a choice question, the options in the one line: the
 * whole question with its list came back after each "chị ơi…" or "chào cả nhà"; a greeting is said
 * to be one, as every other question says it. Pure.
 */
import type { OutboundMessage } from "../channels/channel.ts";
import { isCasualTalk } from "../templates/casual-talk.ts";
import { talkIn } from "../templates/sounds-like-talk.ts";
import type { Answers } from "../templates/field-visibility.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import { isFigureField } from "../templates/template-fields.ts";
import { barePrompt, vi } from "../sentences/vi.ts";
import { say } from "./engine-moves.ts";
import { numberOfField } from "./report-navigation.ts";

/** The one reply to talk typed at `field`, a figure question; undefined for anything else. */
export function chatterAtFigure(template: Template, answers: Answers, field: Field, text: string): OutboundMessage[] | undefined {
  if (!isFigureField(field) || !isCasualTalk(text)) return undefined;
  const example = field.example ?? (field.type === "percent" ? "95,5" : "12");
  return [say(vi.parse.figureAsked(numberOfField(template, answers, field.id), barePrompt(field.prompt), example))];
}

/** Longer than this, the options in one line are no short reply: the question is asked again whole. */
const OPTIONS_LINE_MAX = 240;

/** The one reply to talk (not a question about it, not a promise to answer later) typed at `field`, a choice question. */
export function chatterAtChoice(template: Template, answers: Answers, field: Field, text: string): OutboundMessage[] | undefined {
  if (field.type !== "single-choice" && field.type !== "multiple-choice") return undefined;
  const talk = talkIn(text);
  if (!isCasualTalk(text) && talk !== vi.parse.looksLikeTalk && talk !== vi.parse.looksLikeGreeting) return undefined;
  const options = field.options.map((option, i) => `${i + 1}. ${option}`).join("; ");
  if (options.length > OPTIONS_LINE_MAX) return undefined;
  const greeting = talk === vi.parse.looksLikeGreeting;
  return [say(vi.parse.choiceAsked(numberOfField(template, answers, field.id), barePrompt(field.prompt), options, field.type === "multiple-choice", greeting))];
}
