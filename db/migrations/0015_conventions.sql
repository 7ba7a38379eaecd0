-- Conventions (issue 13), for the whole issue: the facts copied at creation and each side's part as
-- jsonb documents (validated by lib/agreements/schemas.ts; the database still decides the 7-hour
-- limit), the school's standard terms, the legal representatives, signatures with the address and
-- the fingerprint of the text signed, e-mailed codes, single-use links, reminders sent, cancellation,
-- outcome and feedback. The state is no longer stored: it derives from these rows (lib/agreements/rules.ts).
CREATE TYPE "public"."agreement_feedback_author" AS ENUM('pupil', 'tutor');--> statement-breakpoint
CREATE TYPE "public"."agreement_outcome" AS ENUM('completed', 'not_held');--> statement-breakpoint
CREATE TABLE "agreement_feedback" (
	"agreement_id" uuid NOT NULL,
	"author" "agreement_feedback_author" NOT NULL,
	"author_user_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_feedback_agreementId_author_unique" UNIQUE("agreement_id","author"),
	CONSTRAINT "agreement_feedback_length" CHECK (char_length("agreement_feedback"."body") between 1 and 1000)
);
--> statement-breakpoint
CREATE TABLE "agreement_legal_representatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"full_name" text NOT NULL,
	"email" text NOT NULL,
	CONSTRAINT "agreement_legal_representatives_agreementId_position_unique" UNIQUE("agreement_id","position"),
	CONSTRAINT "agreement_legal_representatives_position" CHECK ("agreement_legal_representatives"."position" in (1, 2)),
	CONSTRAINT "agreement_legal_representatives_fields" CHECK (char_length("agreement_legal_representatives"."full_name") between 1 and 120 and "agreement_legal_representatives"."email" = lower("agreement_legal_representatives"."email") and char_length("agreement_legal_representatives"."email") between 3 and 254)
);
--> statement-breakpoint
CREATE TABLE "agreement_reminders" (
	"agreement_id" uuid NOT NULL,
	"days_before" smallint NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_reminders_agreement_id_days_before_pk" PRIMARY KEY("agreement_id","days_before"),
	CONSTRAINT "agreement_reminders_days" CHECK ("agreement_reminders"."days_before" in (3, 7))
);
--> statement-breakpoint
CREATE TABLE "agreement_representative_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"legal_representative_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"voided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_representative_links_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "agreement_signature_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"party" "signatory_party" NOT NULL,
	"legal_representative_id" uuid,
	"user_id" uuid,
	"code_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"failures_since" timestamp with time zone,
	"locked_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_signature_codes_signer" UNIQUE NULLS NOT DISTINCT("agreement_id","party","legal_representative_id"),
	CONSTRAINT "agreement_signature_codes_attempts" CHECK ("agreement_signature_codes"."attempts" between 0 and 5 and "agreement_signature_codes"."failures" >= 0),
	CONSTRAINT "agreement_signature_codes_signer_kind" CHECK (("agreement_signature_codes"."party" = 'legal_representative') = ("agreement_signature_codes"."legal_representative_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "school_agreement_terms" (
	"school_id" uuid PRIMARY KEY NOT NULL,
	"text" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "school_agreement_terms_length" CHECK (char_length("school_agreement_terms"."text") between 1 and 20000)
);
--> statement-breakpoint
ALTER TABLE "agreement_signatures" DROP CONSTRAINT "agreement_signatures_agreementId_party_signerName_unique";--> statement-breakpoint
ALTER TABLE "agreement_signatures" ADD COLUMN "legal_representative_id" uuid;--> statement-breakpoint
ALTER TABLE "agreement_signatures" ADD COLUMN "ip_address" "inet";--> statement-breakpoint
ALTER TABLE "agreement_signatures" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "agreement_signatures" ADD COLUMN "text_fingerprint" text;--> statement-breakpoint
-- Signatures recorded before conventions had a text signed nothing that can be shown: they stay as
-- history, voided, with the fingerprint of the empty text.
UPDATE "agreement_signatures" SET "text_fingerprint" = encode(sha256(''::bytea), 'hex'), "voided_at" = now();--> statement-breakpoint
ALTER TABLE "agreement_signatures" ALTER COLUMN "text_fingerprint" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "facts" jsonb;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "host_part" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "host_part_updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "host_part_updated_by" uuid;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "school_part" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "school_part_updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "school_part_updated_by" uuid;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "canceled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "canceled_by" uuid;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "cancellation_reason" text;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "outcome" "agreement_outcome";--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "outcome_reason" text;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "outcome_by" uuid;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "outcome_at" timestamp with time zone;--> statement-breakpoint
-- Existing conventions get their facts as lib/agreements/mutations.ts copies them at creation, and
-- a cancelled one its cancellation, before the status column goes.
UPDATE "agreements" a SET "facts" = jsonb_build_object(
	'school', jsonb_build_object('name', s.name, 'uai', s.uai, 'address', jsonb_build_object('street', coalesce(s.address, ''), 'postcode', coalesce(s.postcode, ''), 'commune', s.commune)),
	'host', jsonb_build_object('name', h.name, 'siret', h.siret, 'address', jsonb_build_object('street', '', 'postcode', coalesce(h.postcode, ''), 'commune', coalesce(h.commune, ''))),
	'pupil', jsonb_build_object('firstName', u.first_name, 'lastName', u.last_name, 'className', coalesce(c.name, '')),
	'internship', jsonb_build_object('offerTitle', o.title, 'place', jsonb_build_object('street', coalesce(o.street, ''), 'postcode', coalesce(o.postcode, ''), 'commune', coalesce(o.commune, '')), 'jobsDiscovered', o.jobs_discovered, 'weekMonday', ap.week))
	FROM "applications" ap
	JOIN "offers" o ON o.id = ap.offer_id
	JOIN "host_organisations" h ON h.id = o.organisation_id
	JOIN "pupils" p ON p.user_id = ap.pupil_id
	JOIN "schools" s ON s.id = p.school_id
	JOIN "users" u ON u.id = ap.pupil_id
	LEFT JOIN "school_classes" c ON c.id = p.class_id
	WHERE ap.id = a.application_id;--> statement-breakpoint
ALTER TABLE "agreements" ALTER COLUMN "facts" SET NOT NULL;--> statement-breakpoint
UPDATE "agreements" SET "canceled_at" = "created_at", "cancellation_reason" = 'Convention annulée avant la version 0015 de la plateforme.' WHERE "status" = 'canceled';--> statement-breakpoint
ALTER TABLE "agreement_feedback" ADD CONSTRAINT "agreement_feedback_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_feedback" ADD CONSTRAINT "agreement_feedback_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_legal_representatives" ADD CONSTRAINT "agreement_legal_representatives_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_reminders" ADD CONSTRAINT "agreement_reminders_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_representative_links" ADD CONSTRAINT "agreement_representative_links_legal_representative_id_agreement_legal_representatives_id_fk" FOREIGN KEY ("legal_representative_id") REFERENCES "public"."agreement_legal_representatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_signature_codes" ADD CONSTRAINT "agreement_signature_codes_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_signature_codes" ADD CONSTRAINT "agreement_signature_codes_legal_representative_id_agreement_legal_representatives_id_fk" FOREIGN KEY ("legal_representative_id") REFERENCES "public"."agreement_legal_representatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_signature_codes" ADD CONSTRAINT "agreement_signature_codes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_agreement_terms" ADD CONSTRAINT "school_agreement_terms_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_agreement_terms" ADD CONSTRAINT "school_agreement_terms_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_representative_links_one_live" ON "agreement_representative_links" USING btree ("legal_representative_id") WHERE "agreement_representative_links"."used_at" is null and "agreement_representative_links"."voided_at" is null;--> statement-breakpoint
ALTER TABLE "agreement_signatures" ADD CONSTRAINT "agreement_signatures_legal_representative_id_agreement_legal_representatives_id_fk" FOREIGN KEY ("legal_representative_id") REFERENCES "public"."agreement_legal_representatives"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_host_part_updated_by_users_id_fk" FOREIGN KEY ("host_part_updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_school_part_updated_by_users_id_fk" FOREIGN KEY ("school_part_updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_canceled_by_users_id_fk" FOREIGN KEY ("canceled_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_outcome_by_users_id_fk" FOREIGN KEY ("outcome_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_signatures_one_live_party" ON "agreement_signatures" USING btree ("agreement_id","party") WHERE "agreement_signatures"."voided_at" is null and "agreement_signatures"."party" <> 'legal_representative';--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_signatures_one_live_representative" ON "agreement_signatures" USING btree ("legal_representative_id") WHERE "agreement_signatures"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "agreement_signatures_signer_user_id_index" ON "agreement_signatures" USING btree ("signer_user_id");--> statement-breakpoint
ALTER TABLE "agreements" DROP COLUMN "status";--> statement-breakpoint
ALTER TABLE "agreements" DROP COLUMN "signed_at";--> statement-breakpoint
ALTER TABLE "agreement_signatures" ADD CONSTRAINT "agreement_signatures_fingerprint" CHECK ("agreement_signatures"."text_fingerprint" ~ '^[0-9a-f]{64}$');--> statement-breakpoint
ALTER TABLE "agreement_signatures" ADD CONSTRAINT "agreement_signatures_live" CHECK ("agreement_signatures"."voided_at" is not null or ("agreement_signatures"."ip_address" is not null and ("agreement_signatures"."party" = 'legal_representative') = ("agreement_signatures"."legal_representative_id" is not null)));--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_cancellation" CHECK (("agreements"."canceled_at" is null) = ("agreements"."cancellation_reason" is null) and char_length(coalesce("agreements"."cancellation_reason", 'x')) between 1 and 2000);--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_outcome" CHECK (("agreements"."outcome" is null) = ("agreements"."outcome_at" is null) and ("agreements"."outcome" is distinct from 'not_held' or char_length(coalesce("agreements"."outcome_reason", '')) > 0));--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_outcome_not_canceled" CHECK ("agreements"."outcome" is null or "agreements"."canceled_at" is null);--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_parts_objects" CHECK (jsonb_typeof("agreements"."facts") = 'object' and jsonb_typeof("agreements"."host_part") = 'object' and jsonb_typeof("agreements"."school_part") = 'object');--> statement-breakpoint
-- Annex 3: at most 7 hours of presence a day (lunch break deducted), five days at most, whatever a
-- writer sends, as offers_daily_hours does for offers. A draft's schedule may be absent.
CREATE FUNCTION agreement_schedule_within_limits(part jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
	SELECT CASE
		WHEN part->'schedule' IS NULL THEN true
		WHEN jsonb_typeof(part->'schedule') <> 'array' THEN false
		ELSE jsonb_array_length(part->'schedule') <= 5 AND NOT EXISTS (
			SELECT 1 FROM jsonb_array_elements(part->'schedule') AS d(day)
			WHERE jsonb_typeof(day) <> 'object' OR day->>'start' IS NULL OR day->>'end' IS NULL
				OR (day->>'end')::time <= (day->>'start')::time
				OR extract(epoch FROM (day->>'end')::time - (day->>'start')::time) / 60
					- coalesce((day->>'lunchBreakMinutes')::integer, 0) > 420)
	END
$$;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_host_schedule" CHECK (agreement_schedule_within_limits("agreements"."host_part"));--> statement-breakpoint
DROP TYPE "public"."agreement_status";