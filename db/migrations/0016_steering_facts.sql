-- Steering facts (issue 14): the counts the /pilotage dashboards add up, rebuilt whole about every
-- 45 seconds from the live tables by lib/steering/facts-mutations.ts (see db/schema/steering.ts).
CREATE TABLE "steering_application_facts" (
	"school_year" integer NOT NULL,
	"department_code" text NOT NULL,
	"network" "school_network" NOT NULL,
	"sector_id" uuid,
	"is_public" boolean NOT NULL,
	"ministry_id" uuid,
	"gender" "gender" NOT NULL,
	"applications" integer NOT NULL,
	"confirmed" integer NOT NULL,
	"completed" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "steering_offer_facts" (
	"school_year" integer NOT NULL,
	"department_code" text,
	"is_public" boolean NOT NULL,
	"sector_id" uuid,
	"ministry_id" uuid,
	"paqte_group_id" uuid,
	"posted" boolean NOT NULL,
	"offers" integer NOT NULL,
	"seats_offered" integer NOT NULL,
	"seats_held" integer NOT NULL,
	"placements" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "steering_pupil_facts" (
	"school_year" integer NOT NULL,
	"school_id" uuid NOT NULL,
	"department_code" text NOT NULL,
	"network" "school_network" NOT NULL,
	"sector_key" text NOT NULL,
	"kind_key" text NOT NULL,
	"pupils" integer NOT NULL,
	"authorised" integer NOT NULL,
	"with_application" integer NOT NULL,
	"placed" integer NOT NULL,
	"completed" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "steering_refreshes" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL,
	"duration_ms" integer NOT NULL,
	CONSTRAINT "steering_refreshes_one_row" CHECK ("steering_refreshes"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "steering_week_demand_facts" (
	"school_year" integer NOT NULL,
	"department_code" text NOT NULL,
	"network" "school_network" NOT NULL,
	"week" date NOT NULL,
	"schools" integer NOT NULL,
	"pupils" integer NOT NULL,
	"pupils_without_placement" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "steering_week_supply_facts" (
	"school_year" integer NOT NULL,
	"department_code" text,
	"is_public" boolean NOT NULL,
	"sector_id" uuid,
	"week" date NOT NULL,
	"seats_offered" integer NOT NULL,
	"seats_free" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "steering_application_facts_school_year_department_code_index" ON "steering_application_facts" USING btree ("school_year","department_code");--> statement-breakpoint
CREATE INDEX "steering_application_facts_school_year_ministry_id_index" ON "steering_application_facts" USING btree ("school_year","ministry_id");--> statement-breakpoint
CREATE INDEX "steering_offer_facts_school_year_department_code_index" ON "steering_offer_facts" USING btree ("school_year","department_code");--> statement-breakpoint
CREATE INDEX "steering_pupil_facts_school_year_sector_key_kind_key_department_code_index" ON "steering_pupil_facts" USING btree ("school_year","sector_key","kind_key","department_code");--> statement-breakpoint
CREATE INDEX "steering_week_demand_facts_school_year_department_code_index" ON "steering_week_demand_facts" USING btree ("school_year","department_code");--> statement-breakpoint
CREATE INDEX "steering_week_supply_facts_school_year_department_code_index" ON "steering_week_supply_facts" USING btree ("school_year","department_code");