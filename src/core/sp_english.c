/*
 * sp_english.c - the English measures of a span (see sp_english.h).
 */
#include "sp_english.h"
#include "sp_chars.h"
#include "sp_doc.h"			/* SpSpan */
#include "sp_hash.h"
#include "sp_lang.h"
#include "sp_numeral.h"
#include "sp_utf8.h"

#include <string.h>

/* ---- syllables ---- */

/* a lower-case vowel letter (ASCII or Latin-1), y apart */
static bool
is_vowel_letter(uint32_t c)
{
	switch (c)
	{
		case 'a':
		case 'e':
		case 'i':
		case 'o':
		case 'u':
			return true;
	}
	return (c >= 0xE0 && c <= 0xE6) || (c >= 0xE8 && c <= 0xEF) ||
		(c >= 0xF2 && c <= 0xF6) || c == 0xF8 || (c >= 0xF9 && c <= 0xFC);
}

static uint32_t
lower_latin(uint32_t c)
{
	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
		return c + 32;
	return c;
}

/* vowel at k of l[0..m): y is a vowel unless a vowel follows it (year, beyond, player) */
static bool
vowel_at(const uint32_t *l, size_t m, size_t k)
{
	if (l[k] == 'y' || l[k] == 0xFD || l[k] == 0xFF)
		return !(k + 1 < m && is_vowel_letter(l[k + 1]));
	return is_vowel_letter(l[k]);
}

int
sp_en_syllables(const char *w, size_t n)
{
	uint32_t	l[64];
	size_t		m = 0;
	int			count = 0,
				step;
	bool		prev = false;

	for (size_t i = 0; i < n; i += (size_t) step)
	{
		uint32_t	c = sp_u8_decode(w, n, i, &step);

		if (sp_is_latin_letter(c))
		{
			if (m == sizeof(l) / sizeof(l[0]))
			{
				/* a very long "word": count what was read so far and go on */
				for (size_t k = 0; k < m; k++)
				{
					bool		v = vowel_at(l, m, k);

					count += v && !prev;
					prev = v;
				}
				m = 0;
			}
			l[m++] = lower_latin(c);
		}
	}
	for (size_t k = 0; k < m; k++)
	{
		bool		v = vowel_at(l, m, k);

		count += v && !prev;
		prev = v;
	}
	if (m >= 2 && count > 1 && l[m - 1] == 'e' && !vowel_at(l, m, m - 2) &&
		!(l[m - 2] == 'l' && m >= 3 && !vowel_at(l, m, m - 3)))
		count--;				/* make, whole; not table, people */
	else if (m >= 3 && count > 1 && (l[m - 1] == 'd' || l[m - 1] == 's') && l[m - 2] == 'e' &&
			 !vowel_at(l, m, m - 3))
	{
		uint32_t	c = l[m - 3];

		if (l[m - 1] == 'd' ? !(c == 't' || c == 'd') :
			!(c == 's' || c == 'x' || c == 'z' || c == 'c' || c == 'g' || c == 'h'))
			count--;			/* lived, makes; not wanted, boxes */
	}
	return count > 0 ? count : 1;
}

/* ---- tokens ---- */

typedef struct EnToken
{
	size_t		start;
	size_t		end;
	bool		letter;			/* has a letter: a word, else a number */
	bool		hyphen;			/* holds a hyphen */
	bool		sentence_start; /* first token after . ! ? : or a line break (or the span's start) */
	bool		line_start;		/* only white space before it on its line */
} EnToken;

/* the tokenizer's place in the span */
typedef struct Tokenizer
{
	const char *s;
	size_t		len;
	size_t		i;
	size_t		end;
	bool		sent_start;
	bool		line_start;
	unsigned	iter;
} Tokenizer;

static inline bool
is_digit_cp(uint32_t c)
{
	return sp_digit_value(c) >= 0;
}

static inline bool
is_alnum_cp(uint32_t c)
{
	return sp_is_latin_letter(c) || is_digit_cp(c);
}

