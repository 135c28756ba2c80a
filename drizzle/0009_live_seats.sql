CREATE TABLE "live_seat_member" (
	"game_id" integer NOT NULL,
	"user_id" text NOT NULL,
	"player_id" text NOT NULL,
	"token_hash" text,
	CONSTRAINT "live_seat_member_game_id_user_id_pk" PRIMARY KEY("game_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "live_player" ALTER COLUMN "token_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "live_game" ADD COLUMN "assigned" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "live_seat_member" ADD CONSTRAINT "live_seat_member_game_id_live_game_id_fk" FOREIGN KEY ("game_id") REFERENCES "public"."live_game"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_seat_member" ADD CONSTRAINT "live_seat_member_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_seat_member" ADD CONSTRAINT "live_seat_member_player_id_live_player_id_fk" FOREIGN KEY ("player_id") REFERENCES "public"."live_player"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "live_seat_member_player_idx" ON "live_seat_member" USING btree ("player_id");--> statement-breakpoint
CREATE UNIQUE INDEX "live_seat_member_token_key" ON "live_seat_member" USING btree ("token_hash");