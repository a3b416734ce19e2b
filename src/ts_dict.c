/*
 * ts_dict.c - the dictionary templates of speech_zh (speech_han_init,
 * speech_han_lexize, speech_fold_init, speech_fold_lexize).
 *
 * speech_han (Han words, characters, Chinese numerals, dates): drops stop
 * words, folds full-width forms, and returns the word together with every
 * lexicon word that starts in it, also those running past its end into the
 * next tokens, all at the token's position:
 *     中华人民共和国 -> 中华人民共和国, 中华, 华人, 人民, 共和国, 共和, ...
 *     二〇〇一年     -> 二〇〇一年, 2001年, 2001
 * Every occurrence of a lexicon word in a text is thus indexed (at the
 * token where it starts), however the text around it was cut, so a query
 * for 人民 finds 中华人民共和国 and a query for a word never misses a text
 * that contains it.  The lexemes of one token form one variant, so in a
 * tsquery they are AND-ed (a query for the whole word asks for the word and
 * its parts, which come with it in every text); for a single character the
 * words over it are alternatives (OR), so a query cut differently from the
 * text still finds it.  Phrase queries keep their positions: the parser's
 * tokens are unchanged.
 *
 * speech_fold (a filter before english_stem or simple): full-width letters
 * and digits to ASCII, and lower case, so ＧＤＰ and ２０２３ are found by
 * GDP and 2023.
 */
#include "postgres.h"

#include "catalog/pg_collation.h"
#include "commands/defrem.h"
#include "miscadmin.h"
#include "storage/fd.h"
#include "mb/pg_wchar.h"
#include "tsearch/ts_public.h"
#include "utils/builtins.h"
#include "utils/formatting.h"

#include "sp_chars.h"
#include "sp_hash.h"
#include "sp_numeral.h"
#include "sp_render.h"
#include "sp_utf8.h"
#include "spg_env.h"
#include "spg_text.h"
#include "spg_ts.h"

typedef struct HanDict
{
	StopList	stop;
	size_t		stop_maxlen;	/* the longest stop word, in bytes */
	/* the stop words by hash, for set_add (NULL slots: no stop words) */
	SpHash		stop_hash;
	size_t	   *stop_len;		/* strlen of each stop word */
	/* a bit per (length, last byte) of the stop words: most lexemes need no hash */
	uint64		stop_bits[16];
	bool		subwords;
} HanDict;

/*
 * The lexemes of one token, collected before they are laid out as variants:
 *   core   the word itself (for a numeral, its Arabic spelling)
 *   cross  words starting in the token and running past its end
 *   extra  words inside the token, other spellings of a numeral
 */
typedef enum LexKind
{
	LX_CORE,
	LX_CROSS,
	LX_EXTRA
} LexKind;

typedef struct LexemeSet
{
	char	  **lex;
	int		   *len;			/* strlen of each lexeme */
	uint8	   *kind;
	int			n;
	int			cap;
	/*
	 * past a few lexemes, an index of them by hash: a whole text given to
	 * ts_lexize has millions of words in it, and comparing each with all
	 * before it took 48 s for 10 MB
	 */
	SpHash		index;
	HanDict    *dict;
	bool		borrow;			/* keep pointers into the text: no copy of each lexeme */
	const char *utf8;			/* the text the spans of add_word point into */
	size_t		tok_end;		/* the token's end in utf8 */
	/* the first lexemes, without an allocation (nearly every token) */
	char	   *lex0[16];
	int			len0[16];
	uint8		kind0[16];
} LexemeSet;

static char *
lowercase_word(const char *s)
{
	return str_tolower(s, strlen(s), DEFAULT_COLLATION_OID);
}

/* strcmp for qsort over an array of C strings */
static int
cstring_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/*
 * readstoplist() for a database encoding that may not hold every stop word:
 * the stop-word file (UTF-8, one word a line, in tsearch_data) read into
 * stop, each word converted to the database encoding and lower-cased,
 * sorted, without repeats.  A word the encoding cannot hold is left out: no
 * text of the database can contain it (PostgreSQL's readstoplist() would
 * refuse the whole file, and with it CREATE EXTENSION, in LATIN1).
 */