/* the next token of the span into *t; false at its end */
static bool
next_token(const SpEnv *env, Tokenizer *z, EnToken *t)
{
	const char *s = z->s;
	size_t		len = z->len,
				end = z->end,
				i = z->i;

	while (i < end)
	{
		int			step;
		uint32_t	c = sp_u8_decode(s, len, i, &step);
		size_t		run = 0;	/* letters since the last joiner */

		if (++z->iter % SP_INTERRUPT_INTERVAL == 0)
			sp_check_interrupt(env);
		if (!is_alnum_cp(c))
		{
			if (c == '.' || c == '!' || c == '?' || c == ':' || c == 0x3002 || c == 0xFF01 ||
				c == 0xFF1F)
				z->sent_start = true;
			if (sp_is_newline(c))
				z->sent_start = z->line_start = true;
			else if (!sp_is_space(c))
				z->line_start = false;
			i += (size_t) step;
			continue;
		}
		memset(t, 0, sizeof(*t));
		t->start = i;
		t->sentence_start = z->sent_start;
		t->line_start = z->line_start;
		z->sent_start = z->line_start = false;
		for (;;)
		{
			int			s2;
			uint32_t	next,
						prev;
			bool		join;

			if (sp_is_latin_letter(c))
			{
				t->letter = true;
				run++;
			}
			else
				run = 0;
			i += (size_t) step;
			if (i >= end)
				break;
			c = sp_u8_decode(s, len, i, &step);
			if (is_alnum_cp(c))
				continue;
			/* a joiner stays in the token only between two of its characters */
			if (i + (size_t) step >= end)
				break;
			next = sp_u8_decode(s, len, i + (size_t) step, &s2);
			prev = sp_u8_before(s, len, i);
			if (c == '\'' || c == 0x2019)
				join = sp_is_latin_letter(prev) && sp_is_latin_letter(next);
			else if (c == '-')
				join = is_alnum_cp(prev) && is_alnum_cp(next);
			else if (c == ',')
				join = is_digit_cp(prev) && is_digit_cp(next) && !t->letter;
			else if (c == '.')
				join = (is_digit_cp(prev) && is_digit_cp(next) && !t->letter) ||
					(run == 1 && sp_is_latin_letter(prev) && sp_is_latin_letter(next));
			else
				join = false;
			if (!join)
				break;
			if (c == '-')
				t->hyphen = true;
			run = 0;
			i += (size_t) step;
			c = next;
			step = s2;
		}
		t->end = i;
		z->i = i;
		return true;
	}
	z->i = i;
	return false;
}

/* ---- word lists ---- */

/* the token (a part of it: [a, b)) equals word, ASCII case ignored, ’ read as ' */
static bool
part_is(const char *s, size_t a, size_t b, const char *word)
{
	size_t		k = 0;

	while (a < b)
	{
		unsigned char c = (unsigned char) s[a];

		if (c == 0xE2 && b - a >= 3 && (unsigned char) s[a + 1] == 0x80 &&
			(unsigned char) s[a + 2] == 0x99)
		{
			if (word[k] != '\'')
				return false;
			a += 3;
			k++;
			continue;
		}
		if (word[k] == '\0')
			return false;
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char) (c + 32);
		if (c != (unsigned char) word[k])
			return false;
		a++;
		k++;
	}
	return word[k] == '\0';
}

/* the end of the part before the first apostrophe (the token's end if none) */
static size_t
base_end(const char *s, const EnToken *t)
{
	for (size_t k = t->start; k < t->end; k++)
		if (s[k] == '\'' || ((unsigned char) s[k] == 0xE2 && k + 2 < t->end &&
							 (unsigned char) s[k + 1] == 0x80 && (unsigned char) s[k + 2] == 0x99))
			return k;
	return t->end;
}

/* what a word is in the lists (a word may be in several) */
enum
{
	F_WE = 1,					/* we our ours ourselves let's (also as the base of we'll) */
	F_I = 2,					/* me my mine myself */
	F_HIGH = 4,					/* must shall mustn't shan't */
	F_MEDIUM = 8,				/* should shouldn't won't */
	F_LOW = 16,					/* can cannot can't */
	F_HEDGE = 32,
	F_HAVE = 64,				/* have has: high before to */
	F_NEED = 128,				/* need needs ought: medium before to */
	F_WILL = 256,
	F_MAY = 512,
	F_US = 1024,
	F_BELIEVER = 2048			/* i we: a hedge before think, believe */
};

/*
 * The word lists, sorted (bsearch).  Hedges after Hyland 2005's list of
 * hedges, the words that are hedges in most of their uses in speeches; may
 * is a low directive modal here, and about/around are left out as
 * prepositions of place.
 */
