CREATE TABLE "pupil_cvs" (
	"pupil_id" uuid PRIMARY KEY NOT NULL,
	"subjects" text DEFAULT '' NOT NULL,
	"activities" text DEFAULT '' NOT NULL,
	"languages" text DEFAULT '' NOT NULL,
	"hopes" text DEFAULT '' NOT NULL,
	"availability" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pupil_cvs_length" CHECK (greatest(char_length("pupil_cvs"."subjects"), char_length("pupil_cvs"."activities"), char_length("pupil_cvs"."languages"), char_length("pupil_cvs"."hopes"), char_length("pupil_cvs"."availability")) <= 1000)
);
--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "cv" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "cancellation_reason" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "accepted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "reminded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "pupil_cvs" ADD CONSTRAINT "pupil_cvs_pupil_id_pupils_user_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."pupils"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
UPDATE "applications" SET "accepted_at" = "updated_at" WHERE "status" IN ('accepted', 'confirmed', 'canceled_by_host', 'acceptance_expired');--> statement-breakpoint
CREATE INDEX "applications_pupil_id_status_index" ON "applications" USING btree ("pupil_id","status");--> statement-breakpoint
-- Every acceptance has its time, whoever writes it (the host's action, a seed, a test).
CREATE FUNCTION applications_accepted_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	NEW.accepted_at := coalesce(NEW.accepted_at, now());
	RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "applications_accepted_at" BEFORE INSERT OR UPDATE OF "status" ON "applications" FOR EACH ROW
	WHEN (NEW.status IN ('accepted', 'confirmed')) EXECUTE FUNCTION applications_accepted_at();--> statement-breakpoint
-- At most two confirmed internships per pupil and school year (technical note, Annex 1 part 2),
-- decided by the database under any concurrency: a confirmation waits for the pupil's other
-- confirmations (the pupil's row lock), then counts those of the offer's school year. One per
-- week is the unique index applications_one_confirmed_per_week.
CREATE FUNCTION applications_two_confirmed_per_year() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	confirmed integer;
BEGIN
	PERFORM 1 FROM pupils WHERE user_id = NEW.pupil_id FOR UPDATE;
	SELECT count(*) INTO confirmed FROM applications a JOIN offers o ON o.id = a.offer_id
		WHERE a.pupil_id = NEW.pupil_id AND a.status = 'confirmed' AND a.id <> NEW.id
		AND o.school_year = (SELECT school_year FROM offers WHERE id = NEW.offer_id);
	IF confirmed >= 2 THEN
		RAISE EXCEPTION 'pupil % already has % confirmed internships this school year', NEW.pupil_id, confirmed
			USING ERRCODE = 'check_violation', CONSTRAINT = 'applications_two_confirmed_per_year', TABLE = 'applications';
	END IF;
	RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "applications_two_confirmed_per_year" BEFORE INSERT OR UPDATE OF "status" ON "applications" FOR EACH ROW
	WHEN (NEW.status = 'confirmed') EXECUTE FUNCTION applications_two_confirmed_per_year();
