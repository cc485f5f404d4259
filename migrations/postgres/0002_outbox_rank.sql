DROP INDEX "outbox_idx_ready";--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "send_rank" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX "outbox_idx_ready" ON "outbox" USING btree ("channel","send_rank","ready_at") WHERE status IN ('pending', 'sending') AND ready_at IS NOT NULL;