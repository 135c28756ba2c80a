CREATE TABLE "live_event" (
	"game_id" integer NOT NULL,
	"seq" integer NOT NULL,
	"event" jsonb NOT NULL,
	CONSTRAINT "live_event_game_id_seq_pk" PRIMARY KEY("game_id","seq")
);
--> statement-breakpoint
CREATE TABLE "live_game" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "live_game_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"contest_id" integer NOT NULL,
	"round_id" integer NOT NULL,
	"title" text NOT NULL,
	"pin" text NOT NULL,
	"guests" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'lobby' NOT NULL,
	"config" jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "live_player" (
	"id" text PRIMARY KEY NOT NULL,
	"game_id" integer NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" text,
	"name" text NOT NULL,
	"unit_id" integer,
	"attempt_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attempt" ALTER COLUMN "user_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "attempt" ADD COLUMN "live_rank" integer;--> statement-breakpoint
ALTER TABLE "round" ADD COLUMN "kind" text DEFAULT 'online' NOT NULL;--> statement-breakpoint
ALTER TABLE "live_event" ADD CONSTRAINT "live_event_game_id_live_game_id_fk" FOREIGN KEY ("game_id") REFERENCES "public"."live_game"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_game" ADD CONSTRAINT "live_game_contest_id_contest_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contest"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_game" ADD CONSTRAINT "live_game_round_id_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_game" ADD CONSTRAINT "live_game_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_player" ADD CONSTRAINT "live_player_game_id_live_game_id_fk" FOREIGN KEY ("game_id") REFERENCES "public"."live_game"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_player" ADD CONSTRAINT "live_player_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_player" ADD CONSTRAINT "live_player_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_player" ADD CONSTRAINT "live_player_attempt_id_attempt_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."attempt"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "live_game_active_pin_key" ON "live_game" USING btree ("pin") WHERE "live_game"."status" <> 'ended';--> statement-breakpoint
CREATE UNIQUE INDEX "live_player_token_key" ON "live_player" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "live_player_game_user_key" ON "live_player" USING btree ("game_id","user_id");