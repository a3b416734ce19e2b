/*
 * sp_segment.c - the tokenizer: a scanner for everything that is not Han,
 * and a lowest-cost lattice over the lexicon for Han runs.
 */
#include "sp_segment.h"
#include "sp_chars.h"
#include "sp_numeral.h"
#include "sp_utf8.h"

#include <string.h>
#include <unicode/uchar.h>

typedef enum CharClass
{
	C_HAN,
	C_DIGIT,
	C_LETTER,
	C_MARK,
	C_SPACE,
	C_PUNCT,
	C_SYMBOL
} CharClass;

static CharClass
classify_slow(uint32_t cp, int step)
{
	int8_t		t;

	if (cp < 0x80)
	{
		if (cp >= '0' && cp <= '9')
			return C_DIGIT;
		if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
			return C_LETTER;
		if (cp <= 0x20 || cp == 0x7F)
			return C_SPACE;
		return C_PUNCT;
	}
	if (cp == SP_REPLACEMENT && step == 1)
		return C_SPACE;			/* an invalid byte */
	if (sp_is_han(cp))
		return C_HAN;
	if (sp_is_digit(cp))
		return C_DIGIT;
	if (sp_is_space(cp) || sp_is_newline(cp) || sp_is_ignorable(cp))
		return C_SPACE;
	t = u_charType((UChar32) cp);
	switch (t)
	{
		case U_CONTROL_CHAR:
		case U_FORMAT_CHAR:
		case U_SPACE_SEPARATOR:
		case U_LINE_SEPARATOR:
		case U_PARAGRAPH_SEPARATOR:
		case U_SURROGATE:
			return C_SPACE;
		case U_NON_SPACING_MARK:
		case U_ENCLOSING_MARK:
		case U_COMBINING_SPACING_MARK:
			return C_MARK;
		case U_DECIMAL_DIGIT_NUMBER:
		case U_LETTER_NUMBER:
			return C_LETTER;	/* digits of other scripts read with letters */
		default:
			break;
	}
	if (sp_is_letter(cp))
		return C_LETTER;
	if (u_ispunct((UChar32) cp))
		return C_PUNCT;
	return C_SYMBOL;
}

/*
 * The class of a code point.  The common Han block answers at once; the
 * punctuation blocks around Chinese words (U+20xx “” — …, U+30xx 、。《》
 * and the full-width forms U+FFxx ，：（）) take several ICU lookups each,
 * so their classes are computed once per process (a cache of constants: the
 * same in every process and worker).
 */
static const uint32_t cached_blocks[3] = {0x20, 0x30, 0xFF};

static CharClass
classify(uint32_t cp, int step)
{
	static uint8_t cache[3][256];
	static bool ready;
	int			b;

	if (cp >= 0x4E00 && cp <= 0x9FFF)
		return C_HAN;
	switch (cp >> 8)
	{
		case 0x20:
			b = 0;
			break;
		case 0x30:
			b = 1;
			break;
		case 0xFF:
			if (cp == SP_REPLACEMENT)
				return classify_slow(cp, step); /* U+FFFD: an invalid byte too */
			b = 2;
			break;
		default:
			return classify_slow(cp, step);
	}
	if (!ready)
	{
		for (int k = 0; k < 3; k++)
			for (uint32_t c = 0; c < 256; c++)
				cache[k][c] = (uint8_t) classify_slow(cached_blocks[k] << 8 | c, 3);
		ready = true;
	}
	return (CharClass) cache[b][cp & 0xFF];
}

/* the class of the character at i, with its code point and length */
static CharClass
class_at(const char *s, size_t len, size_t i, uint32_t *cp, int *step)
{
	*cp = sp_u8_decode(s, len, i, step);
	return classify(*cp, *step);
}

