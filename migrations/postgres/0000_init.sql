CREATE TABLE "conversations" (
	"key" text PRIMARY KEY NOT NULL,
	"state" text NOT NULL,
	"state_version" integer NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "processed_updates" (
	"channel" text NOT NULL,
	"update_key" text NOT NULL,
	"processed_at" bigint NOT NULL,
	CONSTRAINT "processed_updates_channel_update_key_pk" PRIMARY KEY("channel","update_key")
);
--> statement-breakpoint
CREATE TABLE "bind_codes" (
	"code" text PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"created_by" text NOT NULL,
	"used_at" bigint,
	"created_at" bigint DEFAULT (extract(epoch from clock_timestamp()) * 1000)::bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chat_members" (
	"chat_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	CONSTRAINT "chat_members_chat_id_member_id_pk" PRIMARY KEY("chat_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "chats" (
	"id" serial PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"external_id" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"kind" text DEFAULT 'unbound' NOT NULL,
	"unit_id" integer,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" bigint DEFAULT (extract(epoch from clock_timestamp()) * 1000)::bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "members" (
	"id" serial PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"external_id" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text DEFAULT 'staff' NOT NULL,
	"unit_id" integer,
	"created_at" bigint DEFAULT (extract(epoch from clock_timestamp()) * 1000)::bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"type" text DEFAULT 'school' NOT NULL,
	"parent_name" text,
	"parent_unit_id" integer,
	"place_name" text,
	"created_at" bigint DEFAULT (extract(epoch from clock_timestamp()) * 1000)::bigint NOT NULL,
	CONSTRAINT "units_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "local_messages" (
	"id" serial PRIMARY KEY NOT NULL,
	"chat_external_id" text NOT NULL,
	"from_bot" boolean NOT NULL,
	"user_id" text,
	"user_name" text,
	"text" text NOT NULL,
	"choices" jsonb,
	"document" jsonb,
	"outbox_id" integer,
	"client_message_id" text,
	"reply_outbox_ids" jsonb,
	"created_at" bigint DEFAULT (extract(epoch from clock_timestamp()) * 1000)::bigint NOT NULL,
	CONSTRAINT "local_messages_outbox_id_unique" UNIQUE("outbox_id")
);
--> statement-breakpoint
CREATE TABLE "broadcasts" (
	"id" serial PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"officers_chat_id" text NOT NULL,
	"unreachable" integer DEFAULT 0 NOT NULL,
	"summary_sent" boolean DEFAULT false NOT NULL,
	"created_at" bigint DEFAULT (extract(epoch from clock_timestamp()) * 1000)::bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" serial PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"chat_external_id" text NOT NULL,
	"payload" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" bigint NOT NULL,
	"lease_until" bigint,
	"last_error" text,
	"created_at" bigint DEFAULT (extract(epoch from clock_timestamp()) * 1000)::bigint NOT NULL,
	"sent_at" bigint,
	"sent_message_id" text,
	"broadcast_id" integer,
	"parts_sent" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"scope" text NOT NULL,
	"sent_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "answers" (
	"submission_id" integer NOT NULL,
	"field_id" text NOT NULL,
	"value" jsonb,
	"answered_by" text NOT NULL,
	"answered_by_name" text NOT NULL,
	"answered_at" bigint NOT NULL,
	"source_message_id" text,
	CONSTRAINT "answers_submission_id_field_id_pk" PRIMARY KEY("submission_id","field_id")
);
--> statement-breakpoint
CREATE TABLE "campaign_units" (
	"campaign_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	CONSTRAINT "campaign_units_campaign_id_unit_id_pk" PRIMARY KEY("campaign_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" serial PRIMARY KEY NOT NULL,
	"template_id" integer NOT NULL,
	"title" text NOT NULL,
	"issuer_name" text NOT NULL,
	"issuer_unit_id" integer,
	"reference_text" text DEFAULT '' NOT NULL,
	"deadline_at" bigint NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"late_policy" text DEFAULT 'accept' NOT NULL,
	"reminder_days" jsonb DEFAULT '[3,1,0]'::jsonb NOT NULL,
	"created_at" bigint DEFAULT (extract(epoch from clock_timestamp()) * 1000)::bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consolidations" (
	"campaign_id" integer PRIMARY KEY NOT NULL,
	"edited_fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text DEFAULT 'report' NOT NULL,
	"submission_id" integer,
	"campaign_id" integer,
	"version" integer NOT NULL,
	"file_name" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"content" "bytea",
	"rendered_at" bigint,
	"created_at" bigint DEFAULT (extract(epoch from clock_timestamp()) * 1000)::bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reminder_steps" (
	"campaign_id" integer NOT NULL,
	"step_key" text NOT NULL,
	"sent_at" bigint NOT NULL,
	"unit_count" integer NOT NULL,
	CONSTRAINT "reminder_steps_campaign_id_step_key_pk" PRIMARY KEY("campaign_id","step_key")
);
--> statement-breakpoint
CREATE TABLE "submission_versions" (
	"submission_id" integer NOT NULL,
	"version" integer NOT NULL,
	"answers" jsonb NOT NULL,
	"submitted_by" text NOT NULL,
	"submitted_at" bigint NOT NULL,
	CONSTRAINT "submission_versions_submission_id_version_pk" PRIMARY KEY("submission_id","version")
);
--> statement-breakpoint
CREATE TABLE "submissions" (
	"id" serial PRIMARY KEY NOT NULL,
	"campaign_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"template_id" integer,
	"status" text DEFAULT 'in_progress' NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"submitted_by" text,
	"submitted_at" bigint,
	"is_late" boolean DEFAULT false NOT NULL,
	"return_comment" text,
	"updated_at" bigint NOT NULL,
	"created_at" bigint DEFAULT (extract(epoch from clock_timestamp()) * 1000)::bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "templates" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" bigint DEFAULT (extract(epoch from clock_timestamp()) * 1000)::bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "oauth_tokens" (
	"provider" text PRIMARY KEY NOT NULL,
	"access_token" text NOT NULL,
	"refresh_token" text NOT NULL,
	"expires_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bind_codes" ADD CONSTRAINT "bind_codes_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_members" ADD CONSTRAINT "chat_members_chat_id_chats_id_fk" FOREIGN KEY ("chat_id") REFERENCES "public"."chats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_members" ADD CONSTRAINT "chat_members_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chats" ADD CONSTRAINT "chats_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_units" ADD CONSTRAINT "campaign_units_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_units" ADD CONSTRAINT "campaign_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_template_id_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_issuer_unit_id_units_id_fk" FOREIGN KEY ("issuer_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consolidations" ADD CONSTRAINT "consolidations_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_steps" ADD CONSTRAINT "reminder_steps_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_versions" ADD CONSTRAINT "submission_versions_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_template_id_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "chats_idx_channel_external" ON "chats" USING btree ("channel","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "members_idx_channel_external" ON "members" USING btree ("channel","external_id");--> statement-breakpoint
CREATE INDEX "local_messages_idx_chat" ON "local_messages" USING btree ("chat_external_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "local_messages_idx_client_id" ON "local_messages" USING btree ("chat_external_id","client_message_id");--> statement-breakpoint
CREATE INDEX "outbox_idx_status_next" ON "outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "outbox_idx_chat_unfinished" ON "outbox" USING btree ("channel","chat_external_id","id") WHERE status IN ('pending', 'sending');--> statement-breakpoint
CREATE INDEX "outbox_idx_sent_message" ON "outbox" USING btree ("channel","chat_external_id","sent_message_id");--> statement-breakpoint
CREATE INDEX "rate_events_idx_scope" ON "rate_events" USING btree ("channel","scope","sent_at");--> statement-breakpoint
CREATE INDEX "rate_events_idx_sent" ON "rate_events" USING btree ("sent_at");--> statement-breakpoint
CREATE INDEX "campaign_units_idx_unit" ON "campaign_units" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_idx_submission_version" ON "documents" USING btree ("submission_id","version");--> statement-breakpoint
CREATE INDEX "documents_idx_status" ON "documents" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "submissions_idx_campaign_unit" ON "submissions" USING btree ("campaign_id","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "templates_idx_key_version" ON "templates" USING btree ("key","version");