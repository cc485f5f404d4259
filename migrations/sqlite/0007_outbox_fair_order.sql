DROP INDEX `outbox_idx_status_next`;--> statement-breakpoint
DROP INDEX `outbox_idx_sent_message`;--> statement-breakpoint
ALTER TABLE `outbox` ADD `ready_at` integer;--> statement-breakpoint
CREATE INDEX `outbox_idx_ready` ON `outbox` (`channel`,`ready_at`) WHERE status IN ('pending', 'sending') AND ready_at IS NOT NULL;--> statement-breakpoint
CREATE INDEX `outbox_idx_sent_message` ON `outbox` (`channel`,`chat_external_id`,`sent_message_id`) WHERE sent_message_id IS NOT NULL;--> statement-breakpoint
-- Rows queued before this migration: each chat's head becomes ready when it was queued.
UPDATE outbox SET ready_at = created_at WHERE status IN ('pending', 'sending') AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.channel = outbox.channel AND p.chat_external_id = outbox.chat_external_id AND p.status IN ('pending', 'sending') AND p.id < outbox.id);
