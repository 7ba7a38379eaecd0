CREATE TYPE "public"."account_status" AS ENUM('active', 'pending', 'disabled');--> statement-breakpoint
CREATE TYPE "public"."agreement_status" AS ENUM('pending_signatures', 'signed', 'canceled');--> statement-breakpoint
CREATE TYPE "public"."application_status" AS ENUM('submitted', 'read', 'accepted', 'confirmed', 'rejected', 'canceled_by_pupil', 'canceled_by_host', 'expired', 'acceptance_expired', 'superseded');--> statement-breakpoint
CREATE TYPE "public"."email_status" AS ENUM('pending', 'sent', 'failed');--> statement-breakpoint
CREATE TYPE "public"."gender" AS ENUM('girl', 'boy', 'not_stated');--> statement-breakpoint
CREATE TYPE "public"."holiday_zone" AS ENUM('A', 'B', 'C', 'corse', 'guadeloupe', 'martinique', 'guyane', 'reunion', 'mayotte');--> statement-breakpoint
CREATE TYPE "public"."lunch_arrangement" AS ENUM('canteen_invitation', 'reduced_rate', 'none');--> statement-breakpoint
CREATE TYPE "public"."membership_status" AS ENUM('pending', 'active', 'revoked');--> statement-breakpoint
CREATE TYPE "public"."offer_status" AS ENUM('draft', 'published', 'unpublished', 'archived');--> statement-breakpoint
CREATE TYPE "public"."organisation_kind" AS ENUM('public', 'private', 'association');--> statement-breakpoint
CREATE TYPE "public"."reservation_status" AS ENUM('requested', 'accepted', 'declined');--> statement-breakpoint
CREATE TYPE "public"."school_network" AS ENUM('rep_plus', 'rep', 'derogation', 'none');--> statement-breakpoint
CREATE TYPE "public"."scope_level" AS ENUM('national', 'region', 'academy', 'department', 'ministry');--> statement-breakpoint
CREATE TYPE "public"."signatory_party" AS ENUM('school', 'host', 'pupil', 'legal_representative');--> statement-breakpoint
CREATE TYPE "public"."staff_role" AS ENUM('head', 'main_teacher', 'teacher', 'cpe', 'librarian', 'psychologist', 'administrative');--> statement-breakpoint
CREATE TYPE "public"."target_level" AS ENUM('national', 'region', 'department');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('pupil', 'school_staff', 'host', 'operator', 'state_rep', 'admin');--> statement-breakpoint
CREATE TABLE "academies" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"region_code" text NOT NULL,
	"holiday_zone" "holiday_zone" NOT NULL,
	"email_domain" text,
	CONSTRAINT "academies_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"region_code" text NOT NULL,
	"academy_code" text NOT NULL,
	CONSTRAINT "departments_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "holiday_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone" "holiday_zone" NOT NULL,
	"school_year" integer NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	CONSTRAINT "holiday_periods_zone_schoolYear_name_unique" UNIQUE("zone","school_year","name"),
	CONSTRAINT "holiday_periods_dates" CHECK ("holiday_periods"."ends_on" >= "holiday_periods"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "regions_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "sectors" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"onisep_url" text,
	CONSTRAINT "sectors_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_year" integer NOT NULL,
	"label" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	CONSTRAINT "campaigns_schoolYear_unique" UNIQUE("school_year"),
	CONSTRAINT "campaigns_dates" CHECK ("campaigns"."ends_on" > "campaigns"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "ministry_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"ministry_id" uuid NOT NULL,
	"public" integer NOT NULL,
	CONSTRAINT "ministry_targets_campaignId_ministryId_unique" UNIQUE("campaign_id","ministry_id"),
	CONSTRAINT "ministry_targets_non_negative" CHECK ("ministry_targets"."public" >= 0)
);
--> statement-breakpoint
CREATE TABLE "territory_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"level" "target_level" NOT NULL,
	"territory_code" text,
	"published_name" text NOT NULL,
	"total" integer NOT NULL,
	"public" integer NOT NULL,
	"private" integer NOT NULL,
	CONSTRAINT "territory_targets_campaignId_level_territoryCode_unique" UNIQUE NULLS NOT DISTINCT("campaign_id","level","territory_code"),
	CONSTRAINT "territory_targets_non_negative" CHECK ("territory_targets"."total" >= 0 and "territory_targets"."public" >= 0 and "territory_targets"."private" >= 0),
	CONSTRAINT "territory_targets_code" CHECK (("territory_targets"."level" = 'national') = ("territory_targets"."territory_code" is null))
);
--> statement-breakpoint
CREATE TABLE "state_representatives" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"level" "scope_level" NOT NULL,
	"territory_code" text,
	"ministry_id" uuid,
	"validated_at" timestamp with time zone,
	"validated_by" uuid,
	CONSTRAINT "state_representatives_scope" CHECK (case "state_representatives"."level"
        when 'national' then "state_representatives"."territory_code" is null and "state_representatives"."ministry_id" is null
        when 'ministry' then "state_representatives"."territory_code" is null and "state_representatives"."ministry_id" is not null
        else "state_representatives"."territory_code" is not null and "state_representatives"."ministry_id" is null end)
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"password_hash" text,
	"role" "user_role" NOT NULL,
	"status" "account_status" DEFAULT 'active' NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email_verified_at" timestamp with time zone,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_lowercase" CHECK ("users"."email" = lower("users"."email")),
	CONSTRAINT "users_email_length" CHECK (char_length("users"."email") between 3 and 254)
);
--> statement-breakpoint
CREATE TABLE "class_internship_weeks" (
	"class_id" uuid NOT NULL,
	"week" date NOT NULL,
	CONSTRAINT "class_internship_weeks_class_id_week_pk" PRIMARY KEY("class_id","week"),
	CONSTRAINT "class_internship_weeks_monday" CHECK (extract(isodow from "class_internship_weeks"."week") = 1)
);
--> statement-breakpoint
CREATE TABLE "pupils" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"school_id" uuid NOT NULL,
	"class_id" uuid,
	"gender" "gender" DEFAULT 'not_stated' NOT NULL,
	"parental_consent_at" timestamp with time zone,
	"parental_consent_recorded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "school_classes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"school_year" integer NOT NULL,
	"name" text NOT NULL,
	"main_teacher_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "school_classes_schoolId_schoolYear_name_unique" UNIQUE("school_id","school_year","name"),
	CONSTRAINT "school_classes_name" CHECK (char_length("school_classes"."name") between 1 and 40)
);
--> statement-breakpoint
CREATE TABLE "schools" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"uai" text NOT NULL,
	"name" text NOT NULL,
	"commune" text NOT NULL,
	"postcode" text,
	"address" text,
	"department_code" text NOT NULL,
	"lat" double precision,
	"lng" double precision,
	"network" "school_network" DEFAULT 'none' NOT NULL,
	"derogation_approved_at" timestamp with time zone,
	"search_radius_km" integer DEFAULT 60 NOT NULL,
	"national_search" boolean DEFAULT false NOT NULL,
	"registered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "schools_uai_format" CHECK ("schools"."uai" ~ '^[0-9]{7}[A-Z]$'),
	CONSTRAINT "schools_coordinates" CHECK (("schools"."lat" is null) = ("schools"."lng" is null) and coalesce("schools"."lat" between -90 and 90 and "schools"."lng" between -180 and 180, true)),
	CONSTRAINT "schools_search_radius" CHECK ("schools"."search_radius_km" between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "staff_memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"role" "staff_role" NOT NULL,
	"status" "membership_status" DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_memberships_userId_schoolId_unique" UNIQUE("user_id","school_id")
);
--> statement-breakpoint
CREATE TABLE "host_members" (
	"user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "host_members_user_id_organisation_id_pk" PRIMARY KEY("user_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "host_organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "organisation_kind" NOT NULL,
	"name" text NOT NULL,
	"siret" text,
	"ministry_id" uuid,
	"paqte_group_id" uuid,
	"commune" text,
	"postcode" text,
	"department_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "host_organisations_siret" CHECK ("host_organisations"."siret" is null or "host_organisations"."siret" ~ '^[0-9]{14}$'),
	CONSTRAINT "host_organisations_ministry" CHECK (("host_organisations"."kind" = 'public') = ("host_organisations"."ministry_id" is not null)),
	CONSTRAINT "host_organisations_paqte" CHECK ("host_organisations"."paqte_group_id" is null or "host_organisations"."kind" = 'private'),
	CONSTRAINT "host_organisations_name" CHECK (char_length("host_organisations"."name") between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "ministries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "ministries_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "operator_hosts" (
	"operator_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "operator_hosts_operator_id_organisation_id_pk" PRIMARY KEY("operator_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "operator_members" (
	"user_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	CONSTRAINT "operator_members_user_id_operator_id_pk" PRIMARY KEY("user_id","operator_id")
);
--> statement-breakpoint
CREATE TABLE "operators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "operators_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "paqte_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "paqte_groups_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "offer_reservations" (
	"offer_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"status" "reservation_status" DEFAULT 'accepted' NOT NULL,
	"requested_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offer_reservations_offer_id_school_id_pk" PRIMARY KEY("offer_id","school_id")
);
--> statement-breakpoint
CREATE TABLE "offer_weeks" (
	"offer_id" uuid NOT NULL,
	"week" date NOT NULL,
	CONSTRAINT "offer_weeks_offer_id_week_pk" PRIMARY KEY("offer_id","week"),
	CONSTRAINT "offer_weeks_monday" CHECK (extract(isodow from "offer_weeks"."week") = 1)
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"operator_id" uuid,
	"created_by" uuid,
	"ministry_id" uuid,
	"paqte_group_id" uuid,
	"sector_id" uuid,
	"school_year" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"tutor_name" text,
	"tutor_email" text,
	"tutor_phone" text,
	"street" text,
	"postcode" text,
	"commune" text,
	"department_code" text,
	"lat" double precision,
	"lng" double precision,
	"daily_start" time,
	"daily_end" time,
	"lunch_break_minutes" integer DEFAULT 60 NOT NULL,
	"lunch" "lunch_arrangement" DEFAULT 'none' NOT NULL,
	"accessible_to_disabled" boolean DEFAULT false NOT NULL,
	"seats_per_week" integer DEFAULT 1 NOT NULL,
	"seats_per_year" integer DEFAULT 1 NOT NULL,
	"status" "offer_status" DEFAULT 'draft' NOT NULL,
	"is_reserved" boolean DEFAULT false NOT NULL,
	"renewed_from_id" uuid,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offers_title_length" CHECK (char_length("offers"."title") between 1 and 150),
	CONSTRAINT "offers_description_length" CHECK (char_length("offers"."description") <= 5000),
	CONSTRAINT "offers_seats" CHECK ("offers"."seats_per_week" >= 1 and "offers"."seats_per_year" >= "offers"."seats_per_week" and "offers"."seats_per_year" <= 1000),
	CONSTRAINT "offers_daily_hours" CHECK (("offers"."daily_start" is null and "offers"."daily_end" is null) or ("offers"."daily_end" > "offers"."daily_start" and "offers"."lunch_break_minutes" >= 0
        and extract(epoch from ("offers"."daily_end" - "offers"."daily_start")) / 60 - "offers"."lunch_break_minutes" between 60 and 420)),
	CONSTRAINT "offers_coordinates" CHECK (("offers"."lat" is null) = ("offers"."lng" is null) and coalesce("offers"."lat" between -90 and 90 and "offers"."lng" between -180 and 180, true)),
	CONSTRAINT "offers_published_complete" CHECK ("offers"."status" <> 'published' or ("offers"."lat" is not null and "offers"."sector_id" is not null and "offers"."daily_start" is not null))
);
--> statement-breakpoint
CREATE TABLE "application_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"from_status" "application_status",
	"to_status" "application_status" NOT NULL,
	"actor_id" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pupil_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"week" date NOT NULL,
	"status" "application_status" DEFAULT 'submitted' NOT NULL,
	"motivation" text DEFAULT '' NOT NULL,
	"rejection_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "applications_pupil_offer_week" UNIQUE("pupil_id","offer_id","week"),
	CONSTRAINT "applications_rejection_reason" CHECK ("applications"."status" <> 'rejected' or char_length(coalesce("applications"."rejection_reason", '')) > 0),
	CONSTRAINT "applications_motivation_length" CHECK (char_length("applications"."motivation") <= 5000),
	CONSTRAINT "applications_week_monday" CHECK (extract(isodow from "applications"."week") = 1)
);
--> statement-breakpoint
CREATE TABLE "agreement_signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"party" "signatory_party" NOT NULL,
	"signer_name" text NOT NULL,
	"signer_user_id" uuid,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_signatures_agreementId_party_signerName_unique" UNIQUE("agreement_id","party","signer_name")
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"status" "agreement_status" DEFAULT 'pending_signatures' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"signed_at" timestamp with time zone,
	CONSTRAINT "agreements_applicationId_unique" UNIQUE("application_id")
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operator_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" text,
	"details" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"template" text NOT NULL,
	"status" "email_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"send_after" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "email_outbox_attempts" CHECK ("email_outbox"."attempts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rate_limits_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
ALTER TABLE "academies" ADD CONSTRAINT "academies_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_academy_code_academies_code_fk" FOREIGN KEY ("academy_code") REFERENCES "public"."academies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry_targets" ADD CONSTRAINT "ministry_targets_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry_targets" ADD CONSTRAINT "ministry_targets_ministry_id_ministries_id_fk" FOREIGN KEY ("ministry_id") REFERENCES "public"."ministries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "territory_targets" ADD CONSTRAINT "territory_targets_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "state_representatives" ADD CONSTRAINT "state_representatives_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "state_representatives" ADD CONSTRAINT "state_representatives_ministry_id_ministries_id_fk" FOREIGN KEY ("ministry_id") REFERENCES "public"."ministries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "state_representatives" ADD CONSTRAINT "state_representatives_validated_by_users_id_fk" FOREIGN KEY ("validated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "class_internship_weeks" ADD CONSTRAINT "class_internship_weeks_class_id_school_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."school_classes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pupils" ADD CONSTRAINT "pupils_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pupils" ADD CONSTRAINT "pupils_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pupils" ADD CONSTRAINT "pupils_class_id_school_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."school_classes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pupils" ADD CONSTRAINT "pupils_parental_consent_recorded_by_users_id_fk" FOREIGN KEY ("parental_consent_recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_classes" ADD CONSTRAINT "school_classes_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_classes" ADD CONSTRAINT "school_classes_main_teacher_id_users_id_fk" FOREIGN KEY ("main_teacher_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schools" ADD CONSTRAINT "schools_department_code_departments_code_fk" FOREIGN KEY ("department_code") REFERENCES "public"."departments"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_memberships" ADD CONSTRAINT "staff_memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_memberships" ADD CONSTRAINT "staff_memberships_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "host_members" ADD CONSTRAINT "host_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "host_members" ADD CONSTRAINT "host_members_organisation_id_host_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."host_organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "host_organisations" ADD CONSTRAINT "host_organisations_ministry_id_ministries_id_fk" FOREIGN KEY ("ministry_id") REFERENCES "public"."ministries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "host_organisations" ADD CONSTRAINT "host_organisations_paqte_group_id_paqte_groups_id_fk" FOREIGN KEY ("paqte_group_id") REFERENCES "public"."paqte_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "host_organisations" ADD CONSTRAINT "host_organisations_department_code_departments_code_fk" FOREIGN KEY ("department_code") REFERENCES "public"."departments"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operator_hosts" ADD CONSTRAINT "operator_hosts_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operator_hosts" ADD CONSTRAINT "operator_hosts_organisation_id_host_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."host_organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operator_members" ADD CONSTRAINT "operator_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operator_members" ADD CONSTRAINT "operator_members_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_reservations" ADD CONSTRAINT "offer_reservations_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_reservations" ADD CONSTRAINT "offer_reservations_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_reservations" ADD CONSTRAINT "offer_reservations_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_weeks" ADD CONSTRAINT "offer_weeks_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_organisation_id_host_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."host_organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_ministry_id_ministries_id_fk" FOREIGN KEY ("ministry_id") REFERENCES "public"."ministries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_paqte_group_id_paqte_groups_id_fk" FOREIGN KEY ("paqte_group_id") REFERENCES "public"."paqte_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_department_code_departments_code_fk" FOREIGN KEY ("department_code") REFERENCES "public"."departments"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_pupil_id_pupils_user_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."pupils"("user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_signatures" ADD CONSTRAINT "agreement_signatures_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_signatures" ADD CONSTRAINT "agreement_signatures_signer_user_id_users_id_fk" FOREIGN KEY ("signer_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "state_representatives_level_territory_code_index" ON "state_representatives" USING btree ("level","territory_code");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_unique" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "class_internship_weeks_week_index" ON "class_internship_weeks" USING btree ("week");--> statement-breakpoint
CREATE INDEX "pupils_school_id_index" ON "pupils" USING btree ("school_id");--> statement-breakpoint
CREATE INDEX "pupils_class_id_index" ON "pupils" USING btree ("class_id");--> statement-breakpoint
CREATE UNIQUE INDEX "schools_uai_unique" ON "schools" USING btree ("uai");--> statement-breakpoint
CREATE INDEX "schools_lat_index" ON "schools" USING btree ("lat");--> statement-breakpoint
CREATE INDEX "schools_lng_index" ON "schools" USING btree ("lng");--> statement-breakpoint
CREATE INDEX "schools_department_code_index" ON "schools" USING btree ("department_code");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_memberships_one_head" ON "staff_memberships" USING btree ("school_id") WHERE "staff_memberships"."role" = 'head' and "staff_memberships"."status" <> 'revoked';--> statement-breakpoint
CREATE INDEX "staff_memberships_school_id_index" ON "staff_memberships" USING btree ("school_id");--> statement-breakpoint
CREATE INDEX "host_members_organisation_id_index" ON "host_members" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "host_organisations_ministry_id_index" ON "host_organisations" USING btree ("ministry_id");--> statement-breakpoint
CREATE INDEX "host_organisations_paqte_group_id_index" ON "host_organisations" USING btree ("paqte_group_id");--> statement-breakpoint
CREATE INDEX "offer_reservations_school_id_index" ON "offer_reservations" USING btree ("school_id");--> statement-breakpoint
CREATE INDEX "offer_weeks_week_index" ON "offer_weeks" USING btree ("week");--> statement-breakpoint
CREATE INDEX "offers_organisation_id_index" ON "offers" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "offers_status_school_year_index" ON "offers" USING btree ("status","school_year");--> statement-breakpoint
CREATE INDEX "offers_lat_index" ON "offers" USING btree ("lat");--> statement-breakpoint
CREATE INDEX "offers_lng_index" ON "offers" USING btree ("lng");--> statement-breakpoint
CREATE INDEX "application_events_application_id_created_at_index" ON "application_events" USING btree ("application_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_one_confirmed_per_week" ON "applications" USING btree ("pupil_id","week") WHERE "applications"."status" = 'confirmed';--> statement-breakpoint
CREATE INDEX "applications_offer_id_week_status_index" ON "applications" USING btree ("offer_id","week","status");--> statement-breakpoint
CREATE INDEX "applications_status_index" ON "applications" USING btree ("status");--> statement-breakpoint
CREATE INDEX "agreement_signatures_agreement_id_index" ON "agreement_signatures" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "audit_log_created_at_index" ON "audit_log" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "audit_log_target_type_target_id_index" ON "audit_log" USING btree ("target_type","target_id");--> statement-breakpoint
CREATE INDEX "email_outbox_status_send_after_index" ON "email_outbox" USING btree ("status","send_after");