ALTER TABLE `answers` ADD `source_message_id` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `sent_message_id` text;--> statement-breakpoint
CREATE INDEX `outbox_idx_sent_message` ON `outbox` (`channel`,`chat_external_id`,`sent_message_id`);