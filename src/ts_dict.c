/*
 * ts_dict.c - the dictionary templates of speech_zh.
 *
 * speech_han (Han words, characters, Chinese numerals, dates): drops stop
 * words, folds full-width forms, and returns the word together with its
 * sub-words at the same position:
 *     中华人民共和国 -> 中华人民共和国, 中华, 人民, 共和国, 共和, ...
 *     二〇〇一年     -> 二〇〇一年, 2001年, 2001
 * All lexemes of one token form one variant, so in a tsquery they are
 * AND-ed: a query for the whole word asks for the word (its sub-words come
 * with it in every document), a query for 人民 finds the longer word, and
 * phrase queries keep their positions because the parser's tokens are
 * unchanged.
 *
 * speech_fold (a filter before english_stem or simple): full-width letters
 * and digits to ASCII, so ＧＤＰ and ２０２３ are found by GDP and 2023.
 */
#include "ts_common.h"

#include "commands/defrem.h"
#include "mb/pg_wchar.h"
#include "tsearch/ts_public.h"
#include "tsearch/ts_locale.h"
#include "utils/builtins.h"
#include "catalog/pg_collation.h"
#include "utils/formatting.h"

typedef struct HanDict
{
	StopList	stop;
	bool		subwords;
} HanDict;

/* a lexeme list under construction */
typedef struct LexemeList
{
	TSLexeme   *items;
	int			n;
	int			cap;
	HanDict    *dict;
	const char *utf8;			/* the folded token the spans point into */
} LexemeList;

static char *
lowercase_word(const char *s)
{
	return str_tolower(s, strlen(s), DEFAULT_COLLATION_OID);
}

/* full-width ASCII forms to ASCII; returns a palloc'd UTF-8 string */
static char *
fold_width(const char *s, size_t len, size_t *outlen, bool *changed)
{
	char	   *out = palloc(len + 1);
	size_t		o = 0;
	int			step;

	*changed = false;
	for (size_t i = 0; i < len; i += (size_t) step)
	{
		uint32_t	cp = sp_u8_decode(s, len, i, &step);
		uint32_t	f = sp_fold_width(cp);

		if (f != cp && f != ' ')
		{
			o += (size_t) sp_u8_encode(f, out + o);
			*changed = true;
		}
		else
		{
			memcpy(out + o, s + i, (size_t) step);
			o += (size_t) step;
		}
	}
	out[o] = '\0';
	*outlen = o;
	return out;
}

/* the UTF-8 bytes of a token given in the database encoding (NUL-terminated) */
static char *
token_utf8(const char *in, int len)
{
	char	   *copy = pnstrdup(in, len);

	return pg_server_to_any(copy, len, PG_UTF8);
}

/* add a UTF-8 lexeme (converted to the database encoding) unless present or a stop word */
static void
add_lexeme(LexemeList *l, const char *utf8, size_t len, bool first)
{
	char	   *lex = pnstrdup(utf8, len);

	lex = pg_any_to_server(lex, (int) len, PG_UTF8);
	if (!first)
	{
		if (searchstoplist(&l->dict->stop, lex))
			return;
		for (int i = 0; i < l->n; i++)
			if (strcmp(l->items[i].lexeme, lex) == 0)
				return;
	}
	if (l->n + 1 >= l->cap)
	{
		l->cap *= 2;
		l->items = repalloc(l->items, sizeof(TSLexeme) * l->cap);
	}
	l->items[l->n].lexeme = lex;
	l->items[l->n].nvariant = 1;
	l->items[l->n].flags = 0;
	l->n++;
	l->items[l->n].lexeme = NULL;
}

static void
add_subword(void *arg, size_t start, size_t end)
{
	LexemeList *l = arg;

	add_lexeme(l, l->utf8 + start, end - start, false);
}

PG_FUNCTION_INFO_V1(speech_han_init);
PG_FUNCTION_INFO_V1(speech_han_lexize);
PG_FUNCTION_INFO_V1(speech_fold_init);
PG_FUNCTION_INFO_V1(speech_fold_lexize);

Datum
speech_han_init(PG_FUNCTION_ARGS)
{
	List	   *options = (List *) PG_GETARG_POINTER(0);
	HanDict    *d = palloc0(sizeof(HanDict));
	bool		stop_seen = false;
	ListCell   *lc;

	d->subwords = true;
	foreach(lc, options)
	{
		DefElem    *def = (DefElem *) lfirst(lc);

		if (strcmp(def->defname, "stopwords") == 0)
		{
			if (stop_seen)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("multiple StopWords parameters")));
			readstoplist(defGetString(def), &d->stop, lowercase_word);
			stop_seen = true;
		}
		else if (strcmp(def->defname, "subwords") == 0)
			d->subwords = defGetBoolean(def);
		else
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unrecognized speech_han parameter: \"%s\"", def->defname),
					 errhint("The parameters are StopWords (a file in tsearch_data) and SubWords (boolean).")));
	}
	PG_RETURN_POINTER(d);
}

Datum
speech_han_lexize(PG_FUNCTION_ARGS)
{
	HanDict    *d = (HanDict *) PG_GETARG_POINTER(0);
	char	   *in = (char *) PG_GETARG_POINTER(1);
	int32		len = PG_GETARG_INT32(2);
	LexemeList	l;
	char	   *utf8,
			   *folded;
	size_t		flen;
	bool		changed;
	char		arabic[64];
	size_t		alen,
				numlen;

	utf8 = token_utf8(in, len);
	folded = fold_width(utf8, strlen(utf8), &flen, &changed);

	l.cap = 8;
	l.n = 0;
	l.items = palloc0(sizeof(TSLexeme) * l.cap);
	l.dict = d;
	l.utf8 = folded;
	add_lexeme(&l, folded, flen, true);
	if (searchstoplist(&d->stop, l.items[0].lexeme))
	{
		l.items[0].lexeme = NULL;	/* a stop word: recognised, no lexeme */
		PG_RETURN_POINTER(l.items);
	}
	if (d->subwords)
	{
		SpSegOptions opt;

		speech_seg_options(&opt);
		alen = sp_arabic_numeral(folded, flen, arabic, &numlen);
		if (alen > 0)
		{
			if (alen != flen || memcmp(arabic, folded, flen) != 0)
				add_lexeme(&l, arabic, alen, false);
			if (numlen < alen)
				add_lexeme(&l, arabic, numlen, false);
		}
		else if (flen > 6)		/* three characters or more */
			sp_subwords(&opt, folded, flen, add_subword, &l);
	}
	PG_RETURN_POINTER(l.items);
}

Datum
speech_fold_init(PG_FUNCTION_ARGS)
{
	List	   *options = (List *) PG_GETARG_POINTER(0);

	if (list_length(options) > 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("speech_fold takes no parameters")));
	PG_RETURN_POINTER(NULL);
}

Datum
speech_fold_lexize(PG_FUNCTION_ARGS)
{
	char	   *in = (char *) PG_GETARG_POINTER(1);
	int32		len = PG_GETARG_INT32(2);
	char	   *utf8 = token_utf8(in, len),
			   *folded;
	size_t		flen;
	bool		changed;
	TSLexeme   *res;

	folded = fold_width(utf8, strlen(utf8), &flen, &changed);
	if (!changed)
		PG_RETURN_POINTER(NULL);	/* nothing to fold: the next dictionary sees the token */
	res = palloc0(sizeof(TSLexeme) * 2);
	res[0].lexeme = pg_any_to_server(folded, (int) flen, PG_UTF8);
	res[0].flags = TSL_FILTER;
	PG_RETURN_POINTER(res);
}