static void
read_stop_words(const char *name, StopList *stop)
{
	char	   *path = get_tsearch_config_filename(name, "stop");
	FILE	   *f = AllocateFile(path, "r");
	char		line[1024];
	int			cap = 64,
				n = 0;
	char	  **words;

	if (f == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_CONFIG_FILE_ERROR),
				 errmsg("could not open stop-word file \"%s\": %m", path)));
	words = palloc(sizeof(char *) * cap);
	while (fgets(line, sizeof(line), f) != NULL)
	{
		size_t		len = strlen(line);
		SpgText		w;

		CHECK_FOR_INTERRUPTS();
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r' ||
						   line[len - 1] == ' ' || line[len - 1] == '\t'))
			line[--len] = '\0';
		if (len == 0 || !pg_verify_mbstr(PG_UTF8, line, (int) len, true) || !spg_holds(line))
			continue;
		w = spg_from_utf8(line, len);
		if (n == cap)
		{
			cap *= 2;
			words = repalloc(words, sizeof(char *) * cap);
		}
		words[n++] = lowercase_word(pnstrdup(w.s, w.len));
	}
	FreeFile(f);
	qsort(words, (size_t) n, sizeof(char *), cstring_cmp);
	stop->len = 0;
	for (int i = 0; i < n; i++)
		if (stop->len == 0 || strcmp(words[stop->len - 1], words[i]) != 0)
			words[stop->len++] = words[i];
	stop->stop = words;
}

/*
 * The UTF-8 bytes of a token given in the database encoding; a token not
 * from speech_parser (ts_lexize) in SQL_ASCII gets the error the parser
 * gives, not a complaint about its bytes.
 */
static SpgText
token_utf8(const char *in, int len)
{
	spg_check_encoding();
	spg_ts_check_length((size_t) len, "token");
	return spg_to_utf8(in, (size_t) len);
}

/* the bit of a word of len > 0 bytes in stop_bits */
static inline uint32
stop_key(const char *w, size_t len)
{
	return ((uint32) (unsigned char) w[len - 1] + (uint32) len * 61) & 1023;
}

/* stop word i, as an sp_hash key */
static const char *
stop_key_at(const void *arg, uint32_t i, size_t *len)
{
	const HanDict *d = arg;

	*len = d->stop_len[i];
	return d->stop.stop[i];
}

/* index the stop words by hash (every lexeme of every token is looked up) */
static void
stop_index(HanDict *d)
{
	SpHashKeys	keys = {stop_key_at, d, false};

	d->stop_len = palloc(sizeof(size_t) * (d->stop.len + 1));
	for (int i = 0; i < d->stop.len; i++)
	{
		const char *w = d->stop.stop[i];

		d->stop_len[i] = strlen(w);
		d->stop_maxlen = Max(d->stop_maxlen, d->stop_len[i]);
		if (d->stop_len[i] > 0)
		{
			uint32		b = stop_key(w, d->stop_len[i]);

			d->stop_bits[b >> 6] |= UINT64CONST(1) << (b & 63);
		}
	}
	/* readstoplist() sorts the words and drops repeats: the keys differ */
	sp_hash_grow(spg_env(), &d->stop_hash, &keys, (size_t) d->stop.len, (size_t) d->stop.len);
}

static bool
is_stop_word(const HanDict *d, const char *w, size_t len)
{
	SpHashKeys	keys = {stop_key_at, d, false};
	uint32		h;

	if (d->stop_hash.slot == NULL || len > d->stop_maxlen || len == 0)
		return false;
	h = stop_key(w, len);
	if (!((d->stop_bits[h >> 6] >> (h & 63)) & 1))
		return false;
	return sp_hash_find(&d->stop_hash, &keys, w, len) != SP_HASH_ABSENT;
}

/* lexeme i of a set, as an sp_hash key */
static const char *
lexeme_key_at(const void *arg, uint32_t i, size_t *len)
{
	const LexemeSet *s = arg;

	*len = (size_t) s->len[i];
	return s->lex[i];
}

