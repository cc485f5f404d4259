CREATE TABLE `bind_codes` (
	`code` text PRIMARY KEY NOT NULL,
	`unit_id` integer NOT NULL,
	`created_by` text NOT NULL,
	`used_at` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `broadcasts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`channel` text NOT NULL,
	`officers_chat_id` text NOT NULL,
	`unreachable` integer DEFAULT 0 NOT NULL,
	`summary_sent` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `reminder_steps` (
	`campaign_id` integer NOT NULL,
	`step_key` text NOT NULL,
	`sent_at` integer NOT NULL,
	`unit_count` integer NOT NULL,
	PRIMARY KEY(`campaign_id`, `step_key`),
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `campaigns` ADD `late_policy` text DEFAULT 'accept' NOT NULL;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `reminder_days` text DEFAULT '[3,1,0]' NOT NULL;--> statement-breakpoint
ALTER TABLE `outbox` ADD `broadcast_id` integer;--> statement-breakpoint
ALTER TABLE `submissions` ADD `is_late` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `submissions` ADD `return_comment` text;--> statement-breakpoint
ALTER TABLE `units` ADD `parent_unit_id` integer;