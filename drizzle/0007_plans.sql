CREATE TABLE "plan" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plan_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"number" text DEFAULT '' NOT NULL,
	"issued_on" date,
	"title" text NOT NULL,
	"basis" text DEFAULT '' NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"content" text DEFAULT '' NOT NULL,
	"organization" text DEFAULT '' NOT NULL,
	"funding" text DEFAULT '' NOT NULL,
	"parent_id" integer,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_year_range" CHECK ("plan"."year" BETWEEN 2000 AND 2100)
);
--> statement-breakpoint
CREATE TABLE "plan_section" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plan_section_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"position" integer NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	"title" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_task" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plan_task_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"section_id" integer,
	"position" integer NOT NULL,
	"stt" text DEFAULT '' NOT NULL,
	"content" text NOT NULL,
	"product_kind" text DEFAULT '' NOT NULL,
	"product_detail" text DEFAULT '' NOT NULL,
	"target_quantity" integer,
	"product_unit" text DEFAULT '' NOT NULL,
	"timeline" jsonb NOT NULL,
	"timeline_text" text DEFAULT '' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"lead_unit_id" integer,
	"lead_text" text DEFAULT '' NOT NULL,
	"partners_text" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"source_task_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_task_target_nonnegative" CHECK ("plan_task"."target_quantity" IS NULL OR "plan_task"."target_quantity" >= 0),
	CONSTRAINT "plan_task_span" CHECK ("plan_task"."starts_on" <= "plan_task"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "plan_task_partner" (
	"task_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"co_lead" boolean DEFAULT false NOT NULL,
	CONSTRAINT "plan_task_partner_task_id_unit_id_pk" PRIMARY KEY("task_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "task_evidence" (
	"progress_id" integer NOT NULL,
	"media_id" text NOT NULL,
	"file_name" text NOT NULL,
	CONSTRAINT "task_evidence_progress_id_media_id_pk" PRIMARY KEY("progress_id","media_id")
);
--> statement-breakpoint
CREATE TABLE "task_progress" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "task_progress_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"task_id" integer NOT NULL,
	"period" text NOT NULL,
	"done_quantity" integer DEFAULT 0 NOT NULL,
	"completed" boolean DEFAULT false NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"evidence_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recorded_by" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "task_progress_done_nonnegative" CHECK ("task_progress"."done_quantity" >= 0)
);
--> statement-breakpoint
ALTER TABLE "contest" ADD COLUMN "plan_task_id" integer;--> statement-breakpoint
ALTER TABLE "plan" ADD CONSTRAINT "plan_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan" ADD CONSTRAINT "plan_parent_id_plan_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."plan"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan" ADD CONSTRAINT "plan_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_section" ADD CONSTRAINT "plan_section_plan_id_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task" ADD CONSTRAINT "plan_task_plan_id_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task" ADD CONSTRAINT "plan_task_section_id_plan_section_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."plan_section"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task" ADD CONSTRAINT "plan_task_lead_unit_id_unit_id_fk" FOREIGN KEY ("lead_unit_id") REFERENCES "public"."unit"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task" ADD CONSTRAINT "plan_task_source_task_id_plan_task_id_fk" FOREIGN KEY ("source_task_id") REFERENCES "public"."plan_task"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task_partner" ADD CONSTRAINT "plan_task_partner_task_id_plan_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_task"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task_partner" ADD CONSTRAINT "plan_task_partner_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_evidence" ADD CONSTRAINT "task_evidence_progress_id_task_progress_id_fk" FOREIGN KEY ("progress_id") REFERENCES "public"."task_progress"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_evidence" ADD CONSTRAINT "task_evidence_media_id_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_progress" ADD CONSTRAINT "task_progress_task_id_plan_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_task"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_progress" ADD CONSTRAINT "task_progress_recorded_by_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_unit_year_idx" ON "plan" USING btree ("unit_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_parent_unit_key" ON "plan" USING btree ("parent_id","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_section_position_key" ON "plan_section" USING btree ("plan_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_task_position_key" ON "plan_task" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "plan_task_lead_idx" ON "plan_task" USING btree ("lead_unit_id");--> statement-breakpoint
CREATE INDEX "plan_task_source_idx" ON "plan_task" USING btree ("source_task_id");--> statement-breakpoint
CREATE INDEX "plan_task_partner_unit_idx" ON "plan_task_partner" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "task_progress_task_period_key" ON "task_progress" USING btree ("task_id","period");--> statement-breakpoint
ALTER TABLE "contest" ADD CONSTRAINT "contest_plan_task_id_plan_task_id_fk" FOREIGN KEY ("plan_task_id") REFERENCES "public"."plan_task"("id") ON DELETE set null ON UPDATE no action;