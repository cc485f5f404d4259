/** "chắc" ending an officer's command that changes what a chat or a role is: the officer has read what it does. */
export const CONFIRM_WORD = /\s+ch[aắ]c$/iu;
