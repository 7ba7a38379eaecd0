-- A search on several weeks (a class with two) read an offer once per week, then grouped the rows by
-- offer: a sort and a hash of 4 750 rows around Paris, the dense search's p95. Each row now carries
-- the offer's open weeks, so the search keeps the row of the first searched week the offer has open,
-- a test on the row alone (search-scope.ts), and reads on from the index without grouping.
DROP INDEX "offer_search_weeks_place";--> statement-breakpoint
TRUNCATE "offer_search_weeks";--> statement-breakpoint
ALTER TABLE "offer_search_weeks" ADD COLUMN "open_weeks" date[] NOT NULL;--> statement-breakpoint
CREATE OR REPLACE FUNCTION offers_search_weeks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'UPDATE' THEN
		DELETE FROM offer_search_weeks WHERE offer_id = OLD.id;
	END IF;
	IF NEW.status = 'published' THEN
		INSERT INTO offer_search_weeks (offer_id, week, lat, lng, organisation_id, is_reserved, sector_id, seats_per_week, published_at, open_weeks)
		SELECT NEW.id, week, NEW.lat, NEW.lng, NEW.organisation_id, NEW.is_reserved, NEW.sector_id, NEW.seats_per_week, NEW.published_at, NEW.open_weeks
		FROM unnest(NEW.open_weeks) AS week;
	END IF;
	RETURN NULL;
END $$;--> statement-breakpoint
INSERT INTO "offer_search_weeks" ("offer_id", "week", "lat", "lng", "organisation_id", "is_reserved", "sector_id", "seats_per_week", "published_at", "open_weeks")
	SELECT o.id, w.week, o.lat, o.lng, o.organisation_id, o.is_reserved, o.sector_id, o.seats_per_week, o.published_at, o.open_weeks
	FROM "offers" o, unnest(o.open_weeks) AS w(week) WHERE o.status = 'published';--> statement-breakpoint
CREATE INDEX "offer_search_weeks_place" ON "offer_search_weeks" USING btree ("week","lat","lng") INCLUDE ("offer_id", "organisation_id", "is_reserved", "sector_id", "seats_per_week", "published_at", "open_weeks");
