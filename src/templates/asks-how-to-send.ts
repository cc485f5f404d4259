/**
 * "làm sao để gửi?", "nộp thế nào", "gửi ở đâu ạ", "cách nộp" (folded): how to send the report,
 * asked of the bot. One reading for the two places that hear it: once every question is answered
 * it gets the help (typed-commands.ts), and where a text is asked it is no answer (answer-parsers.ts).
 */
const HOW_TO_SEND = /^(?:lam (?:sao|the nao)|cach|the nao)(?: de)? (?:gui|nop)\b|\b(?:gui|nop)\b.*\b(?:the nao|sao|o dau|cach nao|bang cach nao)\b|\bcach (?:de )?(?:gui|nop)\b/;

export const asksHowToSend = (folded: string): boolean => HOW_TO_SEND.test(folded);