static const struct
{
	const char *w;
	unsigned	f;
}			lexicon[] = {
	{"apparently", F_HEDGE}, {"appear", F_HEDGE}, {"appeared", F_HEDGE}, {"appears", F_HEDGE},
	{"approximately", F_HEDGE}, {"arguably", F_HEDGE}, {"can", F_LOW}, {"can't", F_LOW},
	{"cannot", F_LOW}, {"could", F_HEDGE}, {"generally", F_HEDGE}, {"has", F_HAVE},
	{"have", F_HAVE}, {"i", F_BELIEVER}, {"largely", F_HEDGE}, {"let's", F_WE},
	{"likely", F_HEDGE}, {"mainly", F_HEDGE}, {"may", F_MAY}, {"maybe", F_HEDGE},
	{"me", F_I}, {"might", F_HEDGE}, {"mine", F_I}, {"must", F_HIGH}, {"mustn't", F_HIGH},
	{"my", F_I}, {"myself", F_I}, {"need", F_NEED}, {"needs", F_NEED}, {"ought", F_NEED},
	{"our", F_WE}, {"ours", F_WE}, {"ourselves", F_WE}, {"perhaps", F_HEDGE},
	{"possible", F_HEDGE}, {"possibly", F_HEDGE}, {"presumably", F_HEDGE},
	{"probably", F_HEDGE}, {"relatively", F_HEDGE}, {"roughly", F_HEDGE}, {"seem", F_HEDGE},
	{"seemed", F_HEDGE}, {"seems", F_HEDGE}, {"shall", F_HIGH}, {"shan't", F_HIGH},
	{"should", F_MEDIUM}, {"shouldn't", F_MEDIUM}, {"somewhat", F_HEDGE},
	{"suggest", F_HEDGE}, {"suggested", F_HEDGE}, {"suggests", F_HEDGE}, {"tend", F_HEDGE},
	{"tends", F_HEDGE}, {"unlikely", F_HEDGE}, {"us", F_US}, {"usually", F_HEDGE},
	{"we", F_WE | F_BELIEVER}, {"will", F_WILL}, {"won't", F_MEDIUM},
};

