CREATE TABLE `consolidations` (
	`campaign_id` integer PRIMARY KEY NOT NULL,
	`edited_fields` text DEFAULT '[]' NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `campaigns` ADD `issuer_unit_id` integer REFERENCES units(id);--> statement-breakpoint
ALTER TABLE `submissions` ADD `template_id` integer REFERENCES templates(id);