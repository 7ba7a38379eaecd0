-- A held seat should not rewrite the search index. Until now every acceptance or cancellation
-- changed offers.seats_held, a column of offers_search, so each one wrote a new tuple in every index
-- of offers (no HOT update) and the search index swelled: 20 MB for 51 000 offers in bench/ after the
-- applications, 7.7 MB once rebuilt, and the dense-area search twice as slow. Now the yearly limit is
-- folded into open_weeks (empty once every seat of the year is held), the index keeps only columns
-- that change when a week fills or empties, and most seat changes touch no indexed column.
CREATE FUNCTION offer_open_weeks(p_offer uuid, p_seats_per_week integer, p_year_open boolean) RETURNS date[] LANGUAGE sql STABLE RETURN
	CASE WHEN p_year_open THEN coalesce((SELECT array_agg(week ORDER BY week) FROM offer_weeks WHERE offer_id = p_offer AND seats_held < p_seats_per_week), '{}') ELSE '{}' END;--> statement-breakpoint
-- Rewrites an offer only when its open weeks change: a seat held in a week that keeps a free seat
-- leaves the row alone.
CREATE OR REPLACE FUNCTION offer_weeks_open_weeks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE offers o SET open_weeks = w.open_weeks
	FROM (SELECT id, offer_open_weeks(id, seats_per_week, seats_held < seats_per_year) AS open_weeks
		FROM offers WHERE id IN (SELECT offer_id FROM changed)) w
	WHERE o.id = w.id AND o.open_weeks IS DISTINCT FROM w.open_weeks;
	RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION offers_open_weeks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	NEW.open_weeks := offer_open_weeks(NEW.id, NEW.seats_per_week, NEW.seats_held < NEW.seats_per_year);
	RETURN NEW;
END $$;--> statement-breakpoint
DROP TRIGGER "offers_open_weeks" ON "offers";--> statement-breakpoint
CREATE TRIGGER "offers_open_weeks" BEFORE UPDATE OF "seats_per_week", "seats_held", "seats_per_year" ON "offers" FOR EACH ROW
	WHEN (OLD.seats_per_week IS DISTINCT FROM NEW.seats_per_week OR (OLD.seats_held < OLD.seats_per_year) IS DISTINCT FROM (NEW.seats_held < NEW.seats_per_year))
	EXECUTE FUNCTION offers_open_weeks();--> statement-breakpoint
DROP FUNCTION open_weeks_of(uuid, integer);--> statement-breakpoint
UPDATE "offers" SET "open_weeks" = offer_open_weeks("id", "seats_per_week", "seats_held" < "seats_per_year");--> statement-breakpoint
DROP INDEX "offers_search";--> statement-breakpoint
CREATE INDEX "offers_search" ON "offers" USING btree ("lat","lng") INCLUDE ("id", "open_weeks", "seats_per_week", "organisation_id", "is_reserved", "sector_id", "published_at") WHERE "offers"."status" = 'published';--> statement-breakpoint
-- Room on each page for the new version of a row, which a HOT update needs.
ALTER TABLE "offers" SET (fillfactor = 80);
