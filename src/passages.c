/*
 * passages.c - speech_passages(body, target_chars DEFAULT 1000) RETURNS TABLE
 * (id, section_id, path, pos, len, text): the text cut into passages of at
 * most target_chars characters that follow its structure, each with the
 * heading path of its section (src/core/sp_passage.c has the rules).
 */
#include "postgres.h"

#include "fmgr.h"

#include "sp_passage.h"
#include "spg_env.h"
#include "spg_rows.h"

PG_FUNCTION_INFO_V1(speech_passages);

Datum
speech_passages(PG_FUNCTION_ARGS)
{
	int32		target = PG_GETARG_INT32(1);
	const SpEnv *env;
	SpgRows		rows;
	SpgAnalysis a;
	SpPassages	ps;
	Datum	   *paths;
	bool	   *have_path;

	if (target < SP_PASSAGE_MIN_TARGET || target > SP_PASSAGE_MAX_TARGET)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("speech_passages target_chars must be between %d and %d, got %d",
						SP_PASSAGE_MIN_TARGET, SP_PASSAGE_MAX_TARGET, target),
				 errhint("target_chars is the largest passage in characters: 500 to 2000 suit "
						 "search and citation (a tsvector keeps positions up to 16383, about "
						 "20,000 Chinese characters) and most embedding models.")));

	spg_rows_begin_text(&rows, &a, fcinfo, "speech_passages", 6);
	env = spg_env();
	sp_passages(env, &a.doc, (size_t) target, &ps);
	/* a path per section, made once, on first use */
	paths = palloc0(sizeof(Datum) * (a.doc.sections.n + 1));
	have_path = palloc0(sizeof(bool) * (a.doc.sections.n + 1));
	for (size_t k = 0; k < ps.n; k++)
	{
		const SpPassage *p = &ps.items[k];
		SpgRow	   *r;

		if (p->section >= 0 && !have_path[p->section])
		{
			size_t		len;
			char	   *path = sp_passage_path(env, &a.doc, p->section, &len);

			paths[p->section] = spg_utf8_datum(path, len);
			have_path[p->section] = true;
			pfree(path);
		}
		r = spg_row_start(&rows);
		spg_row_int(r, (int64) k + 1);
		spg_row_id(r, p->section);
		if (p->section >= 0)
			spg_row_datum(r, paths[p->section]);
		else
			spg_row_null(r);
		spg_row_pos_len(r, &a, p->span);
		spg_row_span_text(r, &a, p->span, false);
		spg_row_put(&rows);
	}
	spg_rows_end_text(&rows, &a);
	return (Datum) 0;
}
