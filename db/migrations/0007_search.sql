-- Accent- and case-insensitive text in SQL, the rule of lib/text/fold.ts (fold.int.test.ts checks
-- that both agree). Immutable, so that offers.search_vector can be a stored generated column.
CREATE FUNCTION fold_text(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN
	replace(replace(replace(replace(translate(lower(value), 'àâäáãåéèêëíìîïóòôöõúùûüçÿñÀÂÄÁÃÅÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÇŸÑ', 'aaaaaaeeeeiiiiooooouuuucynaaaaaaeeeeiiiiooooouuuucyn'), 'œ', 'oe'), 'Œ', 'oe'), 'æ', 'ae'), 'Æ', 'ae');--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('french', fold_text(title)), 'A') || setweight(to_tsvector('french', fold_text(jobs_discovered)), 'B') || setweight(to_tsvector('french', fold_text(description)), 'C')) STORED;--> statement-breakpoint
CREATE INDEX "offers_search_vector" ON "offers" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "schools" ADD COLUMN "national_search_opened_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "schools" ADD COLUMN "national_search_opened_by" uuid;--> statement-breakpoint
ALTER TABLE "schools" ADD CONSTRAINT "schools_national_search_opened_by_users_id_fk" FOREIGN KEY ("national_search_opened_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
UPDATE "schools" SET "national_search_opened_at" = now() WHERE "national_search";--> statement-breakpoint
ALTER TABLE "schools" DROP COLUMN "national_search";--> statement-breakpoint
ALTER TABLE "offer_weeks" ADD COLUMN "seats_held" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "seats_held" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE "offers" SET "seats_held" = held.n FROM (SELECT "offer_id", count(*)::int AS n FROM "applications" WHERE "status" IN ('accepted', 'confirmed') GROUP BY "offer_id") held WHERE held."offer_id" = "offers"."id";--> statement-breakpoint
UPDATE "offer_weeks" SET "seats_held" = held.n FROM (SELECT "offer_id", "week", count(*)::int AS n FROM "applications" WHERE "status" IN ('accepted', 'confirmed') GROUP BY "offer_id", "week") held WHERE held."offer_id" = "offer_weeks"."offer_id" AND held."week" = "offer_weeks"."week";--> statement-breakpoint
ALTER TABLE "offer_weeks" ADD CONSTRAINT "offer_weeks_seats_held" CHECK ("offer_weeks"."seats_held" >= 0);--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_seats_held" CHECK ("offers"."seats_held" between 0 and "offers"."seats_per_year");--> statement-breakpoint
-- Held-seat counters, kept by the database in the transaction that changes an application: every
-- change of status goes through the offer row (its lock orders concurrent acceptances), no
-- mutation can forget them, and a week never holds more pupils than offers.seats_per_week
-- (offers_seats_held bounds the year). lib/offers/seat-counters-*.ts checks and repairs them.
CREATE FUNCTION shift_seats_held(p_offer uuid, p_week date, p_delta integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	held integer;
	per_week integer;
BEGIN
	UPDATE offers SET seats_held = seats_held + p_delta WHERE id = p_offer RETURNING seats_per_week INTO per_week;
	UPDATE offer_weeks SET seats_held = seats_held + p_delta WHERE offer_id = p_offer AND week = p_week RETURNING seats_held INTO held;
	IF p_delta > 0 AND held > per_week THEN
		RAISE EXCEPTION 'week % of offer % would hold % pupils for % seats', p_week, p_offer, held, per_week
			USING ERRCODE = 'check_violation', CONSTRAINT = 'offer_weeks_seats_held', TABLE = 'offer_weeks';
	END IF;
END $$;--> statement-breakpoint
CREATE FUNCTION applications_seats_held() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	held_before boolean := TG_OP <> 'INSERT' AND OLD.status IN ('accepted', 'confirmed');
	held_after boolean := TG_OP <> 'DELETE' AND NEW.status IN ('accepted', 'confirmed');
	moved boolean := TG_OP = 'UPDATE' AND (OLD.offer_id, OLD.week) IS DISTINCT FROM (NEW.offer_id, NEW.week);
BEGIN
	IF held_before AND (NOT held_after OR moved) THEN
		PERFORM shift_seats_held(OLD.offer_id, OLD.week, -1);
	END IF;
	IF held_after AND (NOT held_before OR moved) THEN
		PERFORM shift_seats_held(NEW.offer_id, NEW.week, 1);
	END IF;
	RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "applications_seats_held" AFTER INSERT OR DELETE OR UPDATE OF "status", "offer_id", "week" ON "applications" FOR EACH ROW EXECUTE FUNCTION applications_seats_held();--> statement-breakpoint
-- A week added (again) to an offer starts from the pupils already holding a seat in it.
CREATE FUNCTION offer_weeks_seats_held() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	NEW.seats_held := (SELECT count(*) FROM applications WHERE offer_id = NEW.offer_id AND week = NEW.week AND status IN ('accepted', 'confirmed'));
	RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "offer_weeks_seats_held" BEFORE INSERT ON "offer_weeks" FOR EACH ROW EXECUTE FUNCTION offer_weeks_seats_held();
