/*
 * spg_tsvector.c - a tsvector made from speech_parser's tokens in one pass,
 * without PostgreSQL's parse -> lexize -> sort pipeline (speech_tsvector).
 *
 * to_tsvector(cfg, text) calls the parser's gettoken through fmgr for
 * every token, queues each token, calls each dictionary through fmgr,
 * allocates every lexeme, and at the end sorts all (lexeme, position)
 * pairs of the text (ts_parse.c parsetext, to_tsany.c make_tsvector);
 * with speech_zh a quarter of the time went to that sort alone.  Here the
 * tokens come straight from the tokenizer, speech_han's lexemes straight
 * from its lexeme set (no TSLexeme array, no copy of each lexeme), and each
 * lexeme goes into a hash table the first time it is seen, its positions
 * into one array in text order; only the distinct lexemes are sorted.
 *
 * The result is the tsvector to_tsvector makes, position for position:
 *   - a token's position is counted when its dictionaries recognise it
 *     (stop words included), TSL_ADDPOS adds one, a position is at most
 *     16383 (LIMITPOS);
 *   - a token of 2048 bytes or more is skipped with PostgreSQL's NOTICE;
 *   - dictionaries other than speech_han are called as LexizeExec calls
 *     them (TSL_FILTER hands the lexeme on, NULL passes to the next one);
 *   - a lexeme keeps at most 255 positions, and none after 16383, as in
 *     uniqueWORD; the lexemes in tsCompareString order;
 * plus the weight that weight_at() gives each token.  A dictionary that asks
 * for the next token (a thesaurus) cannot be followed here: the build stops
 * and the caller uses the pipeline (spg_tsvector_build returns NULL).
 */
#include "postgres.h"

#include "miscadmin.h"
#include "tsearch/ts_cache.h"
#include "tsearch/ts_public.h"
#include "tsearch/ts_type.h"
#include "tsearch/ts_utils.h"

#include "sp_hash.h"
#include "spg_env.h"
#include "spg_ts.h"
#include "spg_tsvector.h"

/* uniqueWORD keeps MAXNUMPOS - 1 positions of a lexeme */
#define LEXEME_MAX_POS (MAXNUMPOS - 1)

typedef struct Lexeme
{
	uint32		off;			/* in the pool */
	uint32		len;
	uint32		npos;
	uint16		last;			/* the last position kept (LIMITPOS applied) */
} Lexeme;

typedef struct Occurrence
{
	uint32		lexeme;
	WordEntryPos pos;			/* position and weight */
} Occurrence;

typedef struct Builder
{
	SP_VEC(char) pool;
	SP_VEC(Lexeme) lex;
	SP_VEC(Occurrence) occ;
	SpHash		index;
	int			pos;			/* the current position, as parsetext counts it */
	int			weight;			/* the current token's (0 = D .. 3 = A) */
} Builder;

static const char *
lexeme_at(const void *arg, uint32_t i, size_t *len)
{
	const Builder *b = arg;

	*len = b->lex.items[i].len;
	return b->pool.items + b->lex.items[i].off;
}

static void
add_lexeme(void *arg, const char *w, size_t len)
{
	Builder    *b = arg;
	SpHashKeys	keys = {lexeme_at, b, false};
	uint32		i;
	uint16		p = (uint16) LIMITPOS(b->pos);
	Lexeme	   *x;

	if (len == 0)
		return;
	i = sp_hash_find(&b->index, &keys, w, len);
	if (i == SP_HASH_ABSENT)
	{
		Lexeme		n = {(uint32) b->pool.n, (uint32) len, 0, 0};

		if (b->pool.n + len > (size_t) MaxAllocHugeSize / 2)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("string is too long for tsvector")));
		sp_vec_reserve(spg_env(), &b->pool, b->pool.n + len);
		memcpy(b->pool.items + b->pool.n, w, len);
		b->pool.n += len;
		i = (uint32) b->lex.n;
		sp_vec_push(spg_env(), &b->lex, n);
		if (sp_hash_full(&b->index, b->lex.n))
			sp_hash_grow(spg_env(), &b->index, &keys, b->lex.n, 2 * b->lex.n);
		else
			(void) sp_hash_insert(&b->index, &keys, w, len, i);
	}
	x = &b->lex.items[i];
	/* uniqueWORD: a new position, below the limits */
	if (x->npos > 0 && (x->npos >= LEXEME_MAX_POS || x->last == MAXENTRYPOS - 1 || x->last == p))
		return;
	{
		Occurrence	o = {i, 0};

		WEP_SETPOS(o.pos, p);
		WEP_SETWEIGHT(o.pos, b->weight);
		sp_vec_push(spg_env(), &b->occ, o);
	}
	x->npos++;
	x->last = p;
}

