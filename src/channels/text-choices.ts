/**
 * For platforms without buttons (Zalo groups): choices become numbered lines the user answers by
 * number, unless the question already lists them or asks for the words themselves.
 */
import type { OutboundMessage } from "./channel.ts";

export function withNumberedChoices(message: Extract<OutboundMessage, { kind: "text" }>): string {
  const choices = message.choices ?? [];
  if (choices.length === 0 || message.typedChoices || message.text.includes(`1. ${choices[0]}`)) return message.text;
  return [message.text, ...choices.map((choice, i) => `${i + 1}. ${choice}`)].join("\n");
}
