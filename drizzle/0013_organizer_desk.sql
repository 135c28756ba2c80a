CREATE TABLE "round_override" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "round_override_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"round_id" integer NOT NULL,
	"user_id" text,
	"unit_id" integer,
	"closes_at" timestamp with time zone,
	"extra_seconds" integer DEFAULT 0 NOT NULL,
	"reason" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "round_override_target" CHECK (("round_override"."user_id" IS NULL) <> ("round_override"."unit_id" IS NULL)),
	CONSTRAINT "round_override_extra" CHECK ("round_override"."extra_seconds" >= 0)
);
--> statement-breakpoint
ALTER TABLE "question" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "question" ADD COLUMN "search_words" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "contest" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "contest" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "round" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "round" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "round_override" ADD CONSTRAINT "round_override_round_id_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_override" ADD CONSTRAINT "round_override_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_override" ADD CONSTRAINT "round_override_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_override" ADD CONSTRAINT "round_override_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "round_override_user_key" ON "round_override" USING btree ("round_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "round_override_unit_key" ON "round_override" USING btree ("round_id","unit_id");--> statement-breakpoint
CREATE INDEX "question_search_words_idx" ON "question" USING gin ("search_words");--> statement-breakpoint
-- Word search: the folded stem, options and explanation of each question's current version, as
-- `searchableText` in src/lib/bank/word-search.ts writes them for new saves.
UPDATE "question" q SET "search_text" = lower(f_unaccent(
	btrim(regexp_replace(v."stem", '\s+', ' ', 'g')) || E'\n' ||
	btrim(regexp_replace(concat_ws(' ',
		(SELECT string_agg(x, ' ') FROM jsonb_array_elements_text(coalesce(v."display"->'options', v."display"->'items', '[]'::jsonb)) x),
		(SELECT string_agg(r->>'criterion', ' ') FROM jsonb_array_elements(coalesce(v."display"->'rubric', '[]'::jsonb)) r),
		(SELECT string_agg(x, ' ') FROM jsonb_array_elements_text(coalesce(v."answer"->'accepted', '[]'::jsonb)) x)
	), '\s+', ' ', 'g')) || E'\n' ||
	btrim(regexp_replace(v."explanation", '\s+', ' ', 'g'))
))
FROM "question_version" v WHERE v."question_id" = q."id" AND v."version" = q."version";
--> statement-breakpoint
-- Its words: the runs of letters and digits (`wordParts`).
UPDATE "question" SET "search_words" = ARRAY(
	SELECT DISTINCT w FROM regexp_split_to_table("search_text", '[^[:alnum:]]+') w WHERE w <> ''
);