/* add a UTF-8 lexeme (converted to the database encoding) unless present or a stop word */
static void
set_add(LexemeSet *s, const char *utf8, size_t len, LexKind kind)
{
	const char *w = utf8;
	char	   *lex;
	SpHashKeys	keys = {lexeme_key_at, s, false};

	if (GetDatabaseEncoding() != PG_UTF8)
	{
		SpgText		conv = spg_from_utf8(utf8, len);

		w = conv.s;
		len = conv.len;
	}
	if (is_stop_word(s->dict, w, len))
		return;
	if (s->index.slot == NULL)
	{
		for (int i = 0; i < s->n; i++)
			if ((size_t) s->len[i] == len && memcmp(s->lex[i], w, len) == 0)
				return;
	}
	else
	{
		CHECK_FOR_INTERRUPTS();
		if (sp_hash_find(&s->index, &keys, w, len) != SP_HASH_ABSENT)
			return;
	}
	if (w == utf8 && !s->borrow)
	{
		/* a copy of its own (PostgreSQL frees each lexeme); no NUL inside */
		lex = palloc(len + 1);
		memcpy(lex, w, len);
		lex[len] = '\0';
	}
	else
		lex = (char *) w;
	if (s->n == s->cap)
	{
		s->cap *= 2;
		if (s->lex == s->lex0)
		{
			s->lex = memcpy(palloc(sizeof(char *) * s->cap), s->lex0, sizeof(s->lex0));
			s->len = memcpy(palloc(sizeof(int) * s->cap), s->len0, sizeof(s->len0));
			s->kind = memcpy(palloc(s->cap), s->kind0, sizeof(s->kind0));
		}
		else
		{
			s->lex = repalloc_huge(s->lex, sizeof(char *) * s->cap);
			s->len = repalloc_huge(s->len, sizeof(int) * s->cap);
			s->kind = repalloc_huge(s->kind, s->cap);
		}
	}
	s->lex[s->n] = lex;
	s->len[s->n] = (int) len;
	s->kind[s->n] = (uint8) kind;
	s->n++;
	/* the index: built at 32 lexemes, with room for twice the set */
	if (s->index.slot != NULL)
		sp_hash_insert(&s->index, &keys, lex, len, (uint32_t) (s->n - 1));
	if (s->n >= 32 && sp_hash_full(&s->index, (size_t) s->n))
		sp_hash_grow(spg_env(), &s->index, &keys, (size_t) s->n, 2 * (size_t) s->n);
}

static void
add_word(void *arg, size_t start, size_t end)
{
	LexemeSet  *s = arg;

	set_add(s, s->utf8 + start, end - start, end > s->tok_end ? LX_CROSS : LX_EXTRA);
}

/*
 * Lay the lexemes out as variants (in a tsquery, lexemes of one variant are
 * AND-ed, variants OR-ed; in a tsvector all of them sit at the token's
 * position).
 *   A word:  (core & cross) | (core & cross & extra).  A query asks for the
 *            word and for the words that run on into the rest of the query
 *            (a query for 实现目标, cut 实现|目标, asks for 实现目标 too);
 *            the words inside it only come as an alternative that asks for
 *            more, so they change no match, and ts_rank, which finds no
 *            distance between lexemes at one position, still ranks the word.
 *   A single character or a stop word: core | w1 | w2 ..., each word over
 *            it an alternative, so a query cut differently from the text
 *            still finds it.
 */