/* ○ belongs to a Han run when a Han digit stands beside it */
static bool
circle_in_numeral(const char *s, size_t len, size_t i, uint32_t prev)
{
	int			step;
	uint32_t	next;

	if (sp_is_han_digit_char(prev) || prev == SP_CP_LING)
		return true;
	(void) sp_u8_decode(s, len, i, &step);
	next = sp_u8_at(s, len, i + (size_t) step);
	return sp_han_digit(next) >= 0 || next == SP_CP_WHITE_CIRCLE;
}

static void
tick(const SpEnv *env, SpSegState *st)
{
	if (++st->steps % SP_INTERRUPT_INTERVAL == 0)
		sp_check_interrupt(env);
}

/* ---- the Han lattice ---- */

enum
{
	EDGE_WORD,
	EDGE_NUM,
	EDGE_DATE
};

static void
consider(uint32_t *bestc, size_t *bestj, uint8_t *bestk, uint32_t c, size_t j, uint8_t kind)
{
	if (c < *bestc || (c == *bestc && j > *bestj))
	{
		*bestc = c;
		*bestj = j;
		*bestk = kind;
	}
}

/* value of the Chinese numeral s[a..b) if it reads as a whole, else UINT64_MAX */
static uint64_t
numeral_value(const char *s, size_t a, size_t b)
{
	uint64_t	v;

	if (sp_parse_han_number(s, b, a, &v) != b - a)
		return UINT64_MAX;
	return v;
}

/* may the numeral of chars [i, i+k) take the date unit u? */
static bool
date_ok(const SpSegState *st, size_t i, size_t k, uint32_t u)
{
	uint64_t	v;

	if (u != SP_CP_NIAN && u != SP_CP_YUE && u != SP_CP_RI && u != SP_CP_HAO)
		return false;
	if (u == SP_CP_NIAN)		/* a year written digit by digit */
	{
		if (k < 2)
			return false;
		for (size_t c = i; c < i + k; c++)
			if (!sp_is_han_digit_char(st->cps.items[c]))
				return false;
		return true;
	}
	v = numeral_value(st->s, st->off.items[i], st->off.items[i + k]);
	if (u == SP_CP_YUE)
		return v >= 1 && v <= 12;
	if (u == SP_CP_RI || u == SP_CP_HAO)
		return k >= 2 && v >= 1 && v <= 31;
	return false;
}

