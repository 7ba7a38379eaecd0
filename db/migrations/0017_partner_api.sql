-- Partner API (issue 15): the operator's own id of an offer it publishes through /api/v1 (unique per
-- operator), what the API keeps as sent (the offer's page on the operator's site, the employer's
-- site and presentation), and the admin's grant of the API's search of every published offer.
ALTER TABLE "operators" ADD COLUMN "api_full_access" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "remote_id" text;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "permalink" text;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "employer_website" text;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "employer_description" text;--> statement-breakpoint
CREATE UNIQUE INDEX "offers_operator_remote_id" ON "offers" USING btree ("operator_id","remote_id") WHERE "offers"."remote_id" is not null;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_remote_id_operator" CHECK ("offers"."remote_id" is null or "offers"."operator_id" is not null);