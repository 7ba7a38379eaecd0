-- The school's week picker (lib/schools/week-picker-queries.ts) counts, for every week of the campaign,
-- the live pupils of the classes around the school and the seats still free around it.
-- Pupils: a class's pupils are counted from this index alone, and their accounts tested against the
-- few that are not live (deleted or pending, lib/pupils/scope.ts) by a hash, where each pupil used to
-- probe users: 84 000 probes around Paris, most of the 210 ms of weekDemand (bench/README.md).
DROP INDEX "pupils_class_id_index";--> statement-breakpoint
CREATE INDEX "pupils_class_id_user_id_index" ON "pupils" USING btree ("class_id","user_id");--> statement-breakpoint
CREATE INDEX "users_not_live" ON "users" USING btree ("id") WHERE "users"."deleted_at" is not null or "users"."status" = 'pending';--> statement-breakpoint
-- Seats: the free seats of an offer's week are availability.ts seatsLeft, the week's seats less those
-- held, bounded by what is left of the year's (availability.int.test.ts compares both forms).
CREATE FUNCTION seats_left(p_seats_per_week integer, p_seats_per_year integer, p_held_in_week integer, p_held_total integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN
	greatest(0, least(p_seats_per_week - p_held_in_week, p_seats_per_year - p_held_total));--> statement-breakpoint
-- Summed over the offer_search_weeks rows around a school, they were read from offers and offer_weeks,
-- a probe of each for 24 000 rows around Paris (offers is wide: 200 MB in bench/), 150 ms; kept on the
-- row, the same sum reads this table's pages in 19 ms. The column stays out of the search's
-- index, so that a held seat rewrites no index entry (an update HOT like those of migration 0009,
-- with room left on each page for it).
ALTER TABLE "offer_search_weeks" ADD COLUMN "seats_free" integer;--> statement-breakpoint
UPDATE "offer_search_weeks" osw SET "seats_free" = (
	SELECT seats_left(o.seats_per_week, o.seats_per_year, coalesce(w.seats_held, 0), o.seats_held)
	FROM offers o LEFT JOIN offer_weeks w ON w.offer_id = o.id AND w.week = osw.week WHERE o.id = osw.offer_id);--> statement-breakpoint
ALTER TABLE "offer_search_weeks" ALTER COLUMN "seats_free" SET NOT NULL;--> statement-breakpoint
-- No parallel scan of this table: it is read through its index (the search, a few thousand rows), or
-- whole around a dense area (the week picker), where two workers only fight the page's other queries
-- for the cores: the picker around Paris took 51 ms (p95) with them, 36 ms without; the search the same.
ALTER TABLE "offer_search_weeks" SET (fillfactor = 80, parallel_workers = 0);--> statement-breakpoint
CREATE OR REPLACE FUNCTION offers_search_weeks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'UPDATE' THEN
		DELETE FROM offer_search_weeks WHERE offer_id = OLD.id;
	END IF;
	IF NEW.status = 'published' THEN
		INSERT INTO offer_search_weeks (offer_id, week, lat, lng, organisation_id, is_reserved, sector_id, seats_per_week, published_at, open_weeks, seats_free)
		SELECT NEW.id, o.week, NEW.lat, NEW.lng, NEW.organisation_id, NEW.is_reserved, NEW.sector_id, NEW.seats_per_week, NEW.published_at, NEW.open_weeks,
			seats_left(NEW.seats_per_week, NEW.seats_per_year, coalesce(w.seats_held, 0), NEW.seats_held)
		FROM unnest(NEW.open_weeks) AS o(week) LEFT JOIN offer_weeks w ON w.offer_id = NEW.id AND w.week = o.week;
	END IF;
	RETURN NULL;
END $$;--> statement-breakpoint
-- Kept from the held-seat counters whatever changes them (an application through shift_seats_held,
-- a host's new seats per year, db:repair-seats): the offer's rows whose count differs are rewritten.
CREATE FUNCTION refresh_seats_free(p_offer uuid) RETURNS void LANGUAGE sql AS $$
	UPDATE offer_search_weeks osw SET seats_free = f.free
	FROM (SELECT w.week, seats_left(o.seats_per_week, o.seats_per_year, w.seats_held, o.seats_held) AS free
		FROM offers o JOIN offer_weeks w ON w.offer_id = o.id WHERE o.id = p_offer) f
	WHERE osw.offer_id = p_offer AND osw.week = f.week AND osw.seats_free IS DISTINCT FROM f.free;
$$;--> statement-breakpoint
CREATE FUNCTION offers_seats_free() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM refresh_seats_free(NEW.id);
	RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "offers_seats_free" AFTER UPDATE OF "seats_held", "seats_per_year" ON "offers" FOR EACH ROW
	WHEN (OLD.seats_held IS DISTINCT FROM NEW.seats_held OR OLD.seats_per_year IS DISTINCT FROM NEW.seats_per_year)
	EXECUTE FUNCTION offers_seats_free();--> statement-breakpoint
CREATE FUNCTION offer_weeks_seats_free() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM refresh_seats_free(NEW.offer_id);
	RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "offer_weeks_seats_free" AFTER UPDATE OF "seats_held" ON "offer_weeks" FOR EACH ROW
	WHEN (OLD.seats_held IS DISTINCT FROM NEW.seats_held)
	EXECUTE FUNCTION offer_weeks_seats_free();
