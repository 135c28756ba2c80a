ALTER TABLE "attempt" ADD COLUMN "focus_losses" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "round" ADD COLUMN "one_question_per_screen" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "round" ADD COLUMN "track_focus" boolean DEFAULT false NOT NULL;