ALTER TABLE "question" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "question_search_trgm" ON "question" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
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