/*
 * A distinct lexeme to sort: its first 8 bytes big-endian (0-padded; a
 * lexeme holds no NUL), so most comparisons are one integer comparison.
 */
typedef struct SortItem
{
	uint64		prefix;
	uint32		lexeme;
} SortItem;

static uint64
lexeme_prefix(const char *w, size_t len)
{
	uint64		p = 0;

	for (size_t i = 0; i < 8; i++)
		p = (p << 8) | (i < len ? (unsigned char) w[i] : 0);
	return p;
}

/* to_tsany.c compareWORD without the positions: tsCompareString, not a prefix */
static inline int
sort_item_cmp(const SortItem *a, const SortItem *b, Builder *bl)
{
	const Lexeme *x,
			   *y;
	int			c;

	if (a->prefix != b->prefix)
		return a->prefix < b->prefix ? -1 : 1;
	x = &bl->lex.items[a->lexeme];
	y = &bl->lex.items[b->lexeme];
	if (x->len > 8 && y->len > 8)
	{
		c = memcmp(bl->pool.items + x->off + 8, bl->pool.items + y->off + 8, Min(x->len, y->len) - 8);
		if (c != 0)
			return c;
	}
	return x->len == y->len ? 0 : (x->len < y->len ? -1 : 1);
}

#define ST_SORT sort_lexemes
#define ST_ELEMENT_TYPE SortItem
#define ST_COMPARE(a, b, arg) sort_item_cmp(a, b, arg)
#define ST_COMPARE_ARG_TYPE Builder
#define ST_CHECK_FOR_INTERRUPTS
#define ST_SCOPE static
#define ST_DEFINE
#include "lib/sort_template.h"

/* the lexemes sorted, each with its positions in text order: make_tsvector's layout */
static TSVector
finish(Builder *b)
{
	size_t		n = b->lex.n,
				lenstr = 0,
				totallen;
	SortItem   *order;
	uint32	   *start;
	WordEntryPos *posv;
	TSVector	out;
	WordEntry  *we;
	char	   *str;
	size_t		stroff = 0;

	if (n == 0)
	{
		out = palloc(CALCDATASIZE(0, 0));
		SET_VARSIZE(out, CALCDATASIZE(0, 0));
		out->size = 0;
		return out;
	}
	for (size_t i = 0; i < n; i++)
	{
		lenstr += b->lex.items[i].len;
		lenstr = SHORTALIGN(lenstr);
		lenstr += sizeof(uint16) + b->lex.items[i].npos * sizeof(WordEntryPos);
	}
	if (lenstr > MAXSTRPOS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("string is too long for tsvector (%zu bytes, max %d bytes)", lenstr, MAXSTRPOS)));

	/* the positions grouped by lexeme, in text order within each (a counting sort) */
	start = palloc_extended(sizeof(uint32) * (n + 1), MCXT_ALLOC_HUGE);
	start[0] = 0;
	for (size_t i = 0; i < n; i++)
		start[i + 1] = start[i] + b->lex.items[i].npos;
	posv = palloc_extended(sizeof(WordEntryPos) * Max(b->occ.n, 1), MCXT_ALLOC_HUGE);
	for (size_t k = 0; k < b->occ.n; k++)
		posv[start[b->occ.items[k].lexeme]++] = b->occ.items[k].pos;
	for (size_t i = n; i > 0; i--)
		start[i] = start[i - 1];
	start[0] = 0;

	order = palloc_extended(sizeof(SortItem) * n, MCXT_ALLOC_HUGE);
	for (size_t i = 0; i < n; i++)
	{
		order[i].prefix = lexeme_prefix(b->pool.items + b->lex.items[i].off, b->lex.items[i].len);
		order[i].lexeme = (uint32) i;
	}
	sort_lexemes(order, n, b);

	totallen = CALCDATASIZE(n, lenstr);
	out = palloc0(totallen);
	SET_VARSIZE(out, totallen);
	out->size = (int32) n;
	we = ARRPTR(out);
	str = STRPTR(out);
	for (size_t k = 0; k < n; k++)
	{
		const Lexeme *x = &b->lex.items[order[k].lexeme];

		we[k].len = x->len;
		we[k].pos = (uint32) stroff;
		we[k].haspos = 1;
		memcpy(str + stroff, b->pool.items + x->off, x->len);
		stroff = SHORTALIGN(stroff + x->len);
		*(uint16 *) (str + stroff) = (uint16) x->npos;
		memcpy(POSDATAPTR(out, &we[k]), posv + start[order[k].lexeme], x->npos * sizeof(WordEntryPos));
		stroff += sizeof(uint16) + x->npos * sizeof(WordEntryPos);
	}
	return out;
}

