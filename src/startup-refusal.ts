/**
 * A start the operator must fix (the demo's database with tokens, PostgreSQL out of reach, a token
 * Telegram refuses): main.ts prints its message as one line and exits 1, without a stack.
 */
export class StartupRefusal extends Error {}
