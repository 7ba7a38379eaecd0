-- Simulated campaigns (issue 16): the result files of npm run simulate:campaign loaded by the national
-- team, shown beside the steering dashboards' live figures, never counted in them (db/schema/simulations.ts).
CREATE TABLE "simulated_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"label" text NOT NULL,
	"seed" bigint NOT NULL,
	"scale" double precision NOT NULL,
	"school_year" integer NOT NULL,
	"finished_at" timestamp with time zone NOT NULL,
	"result" jsonb NOT NULL,
	"loaded_by" uuid,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "simulated_campaigns_label" CHECK (length("simulated_campaigns"."label") between 1 and 120),
	CONSTRAINT "simulated_campaigns_scale" CHECK ("simulated_campaigns"."scale" > 0)
);
--> statement-breakpoint
ALTER TABLE "simulated_campaigns" ADD CONSTRAINT "simulated_campaigns_loaded_by_users_id_fk" FOREIGN KEY ("loaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "simulated_campaigns_loaded_at_index" ON "simulated_campaigns" USING btree ("loaded_at");