/* the configuration's parser is speech_parser or speech_parser_exact: whether it folds */
static bool
speech_parser_of(TSConfigCacheEntry *cfg, bool *fold)
{
	TSParserCacheEntry *prs = lookup_ts_parser_cache(cfg->prsId);

	if (prs->prstoken.fn_addr != speech_prs_gettoken)
		return false;
	if (prs->prsstart.fn_addr == speech_prs_start)
		*fold = true;
	else if (prs->prsstart.fn_addr == speech_prs_start_exact)
		*fold = false;
	else
		return false;
	return true;
}

/*
 * One token through its dictionaries, as LexizeExec does it; false when a
 * dictionary asks for the next token.
 */
static bool
lexize_token(Builder *b, TSConfigCacheEntry *cfg, int type, char *tok, int toklen)
{
	ListDictionary *map = cfg->map + type;
	char	   *lemm = tok;
	int			lemmlen = toklen;

	for (int i = 0; i < map->len; i++)
	{
		TSDictionaryCacheEntry *dict = lookup_ts_dictionary_cache(map->dictIds[i]);
		DictSubState state = {false, false, NULL};
		TSLexeme   *res;

		if (dict->lexize.fn_addr == speech_han_lexize)
		{
			/* recognises every token (a stop word as no lexeme) */
			b->pos++;
			spg_han_lexemes(dict->dictData, lemm, lemmlen, add_lexeme, b);
			return true;
		}
		res = (TSLexeme *) DatumGetPointer(FunctionCall4(&dict->lexize,
														 PointerGetDatum(dict->dictData),
														 PointerGetDatum(lemm),
														 Int32GetDatum(lemmlen),
														 PointerGetDatum(&state)));
		if (state.getnext)
			return false;
		if (res == NULL)
			continue;
		if (res->flags & TSL_FILTER)
		{
			lemm = res->lexeme;
			lemmlen = (int) strlen(res->lexeme);
			continue;
		}
		b->pos++;
		for (TSLexeme *p = res; p->lexeme != NULL; p++)
		{
			if (p->flags & TSL_ADDPOS)
				b->pos++;
			add_lexeme(b, p->lexeme, strlen(p->lexeme));
		}
		return true;
	}
	return true;
}

bool
spg_tsvector_clamped(TSVector tv, bool full)
{
	WordEntry  *we = ARRPTR(tv);

	for (int32 i = 0; i < tv->size; i++)
	{
		int			npos = POSDATALEN(tv, &we[i]);

		/* positions are kept sorted: the last is the largest */
		if (npos > 0 && (WEP_GETPOS(POSDATAPTR(tv, &we[i])[npos - 1]) >= MAXENTRYPOS - 1 ||
						 (full && npos >= MAXNUMPOS - 1)))
			return true;
	}
	return false;
}

TSVector
spg_tsvector_build(Oid cfg_id, const char *buf, size_t len,
				   int (*weight_at) (void *arg, size_t b), void *arg, bool *clamped)
{
	TSConfigCacheEntry *cfg = lookup_ts_config_cache(cfg_id);
	Builder		b;
	SpgTokenizer *tz;
	bool		fold;
	int			type;
	char	   *tok;
	int			toklen;
	size_t		ustart;
	size_t		ntok = 0;

	if (!speech_parser_of(cfg, &fold))
		return NULL;
	memset(&b, 0, sizeof(b));
	tz = spg_tokenizer_begin(buf, len, fold);
	while ((type = spg_tokenizer_next(tz, &tok, &toklen, &ustart)) > 0)
	{
		if ((++ntok & 1023) == 0)
			CHECK_FOR_INTERRUPTS();
		/* parsetext: a token this long is left out, before its type is looked at */
		if (toklen >= MAXSTRLEN)
		{
			ereport(NOTICE,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("word is too long to be indexed"),
					 errdetail("Words longer than %d characters are ignored.", MAXSTRLEN)));
			continue;
		}
		if (type >= cfg->lenmap || cfg->map[type].len == 0)
			continue;
		b.weight = weight_at ? weight_at(arg, ustart) : 0;
		if (!lexize_token(&b, cfg, type, tok, toklen))
		{
			spg_tokenizer_end(tz);
			return NULL;
		}
	}
	spg_tokenizer_end(tz);
	*clamped = b.pos > MAXENTRYPOS - 1;
	return finish(&b);
}
