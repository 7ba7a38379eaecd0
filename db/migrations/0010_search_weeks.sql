CREATE TABLE "offer_search_weeks" (
	"offer_id" uuid NOT NULL,
	"week" date NOT NULL,
	"lat" double precision,
	"lng" double precision,
	"organisation_id" uuid NOT NULL,
	"is_reserved" boolean NOT NULL,
	"sector_id" uuid,
	"seats_per_week" integer NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "offer_search_weeks_offer_id_week_pk" PRIMARY KEY("offer_id","week")
);
--> statement-breakpoint
ALTER TABLE "offer_search_weeks" ADD CONSTRAINT "offer_search_weeks_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Rewritten from the offer whenever what the search reads of it changes: published or not, its
-- open weeks (kept by the triggers of migrations 0008 and 0009), its place and its filters.
CREATE FUNCTION offers_search_weeks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'UPDATE' THEN
		DELETE FROM offer_search_weeks WHERE offer_id = OLD.id;
	END IF;
	IF NEW.status = 'published' THEN
		INSERT INTO offer_search_weeks (offer_id, week, lat, lng, organisation_id, is_reserved, sector_id, seats_per_week, published_at)
		SELECT NEW.id, week, NEW.lat, NEW.lng, NEW.organisation_id, NEW.is_reserved, NEW.sector_id, NEW.seats_per_week, NEW.published_at
		FROM unnest(NEW.open_weeks) AS week;
	END IF;
	RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "offers_search_weeks_insert" AFTER INSERT ON "offers" FOR EACH ROW EXECUTE FUNCTION offers_search_weeks();--> statement-breakpoint
CREATE TRIGGER "offers_search_weeks_update" AFTER UPDATE ON "offers" FOR EACH ROW
	WHEN ((OLD.status, OLD.open_weeks, OLD.lat, OLD.lng, OLD.organisation_id, OLD.is_reserved, OLD.sector_id, OLD.seats_per_week, OLD.published_at)
		IS DISTINCT FROM (NEW.status, NEW.open_weeks, NEW.lat, NEW.lng, NEW.organisation_id, NEW.is_reserved, NEW.sector_id, NEW.seats_per_week, NEW.published_at))
	EXECUTE FUNCTION offers_search_weeks();--> statement-breakpoint
INSERT INTO "offer_search_weeks" ("offer_id", "week", "lat", "lng", "organisation_id", "is_reserved", "sector_id", "seats_per_week", "published_at")
	SELECT o.id, w.week, o.lat, o.lng, o.organisation_id, o.is_reserved, o.sector_id, o.seats_per_week, o.published_at
	FROM "offers" o, unnest(o.open_weeks) AS w(week) WHERE o.status = 'published';--> statement-breakpoint
-- Built once the rows are in (a compact index). A search on a class's weeks reads the rows of those weeks in the box alone (index-only scan):
-- 2 400 index entries around Paris for one week instead of 17 600 offers (bench/README.md).
CREATE INDEX "offer_search_weeks_place" ON "offer_search_weeks" USING btree ("week","lat","lng") INCLUDE ("offer_id", "organisation_id", "is_reserved", "sector_id", "seats_per_week", "published_at");