static TSLexeme *
set_lexemes(const LexemeSet *s, bool alternatives)
{
	TSLexeme   *res = palloc_extended(sizeof(TSLexeme) * (2 * (size_t) s->n + 1), MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	int			o = 0,
				nextra = 0;
	uint16		variant = 1;

	for (int pass = 0; pass < 2; pass++)
	{
		for (int i = 0; i < s->n; i++)
		{
			if (alternatives)
			{
				if (pass == 1)
					break;
				res[o].lexeme = s->lex[i];
				res[o].nvariant = variant;
				o++;
				if (s->kind[i] != LX_CORE || i + 1 == s->n || s->kind[i + 1] != LX_CORE)
					variant++;
				continue;
			}
			if (s->kind[i] == LX_EXTRA)
				nextra++;
			if (s->kind[i] == LX_EXTRA && pass == 0)
				continue;
			/* every lexeme its own string: the caller frees each */
			if (s->kind[i] != LX_EXTRA && pass == 1)
			{
				res[o].lexeme = palloc(s->len[i] + 1);
				memcpy(res[o].lexeme, s->lex[i], s->len[i] + 1);
			}
			else
				res[o].lexeme = s->lex[i];
			res[o].nvariant = variant;
			o++;
		}
		if (alternatives || nextra == 0 || o == 0)
			break;
		variant++;
	}
	res[o].lexeme = NULL;
	return res;
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
			read_stop_words(defGetString(def), &d->stop);
			stop_index(d);
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

/* the words of a token seen alone (no parser context): cut it and take its chunks' words */
static void
token_words(LexemeSet *s, const char *text, size_t len)
{
	SpSegOptions opt;
	SpSegState	st;
	SpToken		tok;

	spg_seg_options(&opt);
	sp_seg_begin(&st, &opt, text, len);
	while (sp_seg_next(spg_env(), &st, &tok))
		if (tok.ci == 0 && tok.cj > 0)	/* the first token of a Han chunk */
			sp_seg_words(&st, 0, (uint32_t) st.cps.n, false, add_word, s);
	sp_seg_end(spg_env(), &st);
}

/*
 * The lexemes of token (in, len) into *s, and whether they are
 * alternatives (see set_lexemes); borrow: lexemes may point into the text.
 */
static bool
han_lexeme_set(HanDict *d, const char *in, int32 len, bool borrow, LexemeSet *s)
{
	const SpgTokenContext *ctx = spg_token_context(in, len);
	const char *text,
			   *folded;
	size_t		tlen,
				flen;
	bool		changed,
				single;
	char		arabic[64];
	size_t		numlen,
				alen;

	/* the token's UTF-8 bytes: in the parser's text when it says which token this is */
	if (ctx != NULL)
	{
		text = ctx->seg->s + ctx->utok.start;
		tlen = ctx->utok.end - ctx->utok.start;
		single = ctx->utok.cj - ctx->utok.ci == 1;
	}
	else
	{
		SpgText		t = token_utf8(in, len);

		text = t.s;
		tlen = t.len;
		single = tlen > 0 && sp_u8_count(text, tlen) == 1;
	}
	folded = sp_render_fold_width(spg_env(), text, tlen, &flen, &changed);
	alen = d->subwords ? sp_arabic_numeral(folded, flen, arabic, &numlen) : 0;

	s->cap = lengthof(s->lex0);
	s->n = 0;
	s->lex = s->lex0;
	s->len = s->len0;
	s->kind = s->kind0;
	s->index.slot = NULL;
	s->index.mask = 0;
	s->dict = d;
	/* the Arabic spelling lives in arabic[], on this stack: copied */
	s->borrow = false;

	/* the core: the word, or the Arabic spelling of a numeral (二〇〇一年 -> 2001年) */
	if (alen > 0)
		set_add(s, arabic, alen, LX_CORE);
	else
	{
		s->borrow = borrow;
		set_add(s, folded, flen, LX_CORE);
	}
	if (s->n == 0)
		single = true;			/* a stop word: whatever remains is alternatives */
	if (d->subwords)
	{
		/* other spellings of a numeral: 2001, 二〇〇一年, 二〇〇一 */
		if (alen > 0)
		{
			if (numlen < alen)
				set_add(s, arabic, numlen, LX_EXTRA);
			s->borrow = borrow;
			set_add(s, folded, flen, LX_EXTRA);
			if (numlen < alen)
				set_add(s, folded, flen - (alen - numlen), LX_EXTRA);
		}
		s->borrow = borrow;
		/* the words starting in the token (also across its end), or over a single character */
		if (ctx != NULL && ctx->utok.cj > ctx->utok.ci)
		{
			s->utf8 = ctx->seg->s;
			s->tok_end = ctx->utok.end;
			sp_seg_words(ctx->seg, ctx->utok.ci, ctx->utok.cj, single, add_word, s);
		}
		else if (ctx == NULL)
		{
			s->utf8 = text;
			s->tok_end = tlen;
			token_words(s, text, tlen);
		}
	}
	return single;
}

Datum
speech_han_lexize(PG_FUNCTION_ARGS)
{
	LexemeSet	s;
	bool		single = han_lexeme_set((HanDict *) PG_GETARG_POINTER(0),
										(char *) PG_GETARG_POINTER(1),
										PG_GETARG_INT32(2), false, &s);

	/* a stop word with nothing around it: recognised, no lexeme */
	PG_RETURN_POINTER(set_lexemes(&s, single));
}

void
spg_han_lexemes(void *dict_data, const char *in, int len,
				void (*emit) (void *arg, const char *lex, size_t len), void *arg)
{
	LexemeSet	s;

	(void) han_lexeme_set((HanDict *) dict_data, in, len, true, &s);
	for (int i = 0; i < s.n; i++)
		emit(arg, s.lex[i], (size_t) s.len[i]);
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

/*
 * A percentage or permille in ASCII digits (6.9%, 1,200.5‰; full-width forms
 * once folded): the length of its number, else 0.  Such a token is indexed
 * as itself and as its number, so that 6.9 finds 增长6.9% as 6.9% does.
 */
static size_t
percent_number(const char *s, size_t len)
{
	size_t		n;

	if (len >= 2 && s[len - 1] == '%')
		n = len - 1;
	else if (len >= 4 && memcmp(s + len - 3, "\xE2\x80\xB0", 3) == 0)
		n = len - 3;
	else
		return 0;
	if (!(s[0] >= '0' && s[0] <= '9') || !(s[n - 1] >= '0' && s[n - 1] <= '9'))
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || s[i] == '.' || s[i] == ','))
			return 0;
	return n;
}

/* the lexemes of a percentage: itself and its number, one variant (AND-ed in a query) */
static TSLexeme *
number_lexemes(char *whole, const char *num, size_t numlen)
{
	TSLexeme   *res = palloc0(sizeof(TSLexeme) * 3);

	res[0].lexeme = whole;
	res[1].lexeme = pnstrdup(num, numlen);
	return res;
}

Datum
speech_fold_lexize(PG_FUNCTION_ARGS)
{
	char	   *in = (char *) PG_GETARG_POINTER(1);
	int32		len = PG_GETARG_INT32(2);
	char	   *lower;
	const char *folded;
	size_t		flen;
	bool		changed,
				ascii = true,
				upper = false;
	size_t		numlen,
				ulen = 0;
	const char *uspan = NULL;
	const SpgTokenContext *ctx;
	TSLexeme   *res;

	/*
	 * From speech_parser, the token as the tokenizer read it: folded to
	 * Simplified (1.6億 -> 1.6亿), in UTF-8
	 */
	ctx = spg_token_context(in, len);
	if (ctx != NULL)
	{
		uspan = ctx->seg->s + ctx->utok.start;
		ulen = ctx->utok.end - ctx->utok.start;
		if (ulen != (size_t) len || memcmp(uspan, in, ulen) != 0)
			ascii = false;		/* another script or another encoding: the general path */
		else
			uspan = NULL;
	}
	for (int i = 0; i < len && ascii; i++)
	{
		ascii &= !IS_HIGHBIT_SET(in[i]);
		upper |= in[i] >= 'A' && in[i] <= 'Z';
	}
	if (ascii)
	{
		/* the common case, without a collation-aware lower() */
		if ((numlen = percent_number(in, (size_t) len)) > 0)
			PG_RETURN_POINTER(number_lexemes(pnstrdup(in, len), in, numlen));
		if (!upper)
			PG_RETURN_POINTER(NULL);	/* nothing to fold: the next dictionary sees the token */
		lower = pnstrdup(in, len);
		for (int i = 0; i < len; i++)
			lower[i] = pg_ascii_tolower((unsigned char) lower[i]);
	}
	else
	{
		SpgText		utf8,
					server;

		if (uspan != NULL)
		{
			utf8.s = uspan;
			utf8.len = ulen;
		}
		else
			utf8 = token_utf8(in, len);
		folded = sp_render_fold_width(spg_env(), utf8.s, utf8.len, &flen, &changed);
		server = spg_from_utf8(folded, flen);
		lower = str_tolower(server.s, server.len, DEFAULT_COLLATION_OID);
		/* the number of a percentage is ASCII once folded: the same bytes in the server encoding */
		if ((numlen = percent_number(folded, flen)) > 0)
			PG_RETURN_POINTER(number_lexemes(lower, folded, numlen));
		/* nothing to fold: the next dictionary sees the token as it is */
		if (strlen(lower) == (size_t) len && memcmp(lower, in, (size_t) len) == 0)
			PG_RETURN_POINTER(NULL);
	}
	res = palloc0(sizeof(TSLexeme) * 2);
	res[0].lexeme = lower;
	res[0].flags = TSL_FILTER;
	PG_RETURN_POINTER(res);
}
