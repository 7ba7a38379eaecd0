ALTER TABLE "offers" ADD COLUMN "open_weeks" date[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
-- The weeks of an offer that still have a seat, in order: what the search compares with a class's
-- weeks, so that it filters offers alone instead of probing offer_weeks for each of them.
CREATE FUNCTION open_weeks_of(p_offer uuid, p_seats_per_week integer) RETURNS date[] LANGUAGE sql STABLE RETURN
	coalesce((SELECT array_agg(week ORDER BY week) FROM offer_weeks WHERE offer_id = p_offer AND seats_held < p_seats_per_week), '{}');--> statement-breakpoint
UPDATE "offers" SET "open_weeks" = open_weeks_of("id", "seats_per_week");--> statement-breakpoint
-- Kept by the database, like the held-seat counters it derives from: once per statement that adds,
-- removes or fills weeks (bulk inserts stay one update per offer), and when seats per week change.
CREATE FUNCTION offer_weeks_open_weeks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE offers SET open_weeks = open_weeks_of(id, seats_per_week) WHERE id IN (SELECT offer_id FROM changed);
	RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "offer_weeks_open_weeks_insert" AFTER INSERT ON "offer_weeks" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION offer_weeks_open_weeks();--> statement-breakpoint
CREATE TRIGGER "offer_weeks_open_weeks_update" AFTER UPDATE ON "offer_weeks" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION offer_weeks_open_weeks();--> statement-breakpoint
CREATE TRIGGER "offer_weeks_open_weeks_delete" AFTER DELETE ON "offer_weeks" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION offer_weeks_open_weeks();--> statement-breakpoint
CREATE FUNCTION offers_open_weeks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	NEW.open_weeks := open_weeks_of(NEW.id, NEW.seats_per_week);
	RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "offers_open_weeks_insert" BEFORE INSERT ON "offers" FOR EACH ROW EXECUTE FUNCTION offers_open_weeks();--> statement-breakpoint
CREATE TRIGGER "offers_open_weeks" BEFORE UPDATE OF "seats_per_week" ON "offers" FOR EACH ROW WHEN (OLD.seats_per_week IS DISTINCT FROM NEW.seats_per_week) EXECUTE FUNCTION offers_open_weeks();--> statement-breakpoint
-- The search reads only this index: the box on lat and lng, then every column its conditions and
-- its order need (bench/README.md has the plans it was chosen from).
CREATE INDEX "offers_search" ON "offers" USING btree ("lat","lng") INCLUDE ("id", "open_weeks", "seats_held", "seats_per_year", "seats_per_week", "organisation_id", "is_reserved", "sector_id", "published_at") WHERE "offers"."status" = 'published';