/* cut the Han chars at byte offsets off[0..n], code points cps[0..n), into st->run */
static void
cut_han(const SpEnv *env, SpSegState *st, size_t n)
{
	const SpSegOptions *opt = st->opt;
	const SpLexicon *lexes[2] = {opt->lex, opt->terms};
	const size_t *off;
	const uint32_t *cps;
	uint32_t   *best,
			   *back;
	uint8_t    *kind;
	uint16_t   *numlen;
	size_t		maxc = opt->lex->hdr->maxchars;

	if (opt->terms && opt->terms->hdr->maxchars > maxc)
		maxc = opt->terms->hdr->maxchars;
	sp_vec_reserve(env, &st->best, n + 1);
	sp_vec_reserve(env, &st->back, n + 1);
	sp_vec_reserve(env, &st->kind, n + 1);
	sp_vec_reserve(env, &st->numlen, n + 1);
	sp_vec_reserve(env, &st->estart, n + 1);
	sp_vec_reserve(env, &st->ecount, n + 1);
	st->edges.n = 0;
	off = st->off.items;
	cps = st->cps.items;
	best = st->best.items;
	back = st->back.items;
	kind = st->kind.items;
	numlen = st->numlen.items;

	numlen[n] = 0;
	for (size_t i = n; i-- > 0;)
		numlen[i] = sp_is_han_numeral_char(cps[i]) ? (uint16_t) (numlen[i + 1] + 1) : 0;

	best[n] = 0;
	for (size_t i = n; i-- > 0;)
	{
		uint32_t	bc = UINT32_MAX,
					c;
		size_t		bj = i + 1;
		uint8_t		bk = EDGE_WORD;

		tick(env, st);
		/* words of the lexicon and of the user's terms starting here */
		st->estart.items[i] = (uint32_t) st->edges.n;
		for (int l = 0; l < 2; l++)
		{
			const SpLexicon *x = lexes[l];
			uint32_t	node = SP_LEX_ROOT;

			if (x == NULL)
				continue;
			for (size_t k = i; k < n && k - i < maxc; k++)
			{
				if (k == i + 1 && !sp_lex_pair_may(x, cps[i], cps[k]))
					break;
				node = sp_lex_child(x, node, cps[k]);
				if (node == SP_LEX_NONE)
					break;
				if (sp_lex_word_cost(x, node, opt->domain, &c) && (k > i || l == 0))
					consider(&bc, &bj, &bk, c + best[k + 1], k + 1, EDGE_WORD);
				if (k > i && sp_lex_search_word(x, node, opt->domain) && st->edges.n - st->estart.items[i] < 255)
					sp_vec_push(env, &st->edges, (uint32_t) (k + 1));
				if (!sp_lex_inner(x, node))
					break;
			}
		}
		st->ecount.items[i] = (uint8_t) (st->edges.n - st->estart.items[i]);
		/* the character alone, at the lexicon's cost when it has one (above) */
		consider(&bc, &bj, &bk, opt->lex->hdr->unknown_cost + best[i + 1], i + 1, EDGE_WORD);
		/* numerals and dates */
		if (numlen[i] >= 2)
			consider(&bc, &bj, &bk, SP_SEG_NUM_COST + best[i + numlen[i]], i + numlen[i], EDGE_NUM);
		if (numlen[i] >= 1 && i + numlen[i] < n && date_ok(st, i, numlen[i], cps[i + numlen[i]]))
			consider(&bc, &bj, &bk, SP_SEG_DATE_COST + best[i + numlen[i] + 1],
					 i + numlen[i] + 1, EDGE_DATE);
		best[i] = bc;
		back[i] = (uint32_t) bj;
		kind[i] = bk;
	}

	st->run.n = 0;
	st->next = 0;
	for (size_t i = 0; i < n; i = back[i])
	{
		SpToken		t;

		t.start = off[i];
		t.end = off[back[i]];
		t.ci = (uint32_t) i;
		t.cj = back[i];
		if (kind[i] == EDGE_DATE)
			t.type = SP_TOK_DATE;
		else if (kind[i] == EDGE_NUM)
			t.type = SP_TOK_HANNUM;
		else
			t.type = back[i] - i == 1 ? SP_TOK_HANCHAR : SP_TOK_HANWORD;
		sp_vec_push(env, &st->run, t);
	}
}

/* collect the Han run at st->pos (at most SP_SEG_MAX_RUN chars) and cut it */
static void
han_run(const SpEnv *env, SpSegState *st)
{
	size_t		i = st->pos,
				n = 0,
				most = st->len - i < SP_SEG_MAX_RUN ? st->len - i : SP_SEG_MAX_RUN;
	uint32_t	prev = 0;

	/* room for the longest run that can start here (a character is at least a byte) */
	sp_vec_reserve(env, &st->off, most + 1);
	sp_vec_reserve(env, &st->cps, most);
	while (i < st->len && n < SP_SEG_MAX_RUN)
	{
		int			step;
		uint32_t	cp;
		CharClass	c = class_at(st->s, st->len, i, &cp, &step);

		if (n > 0 && c != C_HAN && !(cp == SP_CP_WHITE_CIRCLE && circle_in_numeral(st->s, st->len, i, prev)))
			break;
		st->off.items[n] = i;
		st->cps.items[n] = cp;
		n++;
		prev = cp;
		i += (size_t) step;
		tick(env, st);
	}
	st->off.items[n] = i;
	st->off.n = n + 1;
	st->cps.n = n;
	cut_han(env, st, n);
	st->pos = i;
}

/* ---- the scanner ---- */

