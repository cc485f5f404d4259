CREATE TABLE "photos" (
	"id" serial PRIMARY KEY NOT NULL,
	"submission_id" integer NOT NULL,
	"field_id" text NOT NULL,
	"caption" text,
	"mime_type" text NOT NULL,
	"file_name" text,
	"content" "bytea" NOT NULL,
	"width" integer,
	"height" integer,
	"added_by" text NOT NULL,
	"added_at" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "period" text;--> statement-breakpoint
ALTER TABLE "templates" ADD COLUMN "content_hash" text;--> statement-breakpoint
ALTER TABLE "photos" ADD CONSTRAINT "photos_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "photos_idx_submission_field" ON "photos" USING btree ("submission_id","field_id");