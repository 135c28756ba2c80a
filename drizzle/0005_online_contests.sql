CREATE TABLE "answer" (
	"attempt_id" integer NOT NULL,
	"version_id" integer NOT NULL,
	"response" jsonb NOT NULL,
	"saved_at" timestamp with time zone NOT NULL,
	"correct" boolean,
	"score" real,
	CONSTRAINT "answer_attempt_id_version_id_pk" PRIMARY KEY("attempt_id","version_id")
);
--> statement-breakpoint
CREATE TABLE "attempt" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "attempt_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"round_id" integer NOT NULL,
	"user_id" text NOT NULL,
	"attempt_no" integer NOT NULL,
	"seed" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	"correct_count" integer,
	"score" real,
	"duration_ms" integer,
	"prediction" integer,
	CONSTRAINT "attempt_no_positive" CHECK ("attempt"."attempt_no" >= 1)
);
--> statement-breakpoint
CREATE TABLE "attempt_question" (
	"attempt_id" integer NOT NULL,
	"position" integer NOT NULL,
	"version_id" integer NOT NULL,
	"option_order" integer[],
	CONSTRAINT "attempt_question_attempt_id_position_pk" PRIMARY KEY("attempt_id","position")
);
--> statement-breakpoint
CREATE TABLE "contest" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "contest_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"rules" text DEFAULT '' NOT NULL,
	"organizer_unit_id" integer NOT NULL,
	"scope_unit_id" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"leaderboard_public" boolean DEFAULT false NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "round" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "round_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"contest_id" integer NOT NULL,
	"name" text NOT NULL,
	"bank_id" integer NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"time_limit_seconds" integer NOT NULL,
	"blueprint" jsonb NOT NULL,
	"shuffle_questions" boolean DEFAULT true NOT NULL,
	"shuffle_options" boolean DEFAULT true NOT NULL,
	"attempts_allowed" integer DEFAULT 1 NOT NULL,
	"counting_attempt" text DEFAULT 'best' NOT NULL,
	"show_answers" text DEFAULT 'after_close' NOT NULL,
	"prediction_enabled" boolean DEFAULT true NOT NULL,
	"prizes" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "round_window" CHECK ("round"."closes_at" > "round"."opens_at"),
	CONSTRAINT "round_limits" CHECK ("round"."time_limit_seconds" > 0 AND "round"."attempts_allowed" >= 1)
);
--> statement-breakpoint
ALTER TABLE "answer" ADD CONSTRAINT "answer_attempt_id_attempt_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."attempt"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer" ADD CONSTRAINT "answer_version_id_question_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."question_version"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempt" ADD CONSTRAINT "attempt_round_id_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempt" ADD CONSTRAINT "attempt_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempt_question" ADD CONSTRAINT "attempt_question_attempt_id_attempt_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."attempt"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempt_question" ADD CONSTRAINT "attempt_question_version_id_question_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."question_version"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest" ADD CONSTRAINT "contest_organizer_unit_id_unit_id_fk" FOREIGN KEY ("organizer_unit_id") REFERENCES "public"."unit"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest" ADD CONSTRAINT "contest_scope_unit_id_unit_id_fk" FOREIGN KEY ("scope_unit_id") REFERENCES "public"."unit"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest" ADD CONSTRAINT "contest_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round" ADD CONSTRAINT "round_contest_id_contest_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contest"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round" ADD CONSTRAINT "round_bank_id_bank_id_fk" FOREIGN KEY ("bank_id") REFERENCES "public"."bank"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "attempt_round_user_no_key" ON "attempt" USING btree ("round_id","user_id","attempt_no");--> statement-breakpoint
CREATE INDEX "attempt_round_submitted_idx" ON "attempt" USING btree ("round_id","submitted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "attempt_question_version_key" ON "attempt_question" USING btree ("attempt_id","version_id");--> statement-breakpoint
CREATE INDEX "round_contest_idx" ON "round" USING btree ("contest_id");