/* the flags of s[a, b), lower-cased, ’ read as ' (0 when in no list) */
static unsigned
flags_of(const char *s, size_t a, size_t b)
{
	char		buf[16];
	size_t		n = 0,
				lo = 0,
				hi = sizeof(lexicon) / sizeof(lexicon[0]);

	while (a < b)
	{
		unsigned char c = (unsigned char) s[a];

		if (n + 1 >= sizeof(buf))
			return 0;
		if (c == 0xE2 && b - a >= 3 && (unsigned char) s[a + 1] == 0x80 &&
			(unsigned char) s[a + 2] == 0x99)
		{
			buf[n++] = '\'';
			a += 3;
			continue;
		}
		if (c >= 0x80)
			return 0;
		buf[n++] = (char) (c >= 'A' && c <= 'Z' ? c + 32 : c);
		a++;
	}
	buf[n] = '\0';
	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;
		int			cmp = strcmp(lexicon[mid].w, buf);

		if (cmp == 0)
			return lexicon[mid].f;
		if (cmp < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/* the first character of the token is an upper-case letter */
static bool
capital(const char *s, const EnToken *t)
{
	return s[t->start] >= 'A' && s[t->start] <= 'Z';
}

/* the next token is word (and nothing but spaces between: "have to", "I think") */
static bool
next_is(const char *s, const EnToken *w, const EnToken *nx, const char *word)
{
	if (nx == NULL)
		return false;
	for (size_t j = w->end; j < nx->start; j++)
		if (!(s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r'))
			return false;
	return part_is(s, nx->start, nx->end, word);
}

/* the next token is a number right after the word: May 25 */
static bool
number_follows(const EnToken *w, const EnToken *nx)
{
	return nx != NULL && !nx->letter && nx->start <= w->end + 2;
}

/* first person, modals and hedges of the word w (nx: the token after it, or NULL) */
static void
count_word(const char *s, size_t len, const EnToken *w, const EnToken *nx, SpEnglish *m)
{
	size_t		be = base_end(s, w);
	unsigned	f = flags_of(s, w->start, w->end),
				bf = be < w->end ? flags_of(s, w->start, be) : f;

	/* first person */
	if ((bf | f) & F_WE)
		m->we++;
	else if ((f & F_US) && !(s[w->start] == 'U' && s[w->start + 1] == 'S'))
		m->we++;
	else if (bf & F_I)
		m->i++;
	else if (be - w->start == 1 && s[w->start] == 'I' &&
			 !(w->line_start && be == w->end && w->end < len && s[w->end] == '.'))
		m->i++;

	/* directive modals */
	if ((f & F_HIGH) || ((f & F_HAVE) && next_is(s, w, nx, "to")))
		m->directive_high++;
	else if ((f & F_MEDIUM) || (be < w->end && part_is(s, be, w->end, "'ll")) ||
			 ((f & F_WILL) && (!capital(s, w) || w->sentence_start)) ||
			 ((f & F_NEED) && next_is(s, w, nx, "to")))
		m->directive_medium++;
	else if ((f & F_LOW) ||
			 ((f & F_MAY) && (!capital(s, w) || (w->sentence_start && !number_follows(w, nx)))))
		m->directive_low++;

	/* hedges */
	if ((f & F_HEDGE) ||
		((f & F_BELIEVER) && (next_is(s, w, nx, "think") || next_is(s, w, nx, "believe"))))
		m->hedges++;
}

/* ---- MATTR ---- */

/*
 * The type of each word, as the words come: a hash over the first occurrence
 * of each type (its span), so the memory is a number per word and a span per
 * type.
 */
typedef SP_VEC(SpSpan) TypeVec;
typedef SP_VEC(uint32_t) IdVec;

typedef struct Types
{
	const char *s;
	TypeVec		first;			/* the span of each type's first occurrence */
	IdVec		ids;			/* the type of each word, in order */
	SpHash		h;
	SpHashKeys	keys;
} Types;

static const char *
type_key(const void *arg, uint32_t i, size_t *len)
{
	const Types *ty = arg;

	*len = ty->first.items[i].end - ty->first.items[i].start;
	return ty->s + ty->first.items[i].start;
}

static void
types_add(const SpEnv *env, Types *ty, const EnToken *w)
{
	uint32_t	n = (uint32_t) ty->first.n,
				id;
	SpSpan		sp = {w->start, w->end};

	if (ty->h.slot == NULL || sp_hash_full(&ty->h, n + 1))
		sp_hash_grow(env, &ty->h, &ty->keys, n, 2 * (size_t) n + 64);
	sp_vec_push(env, &ty->first, sp);
	id = sp_hash_insert(&ty->h, &ty->keys, ty->s + w->start, w->end - w->start, n);
	if (id != n)
		ty->first.n--;			/* a type seen before */
	sp_vec_push(env, &ty->ids, id);
}

static double
types_mattr(const SpEnv *env, const Types *ty)
{
	size_t		nw = ty->ids.n,
				ntypes = ty->first.n,
				window = SP_EN_MATTR_WINDOW,
				distinct = 0;
	const uint32_t *ids = ty->ids.items;
	uint32_t   *count;
	double		sum = 0;

	if (nw < window)
		return nw ? (double) ntypes / (double) nw : 0;
	count = sp_alloc0(env, (ntypes + 1) * sizeof(uint32_t));
	for (size_t k = 0; k < nw; k++)
	{
		if (k % SP_INTERRUPT_INTERVAL == SP_INTERRUPT_INTERVAL - 1)
			sp_check_interrupt(env);
		if (count[ids[k]]++ == 0)
			distinct++;
		if (k >= window && --count[ids[k - window]] == 0)
			distinct--;
		if (k + 1 >= window)
			sum += (double) distinct / (double) window;
	}
	sp_free(env, count);
	return sum / (double) (nw - window + 1);
}

/* ---- the span ---- */

/* s[a, b) holds a Latin letter */
static bool
has_letter(const char *s, size_t a, size_t b)
{
	int			step;

	for (size_t q = a; q < b; q += (size_t) step)
		if (sp_is_latin_letter(sp_u8_decode(s, b, q, &step)))
			return true;
	return false;
}

/* code points of s[a, b) */
static int64_t
code_points(const char *s, size_t a, size_t b)
{
	int64_t		n = 0;

	for (size_t k = a; k < b; k++)
		n += ((unsigned char) s[k] & 0xC0) != 0x80;
	return n;
}

/* the readability words of the token w: its parts between hyphens */
static void
count_parts(const char *s, const EnToken *w, SpEnglish *m)
{
	size_t		a = w->start;

	for (size_t j = w->start; j <= w->end; j++)
	{
		if (j < w->end && !(w->hyphen && s[j] == '-'))
			continue;
		if (j > a)
		{
			m->words++;
			m->characters += code_points(s, a, j);
			m->syllables += has_letter(s, a, j) ? sp_en_syllables(s + a, j - a) : 1;
		}
		a = j + 1;
	}
}

void
sp_english_span(const SpEnv *env, const char *s, size_t len, size_t start, size_t end,
				SpEnglish *m)
{
	Tokenizer	z;
	EnToken		cur,
				nx;
	bool		have_cur,
				have_nx;
	Types		ty;

	memset(m, 0, sizeof(*m));
	if (end > len)
		end = len;
	if (start >= end)
		return;
	memset(&z, 0, sizeof(z));
	z.s = s;
	z.len = len;
	z.i = start;
	z.end = end;
	z.sent_start = z.line_start = true;
	memset(&ty, 0, sizeof(ty));
	ty.s = s;
	ty.keys.at = type_key;
	ty.keys.arg = &ty;
	ty.keys.nocase = true;

	/* each token once the one after it is known (the word lists look one ahead) */
	have_cur = next_token(env, &z, &cur);
	while (have_cur)
	{
		have_nx = next_token(env, &z, &nx);
		count_parts(s, &cur, m);
		if (cur.letter)
		{
			count_word(s, len, &cur, have_nx ? &nx : NULL, m);
			types_add(env, &ty, &cur);
		}
		cur = nx;
		have_cur = have_nx;
	}
	m->lexical_words = (int64_t) ty.ids.n;
	m->lexical_types = (int64_t) ty.first.n;
	m->mattr = types_mattr(env, &ty);
	sp_vec_free(env, &ty.first);
	sp_vec_free(env, &ty.ids);
	sp_hash_free(env, &ty.h);
}
