/*
 * sp_quote.c - pair quotation marks and book-title marks (see sp_quote.h).
 */
#include "sp_quote.h"
#include "sp_chars.h"
#include "sp_numeral.h"
#include "sp_utf8.h"

typedef struct MarkPair
{
	uint32_t	open;
	uint32_t	close;
} MarkPair;

/* the ASCII double quote opens and closes (kind 0 is handled as a toggle) */
static const MarkPair pairs[] = {
	{'"', '"'},
	{0x201C, 0x201D},			/* “ ” */
	{0x2018, 0x2019},			/* ‘ ’ */
	{0x300C, 0x300D},			/* 「 」 */
	{0x300E, 0x300F},			/* 『 』 */
	{0x300A, 0x300B},			/* 《 》 */
	{0x3008, 0x3009},			/* 〈 〉 */
	{0xFE41, 0xFE42},			/* ﹁ ﹂ */
	{0xFE43, 0xFE44},			/* ﹃ ﹄ */
	{0x00AB, 0x00BB},			/* « » */
	{0xFF02, 0xFF02},			/* ＂ (toggle, like ") */
};
#define NPAIRS ((int) (sizeof(pairs) / sizeof(pairs[0])))

static bool
is_toggle(int k)
{
	return pairs[k].open == pairs[k].close;
}

/* the pair whose opening (closing: closing) mark is cp, -1 */
static int
pair_of(uint32_t cp, bool closing)
{
	for (int k = 0; k < NPAIRS; k++)
		if ((closing ? pairs[k].close : pairs[k].open) == cp)
			return k;
	return -1;
}

static int
open_kind(uint32_t cp)
{
	return pair_of(cp, false);
}

static int
close_kind(uint32_t cp)
{
	return pair_of(cp, true);
}

static bool
is_latin_letter(uint32_t cp)
{
	return sp_is_letter(cp) && cp < 0x2000;
}

static bool
is_clause_punct(const char *s, size_t len, size_t i, uint32_t cp)
{
	switch (cp)
	{
		case 0xFF0C:			/* ， */
		case ',':
		case 0xFF1B:			/* ； */
		case ';':
		case 0x3002:			/* 。 */
		case 0xFF1A:			/* ： */
		case ':':
		case 0xFF01:			/* ！ */
		case '!':
		case 0xFF1F:			/* ？ */
		case '?':
			return true;
		case '.':
			/* a full stop, not a decimal point */
			return !(i > 0 && sp_digit_value(sp_u8_before(s, len, i)) >= 0 &&
					 sp_digit_value(sp_u8_at(s, len, i + 1)) >= 0);
	}
	return sp_is_newline(cp);
}

/* the term of an unclosed quote: up to clause punctuation or the next mark of its kind */
static size_t
unclosed_end(const char *s, size_t len, size_t i, int kind)
{
	int			step;
	size_t		start = i;

	while (i < len)
	{
		uint32_t	cp = sp_u8_decode(s, len, i, &step);

		if (is_clause_punct(s, len, i, cp) || open_kind(cp) == kind)
			break;
		i += (size_t) step;
	}
	/*
	 * no trailing blanks, and never before the term's start (fuzz_quotes: in
	 * '" :' the blank after the mark was trimmed twice, the term ended before
	 * it started, and speech_quotes crashed on the negative length)
	 */
	while (i > start && sp_is_space(sp_u8_before(s, len, i)))
		i = sp_u8_prev(s, i);
	return i;
}

typedef struct Open
{
	size_t		quote;			/* index into out */
	int			kind;
	bool		block;			/* the mark ends its line: a quotation set as a block */
} Open;

typedef SP_VEC(Open) OpenVec;

static void
unclosed(const char *s, size_t len, SpQuote *q, int kind)
{
	int			step;

	q->closed = false;
	while (q->term.start < len &&
		   (sp_is_space(sp_u8_decode(s, len, q->term.start, &step)) ||
			sp_is_newline(sp_u8_decode(s, len, q->term.start, &step))))
		q->term.start += (size_t) step;
	q->term.end = unclosed_end(s, len, q->term.start, kind);
}

