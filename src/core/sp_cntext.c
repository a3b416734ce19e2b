/*
 * sp_cntext.c - cntext's readability1, pass by pass (see sp_cntext.h).
 *
 * The passes are regular-expression substitutions, each over the output of
 * the one before.  Here they are stages of one stream, each holding the
 * few characters its pattern looks ahead (the split mark is written out as
 * the seven characters [[end]], as cntext does, so a later stage sees what
 * cntext's sees): linear time, constant memory.
 */
#include "sp_cntext.h"
#include "sp_numeral.h"
#include "sp_utf8.h"

#include <string.h>

static const uint32_t mark[7] = {'[', '[', 'e', 'n', 'd', ']', ']'};

typedef struct Stream
{
	bool		pend2;			/* stage 2 holds a terminator */
	uint32_t	c2;
	int			n3;				/* stage 3 holds n3 characters */
	uint32_t	c3[3];
	int			kmp;			/* stage 5: characters of the mark matched */
	size_t		chars;			/* characters after stage 4 */
	size_t		marks;
} Stream;

/* Python's \s on str: the characters for which str.isspace() is true */
static bool
py_space(uint32_t c)
{
	return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
		c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
		c == 0x202F || c == 0x205F || c == 0x3000;
}

static bool
py_digit(uint32_t c)
{
	return sp_digit_value(c) >= 0;
}

static bool
closing_quote(uint32_t c)
{
	return c == 0x201D || c == 0x2019;	/* ” ’ */
}

/* stage 5: count characters and the marks, left to right, not overlapping (str.split) */
static void
stage5(Stream *st, uint32_t c)
{
	static const int fail[7] = {0, 1, 0, 0, 0, 0, 0};

	st->chars++;
	while (st->kmp > 0 && c != mark[st->kmp])
		st->kmp = fail[st->kmp - 1];
	if (c == mark[st->kmp])
		st->kmp++;
	if (st->kmp == 7)
	{
		st->marks++;
		st->kmp = 0;
	}
}

/* stage 4: re.sub(r'\s', '', text) */
static inline void
stage4(Stream *st, uint32_t c)
{
	if (!py_space(c))
		stage5(st, c);
}

static void
stage4_mark(Stream *st)
{
	for (int k = 0; k < 7; k++)
		stage4(st, mark[k]);
}

/* stage 3: re.sub('([。！？\?][”’])([^，。！？\?])', mark, text) */
static bool
t3(uint32_t c)
{
	return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '?';
}

static void
stage3_run(Stream *st, bool flush)
{
	while (st->n3 > 0)
	{
		uint32_t	x;

		if (!t3(st->c3[0]) || (st->n3 >= 2 && !closing_quote(st->c3[1])))
			goto emit_first;
		if (st->n3 < 3)
		{
			if (!flush)
				return;
			goto emit_first;
		}
		x = st->c3[2];
		if (x == 0xFF0C || t3(x))
			goto emit_first;
		stage4_mark(st);
		st->n3 = 0;
		return;
emit_first:
		stage4(st, st->c3[0]);
		memmove(st->c3, st->c3 + 1, sizeof(uint32_t) * 2);
		st->n3--;
	}
}

static void
stage3(Stream *st, uint32_t c)
{
	st->c3[st->n3++] = c;
	stage3_run(st, false);
}

/* stage 2: re.sub('([。！；？;\?])([^”’])', mark, text) */
static bool
t2(uint32_t c)
{
	return c == 0x3002 || c == 0xFF01 || c == 0xFF1B || c == 0xFF1F || c == ';' || c == '?';
}

static void
stage2(Stream *st, uint32_t c)
{
	if (st->pend2)
	{
		st->pend2 = false;
		if (!closing_quote(c))
		{
			for (int k = 0; k < 7; k++)
				stage3(st, mark[k]);
			return;
		}
		stage3(st, st->c2);
	}
	if (t2(c))
	{
		st->pend2 = true;
		st->c2 = c;
	}
	else
		stage3(st, c);
}

double
sp_cntext_readability1(const SpEnv *env, const char *s, size_t len, size_t start, size_t end)
{
	Stream		st;
	size_t		i = start;
	unsigned	iter = 0;

	memset(&st, 0, sizeof(st));
	if (end > len)
		end = len;
	/* stage 1: re.sub(r'\d+\.\d+|\.\d+', 'num', text), read from the source */
	while (i < end)
	{
		int			step,
					s2;
		uint32_t	c;
		size_t		j = i,
					k;
		unsigned char b = (unsigned char) s[i];

		if (++iter % SP_INTERRUPT_INTERVAL == 0)
			sp_check_interrupt(env);
		/*
		 * the common case: a CJK ideograph (lead byte E4..E9, two continuation
		 * bytes) while no stage holds anything: every stage passes it on
		 */
		if (b >= 0xE4 && b <= 0xE9 && !st.pend2 && st.n3 == 0 && i + 2 < end &&
			((unsigned char) s[i + 1] & 0xC0) == 0x80 && ((unsigned char) s[i + 2] & 0xC0) == 0x80)
		{
			st.chars++;
			st.kmp = 0;
			i += 3;
			continue;
		}
		c = sp_u8_decode(s, end, i, &step);
		if (py_digit(c) || c == '.')
		{
			/* the digits from i (none when c is the point) */
			while (j < end && py_digit(sp_u8_decode(s, end, j, &s2)))
				j += (size_t) s2;
			if (j + 1 < end && s[j] == '.' && py_digit(sp_u8_decode(s, end, j + 1, &s2)))
			{
				/* digits then .digits (j > i), or .digits (j == i): "num" */
				k = j + 1;
				while (k < end && py_digit(sp_u8_decode(s, end, k, &s2)))
					k += (size_t) s2;
				stage2(&st, 'n');
				stage2(&st, 'u');
				stage2(&st, 'm');
				i = k;
				continue;
			}
			if (j > i)
			{
				/* digits without decimals: none of them starts a match */
				while (i < j)
				{
					stage2(&st, sp_u8_decode(s, end, i, &s2));
					i += (size_t) s2;
				}
				continue;
			}
		}
		stage2(&st, c);
		i += (size_t) step;
	}
	/* the end of the text: what the stages hold goes through unmatched */
	if (st.pend2)
	{
		st.pend2 = false;
		stage3(&st, st.c2);
	}
	stage3_run(&st, true);
	return (double) (st.chars - 7 * st.marks) / (double) (st.marks + 1);
}
