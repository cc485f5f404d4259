CREATE TABLE `campaign_activity` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`at` integer NOT NULL,
	`actor_name` text NOT NULL,
	`actor_id` text NOT NULL,
	`source` text NOT NULL,
	`action` text NOT NULL,
	`detail` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `campaign_activity_idx_campaign` ON `campaign_activity` (`campaign_id`,`at`);--> statement-breakpoint
CREATE TABLE `web_login_tokens` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`channel` text NOT NULL,
	`external_id` text NOT NULL,
	`chat_id` text NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `web_sessions` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`channel` text NOT NULL,
	`external_id` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `web_sessions_idx_member` ON `web_sessions` (`channel`,`external_id`);