ALTER TABLE "offers" ADD COLUMN "jobs_discovered" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "tutor_role" text;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "commune_code" text;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "accessibility_details" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "out_of_search_notified_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "offers_operator_id_index" ON "offers" USING btree ("operator_id");--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_text_lengths" CHECK (char_length("offers"."jobs_discovered") <= 2000 and char_length("offers"."accessibility_details") <= 1000);