static void
pop_unclosed(const char *s, size_t len, SpQuoteVec *out, OpenVec *stack, size_t keep)
{
	while (stack->n > keep)
	{
		Open	   *o = &stack->items[--stack->n];

		unclosed(s, len, &out->items[o->quote], o->kind);
	}
}

/* at a line break: quotes stay open only when set as a block (“ alone at a line's end) */
static void
pop_at_break(const char *s, size_t len, SpQuoteVec *out, OpenVec *stack)
{
	size_t		keep = 0;

	for (size_t k = 0; k < stack->n; k++)
	{
		if (stack->items[k].block)
			stack->items[keep++] = stack->items[k];
		else
			unclosed(s, len, &out->items[stack->items[k].quote], stack->items[k].kind);
	}
	stack->n = keep;
}

/* only blanks between i and the end of the line */
static bool
ends_line(const char *s, size_t len, size_t i)
{
	int			step;

	while (i < len)
	{
		uint32_t	cp = sp_u8_decode(s, len, i, &step);

		if (sp_is_newline(cp))
			return true;
		if (!sp_is_space(cp))
			return false;
		i += (size_t) step;
	}
	return false;
}

static long
find_open(const OpenVec *stack, int kind)
{
	for (size_t k = stack->n; k > 0; k--)
		if (stack->items[k - 1].kind == kind)
			return (long) (k - 1);
	return -1;
}

void
sp_quotes(const SpEnv *env, const char *s, size_t len, SpQuoteVec *out, SpSpanVec *stray)
{
	OpenVec		stack = {0};
	size_t		i = 0;
	unsigned	iter = 0;

	while (i < len)
	{
		int			step,
					ko,
					kc;
		uint32_t	cp;
		long		at;
		unsigned char c = (unsigned char) s[i];

		if (++iter % SP_INTERRUPT_INTERVAL == 0)
			sp_check_interrupt(env);
		/* only " and line breaks in ASCII; marks and U+2028 start with C2 E2 E3 EF */
		if (c < 0x80 ? (c != '"' && c != '\n' && c != '\r' && c != 0x0B && c != 0x0C) :
			(c != 0xC2 && c != 0xE2 && c != 0xE3 && c != 0xEF))
		{
			i++;
			continue;
		}
		cp = sp_u8_decode(s, len, i, &step);
		if (sp_is_newline(cp))
		{
			pop_at_break(s, len, out, &stack);
			i += (size_t) step;
			continue;
		}
		ko = open_kind(cp);
		kc = close_kind(cp);
		if (ko >= 0 && is_toggle(ko))
		{
			/* " closes an open " or opens a new one */
			at = find_open(&stack, ko);
			if (at >= 0)
				ko = -1;
			else
				kc = -1;
		}
		if (ko >= 0)
		{
			SpQuote		q;
			Open		o;

			/* the same kind already open: that one lost its closing mark */
			at = find_open(&stack, ko);
			if (at >= 0)
				pop_unclosed(s, len, out, &stack, (size_t) at);
			q.mark.start = i;
			q.mark.end = i + (size_t) step;
			q.term.start = q.term.end = q.mark.end;
			q.closed = false;
			o.quote = out->n;
			o.kind = ko;
			o.block = ends_line(s, len, q.mark.end);
			sp_vec_push(env, out, q);
			sp_vec_push(env, &stack, o);
		}
		else if (kc >= 0)
		{
			at = find_open(&stack, kc);
			if (at < 0)
			{
				/* don’t, states’: an apostrophe, not a quotation mark */
				if (cp == 0x2019 && is_latin_letter(sp_u8_before(s, len, i)))
					;
				else if (stray)
				{
					SpSpan		sp = {i, i + (size_t) step};

					sp_vec_push(env, stray, sp);
				}
			}
			else
			{
				SpQuote    *q = &out->items[stack.items[at].quote];

				pop_unclosed(s, len, out, &stack, (size_t) at + 1);
				q->closed = true;
				q->term.end = i;
				stack.n = (size_t) at;
			}
		}
		i += (size_t) step;
	}
	pop_unclosed(s, len, out, &stack, 0);
	sp_vec_free(env, &stack);
}
