CREATE TABLE "live_host_lease" (
	"game_id" integer PRIMARY KEY NOT NULL,
	"node" text NOT NULL,
	"until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "live_host_lease" ADD CONSTRAINT "live_host_lease_game_id_live_game_id_fk" FOREIGN KEY ("game_id") REFERENCES "public"."live_game"("id") ON DELETE cascade ON UPDATE no action;