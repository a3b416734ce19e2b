/*
 * ts_parser.c - the text-search parser speech_parser.
 *
 * The tokens partition the text (see sp_segment.h): white space and
 * punctuation come back as tokens too, so ts_headline rebuilds the text
 * exactly.  Token ids avoid the ids the default parser's headline function
 * treats specially (URL, compound words and their parts, tags), and blank
 * is 12 as there, so prsd_headline does the headline; punctuation is shown
 * to it as blank.
 */
#include "postgres.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "tsearch/ts_public.h"
#include "utils/builtins.h"

#include "sp_utf8.h"
#include "spg_env.h"
#include "spg_fold.h"
#include "spg_text.h"
#include "spg_ts.h"

#define BLANK_ID 12

static const struct
{
	int			id;
	const char *alias;
	const char *descr;
}			token_types[SP_TOK__COUNT] =
{
	[SP_TOK_LATIN] = {1, "latin", "Word of letters (Latin, full-width or another alphabet)"},
	[SP_TOK_HANWORD] = {2, "hanword", "Han word of two or more characters"},
	[SP_TOK_ALNUM] = {3, "alnum", "Letters mixed with digits (5G, MP3)"},
	[SP_TOK_HANCHAR] = {4, "hanchar", "Single Han character"},
	[SP_TOK_NUMBER] = {6, "number", "Number in digits, with decimals, %, 万 or 亿"},
	[SP_TOK_HANNUM] = {9, "hannum", "Number in Chinese numerals"},
	[SP_TOK_DATE] = {10, "date", "Number with a date or time unit (1998年, 十二月)"},
	[SP_TOK_SYMBOL] = {11, "symbol", "Symbol or emoji"},
	[SP_TOK_BLANK] = {BLANK_ID, "blank", "Space and control characters"},
	[SP_TOK_PUNCT] = {18, "punct", "Punctuation"},
};

const char *
spg_token_alias(SpTokType type)
{
	return token_types[type].alias;
}

struct SpgTokenizer
{
	SpgTokenContext ctx;		/* the current token, for speech_han */
	MemoryContextCallback reset;	/* forgets ctx if the parse is abandoned */
	SpSegOptions opt;
	SpSegState	seg;
	const char *orig;			/* the text as given, in the database encoding */
	size_t		origpos;		/* where the next token starts in orig */
	const char *utf8;			/* the text as given, in UTF-8 */
	size_t		upos;			/* where the next token starts in utf8 */
	bool		converted;		/* utf8 is a copy of orig */
	SpFolded	fold;			/* what the tokenizer reads: utf8 folded to Simplified */
};
typedef struct SpgTokenizer ParserState;

/* the parser whose current token spg_token_context() reports */
static ParserState *current = NULL;

static void
forget_current(void *arg)
{
	if (current == arg)
		current = NULL;
}

const SpgTokenContext *
spg_token_context(const char *tok, int len)
{
	if (current != NULL && current->ctx.tok == tok && current->ctx.toklen == len)
		return &current->ctx;
	return NULL;
}

void
spg_ts_check_length(size_t len, const char *what)
{
	if (len > SPG_TS_MAX_BYTES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s is too long for speech text search (%zu bytes, max %zu bytes)",
						what, len, SPG_TS_MAX_BYTES),
				 errdetail("A tsvector holds at most 1 MB of lexemes and positions up to 16383."),
				 errhint("Index a long text by parts, for example one row per section or paragraph (speech_outline, speech_paragraphs).")));
}

PG_FUNCTION_INFO_V1(speech_prs_start);
PG_FUNCTION_INFO_V1(speech_prs_start_exact);
PG_FUNCTION_INFO_V1(speech_prs_gettoken);
PG_FUNCTION_INFO_V1(speech_prs_end);
PG_FUNCTION_INFO_V1(speech_prs_lextype);
PG_FUNCTION_INFO_V1(speech_prs_headline);

/*
 * speech_parser folds Traditional Chinese to Simplified before it cuts
 * (speech_zh); speech_parser_exact cuts the text as it is (speech_zh_exact).
 * Either way the tokens handed back are spans of the text as given, so
 * ts_headline shows the original characters, while speech_han makes its
 * lexemes from the tokenizer's text, Simplified.
 */
