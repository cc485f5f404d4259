CREATE TABLE `photos` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`submission_id` integer NOT NULL,
	`field_id` text NOT NULL,
	`caption` text,
	`mime_type` text NOT NULL,
	`file_name` text,
	`content` blob NOT NULL,
	`width` integer,
	`height` integer,
	`added_by` text NOT NULL,
	`added_at` integer NOT NULL,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `photos_idx_submission_field` ON `photos` (`submission_id`,`field_id`);--> statement-breakpoint
ALTER TABLE `campaigns` ADD `period` text;--> statement-breakpoint
ALTER TABLE `templates` ADD `content_hash` text;