/* skip characters of the given class; returns the new offset */
static size_t
skip_class(const char *s, size_t len, size_t i, CharClass want)
{
	while (i < len)
	{
		uint32_t	cp;
		int			step;

		if (class_at(s, len, i, &cp, &step) != want)
			break;
		i += (size_t) step;
	}
	return i;
}

/* a word of letters, digits and marks, with apostrophes inside; sets *digits */
static size_t
scan_word(const char *s, size_t len, size_t i, bool *digits)
{
	while (i < len)
	{
		uint32_t	cp;
		int			step;
		CharClass	c = class_at(s, len, i, &cp, &step);

		if (c == C_DIGIT)
			*digits = true;
		else if ((cp == '\'' || cp == 0x2019) && i + (size_t) step < len)
		{
			uint32_t	ncp;
			int			nstep;

			/* an apostrophe between letters: don't, l’Europe */
			if (class_at(s, len, i + (size_t) step, &ncp, &nstep) != C_LETTER)
				break;
		}
		else if (c != C_LETTER && c != C_MARK)
			break;
		i += (size_t) step;
	}
	return i;
}

/* count digits from i, advancing *i past them */
static size_t
digit_run(const char *s, size_t len, size_t *i)
{
	size_t		n = 0;

	while (*i < len)
	{
		int			step;

		if (sp_digit_value(sp_u8_decode(s, len, *i, &step)) < 0)
			break;
		*i += (size_t) step;
		n++;
	}
	return n;
}

static bool
ascii_digit(const char *s, size_t len, size_t i)
{
	return i < len && s[i] >= '0' && s[i] <= '9';
}

/* a number starting with a digit at i; returns its end and sets *type */
static size_t
scan_number(const char *s, size_t len, size_t i, SpTokType *type)
{
	size_t		ndigits,
				j;
	uint64_t	value;
	bool		plain = true;
	uint32_t	cp;
	int			step;

	(void) sp_parse_digits(s, len, i, &value);
	ndigits = digit_run(s, len, &i);
	/* thousands separators: 1,000,000 */
	while (i + 3 < len && s[i] == ',' && ascii_digit(s, len, i + 1) &&
		   ascii_digit(s, len, i + 2) && ascii_digit(s, len, i + 3) && !ascii_digit(s, len, i + 4))
	{
		i += 4;
		plain = false;
	}
	/* decimals: 5.2  ５．２ */
	cp = sp_u8_at(s, len, i);
	if (cp == '.' || cp == 0xFF0E)
	{
		j = i + (cp == '.' ? 1 : 3);
		if (sp_digit_value(sp_u8_at(s, len, j)) >= 0)
		{
			i = j;
			(void) digit_run(s, len, &i);
			plain = false;
		}
	}
	*type = SP_TOK_NUMBER;
	if (i >= len)
		return i;
	cp = sp_u8_decode(s, len, i, &step);
	/* letters glued to plain digits: 5G, 3D, 4K */
	if (plain && classify(cp, step) == C_LETTER)
	{
		bool		digits = true;

		*type = SP_TOK_ALNUM;
		return scan_word(s, len, i, &digits);
	}
	/* magnitude: 12万, 3.5亿, 2万亿 */
	if (cp == SP_CP_WAN || cp == SP_CP_YI)
	{
		i += (size_t) step;
		if (cp == SP_CP_WAN && sp_u8_at(s, len, i) == SP_CP_YI)
			i += 3;
		plain = false;
		cp = i < len ? sp_u8_decode(s, len, i, &step) : 0;
	}
	if (cp == '%' || cp == 0xFF05 || cp == 0x2030)
		return i + (size_t) step;
	if (plain && ((cp == SP_CP_NIAN && ndigits == 4) ||
				  (cp == SP_CP_YUE && value >= 1 && value <= 12) ||
				  ((cp == SP_CP_RI || cp == SP_CP_HAO) && value >= 1 && value <= 31) ||
				  (cp == SP_CP_SHI && value <= 24)))
	{
		*type = SP_TOK_DATE;
		return i + (size_t) step;
	}
	return i;
}

