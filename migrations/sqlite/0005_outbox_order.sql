CREATE TABLE `rate_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`channel` text NOT NULL,
	`scope` text NOT NULL,
	`sent_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `rate_events_idx_scope` ON `rate_events` (`channel`,`scope`,`sent_at`);--> statement-breakpoint
CREATE INDEX `rate_events_idx_sent` ON `rate_events` (`sent_at`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text DEFAULT 'report' NOT NULL,
	`submission_id` integer,
	`campaign_id` integer,
	`version` integer NOT NULL,
	`file_name` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`content` blob,
	`rendered_at` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_documents`("id", "submission_id", "version", "file_name", "status", "content", "rendered_at", "created_at") SELECT "id", "submission_id", "version", "file_name", "status", "content", "rendered_at", "created_at" FROM `documents`;--> statement-breakpoint
DROP TABLE `documents`;--> statement-breakpoint
ALTER TABLE `__new_documents` RENAME TO `documents`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `documents_idx_submission_version` ON `documents` (`submission_id`,`version`);--> statement-breakpoint
CREATE INDEX `documents_idx_status` ON `documents` (`status`);--> statement-breakpoint
ALTER TABLE `local_messages` ADD `client_message_id` text;--> statement-breakpoint
ALTER TABLE `local_messages` ADD `reply_outbox_ids` text;--> statement-breakpoint
CREATE UNIQUE INDEX `local_messages_idx_client_id` ON `local_messages` (`chat_external_id`,`client_message_id`);--> statement-breakpoint
ALTER TABLE `outbox` ADD `parts_sent` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `outbox_idx_chat_unfinished` ON `outbox` (`channel`,`chat_external_id`,`id`) WHERE status IN ('pending', 'sending');