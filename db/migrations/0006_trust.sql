CREATE TYPE "public"."head_request_status" AS ENUM('pending', 'approved', 'refused');--> statement-breakpoint
CREATE TYPE "public"."host_member_role" AS ENUM('admin', 'member');--> statement-breakpoint
ALTER TYPE "public"."token_purpose" ADD VALUE 'email_verification';--> statement-breakpoint
CREATE TABLE "head_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"functional_address" boolean DEFAULT false NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"status" "head_request_status" DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "head_requests_message" CHECK (char_length("head_requests"."message") <= 2000),
	CONSTRAINT "head_requests_decision" CHECK (("head_requests"."status" = 'pending') = ("head_requests"."decided_at" is null) and ("head_requests"."status" <> 'refused' or "head_requests"."decision_reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "offer_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"reporter_id" uuid,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"handled_at" timestamp with time zone,
	"handled_by" uuid,
	CONSTRAINT "offer_reports_reason" CHECK (char_length("offer_reports"."reason") between 1 and 2000)
);
--> statement-breakpoint
ALTER TABLE "host_members" ADD COLUMN "role" "host_member_role" DEFAULT 'member' NOT NULL;--> statement-breakpoint
ALTER TABLE "host_organisations" ADD COLUMN "suspended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "host_organisations" ADD COLUMN "suspended_by" uuid;--> statement-breakpoint
ALTER TABLE "host_organisations" ADD COLUMN "suspension_reason" text;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "moderated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "moderated_by" uuid;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "moderation_reason" text;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "user_id" uuid;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "secret_link" text;--> statement-breakpoint
ALTER TABLE "head_requests" ADD CONSTRAINT "head_requests_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "head_requests" ADD CONSTRAINT "head_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "head_requests" ADD CONSTRAINT "head_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_reports" ADD CONSTRAINT "offer_reports_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_reports" ADD CONSTRAINT "offer_reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_reports" ADD CONSTRAINT "offer_reports_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "head_requests_one_pending" ON "head_requests" USING btree ("user_id") WHERE "head_requests"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "head_requests_school_id_index" ON "head_requests" USING btree ("school_id");--> statement-breakpoint
CREATE INDEX "head_requests_status_created_at_index" ON "head_requests" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "offer_reports_offer_id_index" ON "offer_reports" USING btree ("offer_id");--> statement-breakpoint
CREATE INDEX "offer_reports_handled_at_created_at_index" ON "offer_reports" USING btree ("handled_at","created_at");--> statement-breakpoint
ALTER TABLE "host_organisations" ADD CONSTRAINT "host_organisations_suspended_by_users_id_fk" FOREIGN KEY ("suspended_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_moderated_by_users_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "staff_memberships_one_active_school" ON "staff_memberships" USING btree ("user_id") WHERE "staff_memberships"."status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "host_members_one_organisation" ON "host_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "email_outbox_user_id_index" ON "email_outbox" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "email_outbox_to_address_index" ON "email_outbox" USING btree ("to_address");--> statement-breakpoint
ALTER TABLE "host_organisations" ADD CONSTRAINT "host_organisations_suspension" CHECK (("host_organisations"."suspended_at" is null) = ("host_organisations"."suspension_reason" is null));--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_moderation" CHECK (("offers"."moderated_at" is null) = ("offers"."moderation_reason" is null));--> statement-breakpoint
-- Accounts created before addresses were verified keep working: they have been signing in with them.
UPDATE "users" SET "email_verified_at" = "created_at" WHERE "email_verified_at" IS NULL AND "deleted_at" IS NULL;--> statement-breakpoint
-- Each organisation's first member administers its team.
UPDATE "host_members" m SET "role" = 'admin' WHERE NOT EXISTS (SELECT 1 FROM "host_members" o WHERE o."organisation_id" = m."organisation_id" AND (o."created_at", o."user_id") < (m."created_at", m."user_id"));