/* marks written doubled that are one mark: —— …… */
static bool
doubled_mark(uint32_t cp)
{
	return cp == 0x2014 || cp == 0x2015 || cp == 0x2026 || cp == 0x22EF;
}

void
sp_seg_begin(SpSegState *st, const SpSegOptions *opt, const char *s, size_t len)
{
	SpSegState	zero = {0};

	*st = zero;
	st->opt = opt;
	st->s = s;
	st->len = len;
}

bool
sp_seg_next(const SpEnv *env, SpSegState *st, SpToken *tok)
{
	const char *s = st->s;
	size_t		len = st->len,
				i = st->pos,
				end;
	uint32_t	cp;
	int			step;
	CharClass	c;
	SpTokType	type;

	if (st->next < st->run.n)
	{
		*tok = st->run.items[st->next++];
		return true;
	}
	if (i >= len)
		return false;
	tick(env, st);
	c = class_at(s, len, i, &cp, &step);
	end = i + (size_t) step;
	switch (c)
	{
		case C_HAN:
			han_run(env, st);
			*tok = st->run.items[st->next++];
			return true;
		case C_DIGIT:
			end = scan_number(s, len, i, &type);
			break;
		case C_LETTER:
			{
				bool		digits = false;

				end = scan_word(s, len, i, &digits);
				type = digits ? SP_TOK_ALNUM : SP_TOK_LATIN;
			}
			break;
		case C_SPACE:
			end = skip_class(s, len, i, C_SPACE);
			type = SP_TOK_BLANK;
			break;
		case C_PUNCT:
			type = SP_TOK_PUNCT;
			if (doubled_mark(cp))
				while (end < len && sp_u8_at(s, len, end) == cp)
					end += (size_t) step;
			break;
		case C_SYMBOL:
		case C_MARK:
		default:
			if (cp == SP_CP_WHITE_CIRCLE && circle_in_numeral(s, len, i, sp_u8_before(s, len, i)))
			{
				han_run(env, st);
				*tok = st->run.items[st->next++];
				return true;
			}
			/* a symbol with its combining marks and variation selectors */
			end = skip_class(s, len, end, C_MARK);
			type = SP_TOK_SYMBOL;
			break;
	}
	tok->start = i;
	tok->end = end;
	tok->type = type;
	tok->ci = tok->cj = 0;
	st->pos = end;
	return true;
}

void
sp_seg_end(const SpEnv *env, SpSegState *st)
{
	sp_vec_free(env, &st->run);
	sp_vec_free(env, &st->off);
	sp_vec_free(env, &st->cps);
	sp_vec_free(env, &st->best);
	sp_vec_free(env, &st->back);
	sp_vec_free(env, &st->kind);
	sp_vec_free(env, &st->numlen);
	sp_vec_free(env, &st->edges);
	sp_vec_free(env, &st->estart);
	sp_vec_free(env, &st->ecount);
}

/* ---- search helpers ---- */

void
sp_seg_words(const SpSegState *st, uint32_t ci, uint32_t cj, bool covering,
			 void (*emit) (void *arg, size_t a, size_t b), void *arg)
{
	uint32_t	lo = ci;

	if (covering)
		lo = ci >= SP_LEX_MAX_CHARS ? ci - SP_LEX_MAX_CHARS + 1 : 0;
	for (uint32_t i = lo; i < cj; i++)
	{
		const uint32_t *e;

		if (st->ecount.items[i] == 0)
			continue;			/* (no edges at all: edges.items may be NULL) */
		e = st->edges.items + st->estart.items[i];
		for (int k = 0; k < st->ecount.items[i]; k++)
			if ((i >= ci || e[k] > ci) && !(i == ci && e[k] == cj))
				emit(arg, st->off.items[i], st->off.items[e[k]]);
	}
}