SpgTokenizer *
spg_tokenizer_begin(const char *buf, size_t len, bool fold)
{
	ParserState *ps = palloc0(sizeof(ParserState));
	size_t		ulen = len;
	SpgText		utf8;

	spg_check_encoding();
	spg_ts_check_length(ulen, "text");
	ps->orig = buf;
	utf8 = spg_to_utf8(buf, ulen);
	ps->utf8 = utf8.s;
	ps->converted = utf8.s != buf;
	ulen = utf8.len;
	if (fold)
		spg_fold_utf8(ps->utf8, ulen, &ps->fold);
	else
	{
		ps->fold.s = ps->utf8;
		ps->fold.len = ulen;
	}
	spg_seg_options(&ps->opt);
	sp_seg_begin(&ps->seg, &ps->opt, ps->fold.s, ps->fold.len);
	ps->reset.func = forget_current;
	ps->reset.arg = ps;
	MemoryContextRegisterResetCallback(CurrentMemoryContext, &ps->reset);
	return ps;
}

int
spg_tokenizer_next(SpgTokenizer *ps, char **t, int *tlen, size_t *ustart)
{
	SpToken		tok;
	size_t		start = ps->origpos,
				uend;

	if (!sp_seg_next(spg_env(), &ps->seg, &tok))
		return 0;
	*ustart = ps->upos;
	/* the token's end in the text as given: back from the folded text, then to the database encoding */
	uend = sp_fold_orig(&ps->fold, tok.end);
	if (ps->converted)
	{
		/* one character of the original per character of the UTF-8 copy */
		int			step;

		for (size_t i = ps->upos; i < uend; i += (size_t) step)
		{
			(void) sp_u8_decode(ps->utf8, uend, i, &step);
			ps->origpos += (size_t) pg_mblen(ps->orig + ps->origpos);
		}
	}
	else
		ps->origpos = uend;
	ps->upos = uend;
	*t = (char *) ps->orig + start;
	*tlen = (int) (ps->origpos - start);
	ps->ctx.tok = *t;
	ps->ctx.toklen = *tlen;
	ps->ctx.seg = &ps->seg;
	ps->ctx.utok = tok;
	current = ps;
	return token_types[tok.type].id;
}

void
spg_tokenizer_end(SpgTokenizer *ps)
{
	forget_current(ps);
	sp_seg_end(spg_env(), &ps->seg);
	sp_fold_free(spg_env(), &ps->fold);
	if (ps->converted)
		pfree((char *) ps->utf8);
	/* ps itself goes with its memory context, which holds the reset callback */
}

Datum
speech_prs_start(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(spg_tokenizer_begin((const char *) PG_GETARG_POINTER(0),
										  (size_t) PG_GETARG_INT32(1), true));
}

Datum
speech_prs_start_exact(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(spg_tokenizer_begin((const char *) PG_GETARG_POINTER(0),
										  (size_t) PG_GETARG_INT32(1), false));
}

Datum
speech_prs_gettoken(PG_FUNCTION_ARGS)
{
	size_t		ustart;

	PG_RETURN_INT32(spg_tokenizer_next((ParserState *) PG_GETARG_POINTER(0),
									   (char **) PG_GETARG_POINTER(1),
									   (int *) PG_GETARG_POINTER(2), &ustart));
}

Datum
speech_prs_end(PG_FUNCTION_ARGS)
{
	spg_tokenizer_end((ParserState *) PG_GETARG_POINTER(0));
	PG_RETURN_VOID();
}

Datum
speech_prs_lextype(PG_FUNCTION_ARGS)
{
	LexDescr   *descr = palloc0(sizeof(LexDescr) * SP_TOK__COUNT);
	int			n = 0;

	(void) fcinfo;
	for (int t = 1; t < SP_TOK__COUNT; t++)
	{
		descr[n].lexid = token_types[t].id;
		descr[n].alias = pstrdup(spg_message(token_types[t].alias));
		descr[n].descr = pstrdup(spg_message(token_types[t].descr));
		n++;
	}
	descr[n].lexid = 0;
	PG_RETURN_POINTER(descr);
}

/* prsd_headline, with punctuation shown as blank so fragments break there */
Datum
speech_prs_headline(PG_FUNCTION_ARGS)
{
	HeadlineParsedText *prs = (HeadlineParsedText *) PG_GETARG_POINTER(0);

	for (int i = 0; i < prs->curwords; i++)
		if (prs->words[i].type == token_types[SP_TOK_PUNCT].id)
			prs->words[i].type = BLANK_ID;
	return DirectFunctionCall3(prsd_headline, PG_GETARG_DATUM(0), PG_GETARG_DATUM(1),
							   PG_GETARG_DATUM(2));
}
