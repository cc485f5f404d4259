/**
 * Every Vietnamese sentence the bot says, in one place: `vi`, put together from one file per area
 * (vi-*.ts). Functions take the variable parts so grammar and punctuation stay there, not in the code
 * that decides what to say.
 */
import { web, webCampaignForm, webSubmission } from "./vi-web.ts";
import { webActions, webActivity, webBoard, webBoardForms, webClosedMeanwhile, webNotices, webOfficersHear, webOpenedNotes } from "./vi-web-board.ts";
import { answerSentences } from "./vi-answers.ts";
import { reportSentences } from "./vi-report.ts";
import { reportClosedSentences } from "./vi-report-closed.ts";
import { reportSwitchSentences } from "./vi-report-switch.ts";
import { chatSentences } from "./vi-chat.ts";
import { consolidationSentences } from "./vi-consolidation.ts";
import { officerSentences } from "./vi-officer.ts";
import { officerCampaignSentences } from "./vi-officer-campaigns.ts";
import { statusSentences } from "./vi-status.ts";
import { templateSentences } from "./vi-template.ts";
import { fileSentences } from "./vi-files.ts";
import { deadlineSentences } from "./vi-deadline.ts";
import { typedSentences } from "./vi-typed.ts";

export { barePrompt } from "./vi-shared.ts";

export const vi = {
  web: { ...web, board: webBoard, notices: webNotices, closedMeanwhile: webClosedMeanwhile, openedNotes: webOpenedNotes, actions: webActions, boardForms: webBoardForms, submission: webSubmission, campaignForm: webCampaignForm, activity: webActivity, officersHear: webOfficersHear },
  ...answerSentences,
  ...reportSentences,
  ...reportClosedSentences,
  ...reportSwitchSentences,
  ...chatSentences,
  ...consolidationSentences,
  officer: { ...officerSentences.officer, ...officerCampaignSentences },
  ...statusSentences,
  ...templateSentences,
  ...fileSentences,
  ...deadlineSentences,
  ...typedSentences,
} as const;
