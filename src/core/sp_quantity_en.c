/*
 * sp_quantity_en.c - quantities written in English (see sp_quantity_en.h).
 *
 * One forward scan over the ASCII words and digits of the text; at each
 * candidate the reader looks a few words back (qualifiers, the words that
 * make a year) and forward (scales, units, dates), then skips past what it
 * read, so each byte is looked at a bounded number of times.  The rows are
 * then merged with the Chinese scanner's in one pass.
 */
#include "sp_quantity_en.h"
#include "sp_utf8.h"

#include <stdio.h>
#include <string.h>

static inline bool
alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline bool
digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* the ASCII letters of the word at i end at the returned byte (i if none) */
static size_t
word_end(const char *s, size_t len, size_t i)
{
	while (i < len && alpha((unsigned char) s[i]))
		i++;
	return i;
}

/* s[a, b) is word, ASCII case ignored */
static bool
eq(const char *s, size_t a, size_t b, const char *word)
{
	size_t		n;

	/* most calls fail on the first letter: no strlen for them */
	if (a >= b || ((unsigned char) s[a] | 0x20) != (unsigned char) word[0])
		return false;
	n = strlen(word);

	if (b - a != n)
		return false;
	for (size_t k = 0; k < n; k++)
	{
		unsigned char c = (unsigned char) s[a + k];

		if (c >= 'A' && c <= 'Z')
			c = (unsigned char) (c + 32);
		if (c != (unsigned char) word[k])
			return false;
	}
	return true;
}

/* spaces (and one line break, no-break spaces) from i */
static size_t
skip_space(const char *s, size_t len, size_t i)
{
	size_t		j = i;

	while (j < len)
	{
		if (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r')
			j++;
		else if (j + 1 < len && (unsigned char) s[j] == 0xC2 && (unsigned char) s[j + 1] == 0xA0)
			j += 2;
		else
			break;
		if (j - i > 8)
			break;
	}
	return j;
}

/* the word before i (skipping spaces): [*a, *b), false if none */
static bool
word_before(const char *s, size_t i, size_t *a, size_t *b)
{
	size_t		j = i;

	while (j > 0 && (s[j - 1] == ' ' || s[j - 1] == '\t' || s[j - 1] == '\n' || s[j - 1] == '\r') &&
		   i - j < 8)
		j--;
	if (j == i && j > 0 && alpha((unsigned char) s[j - 1]))
		return false;			/* glued to a word */
	*b = j;
	while (j > 0 && alpha((unsigned char) s[j - 1]))
		j--;
	*a = j;
	return *a < *b && (j == 0 || !digit((unsigned char) s[j - 1]));
}

/* ---- numbers ---- */

typedef struct EnNum
{
	size_t		start;
	size_t		end;
	SpDecimal	v;
	int			digits;			/* integer digits written (0 for words) */
	bool		grouped;		/* 1,200 */
	bool		fraction;
	bool		words;			/* written in words */
	bool		scaled;			/* a scale word was read (million ...) */
	uint64_t	small;			/* the value when an integer below 10^6 (else 0) */
} EnNum;

/* digits with thousands groups and decimals at i, on a token boundary */
static bool
read_digits(const char *s, size_t len, size_t i, EnNum *n)
{
	size_t		j = i;

	memset(n, 0, sizeof(*n));
	if (i < len && !digit((unsigned char) s[i]))
		return false;
	if (i > 0 && (alpha((unsigned char) s[i - 1]) || digit((unsigned char) s[i - 1]) ||
				  s[i - 1] == '.' || s[i - 1] == '-' || s[i - 1] == '/' || s[i - 1] == ':' ||
				  s[i - 1] == '_'))
		return false;
	n->start = i;
	while (j < len && digit((unsigned char) s[j]))
	{
		sp_decimal_push_digit(&n->v, s[j] - '0', false);
		n->digits++;
		j++;
	}
	while (n->digits <= 3 * 6 && j + 3 < len + 0 && s[j] == ',' && digit((unsigned char) s[j + 1]) &&
		   digit((unsigned char) s[j + 2]) && digit((unsigned char) s[j + 3]) &&
		   !(j + 4 < len && digit((unsigned char) s[j + 4])))
	{
		for (int k = 1; k <= 3; k++)
			sp_decimal_push_digit(&n->v, s[j + k] - '0', false);
		n->digits += 3;
		n->grouped = true;
		j += 4;
	}
	if (j + 1 < len && s[j] == '.' && digit((unsigned char) s[j + 1]))
	{
		j++;
		n->fraction = true;
		while (j < len && digit((unsigned char) s[j]))
		{
			sp_decimal_push_digit(&n->v, s[j] - '0', true);
			j++;
		}
	}
	/* a code or a time: 5G, 12:39, 3.5.1, 19th (ordinals are read by the dates) */
	if (j < len && (alpha((unsigned char) s[j]) || s[j] == ':' || s[j] == '_' ||
					(s[j] == '.' && j + 1 < len && digit((unsigned char) s[j + 1]))))
		return false;
	n->end = j;
	if (!n->fraction && n->digits <= 6 && n->v.exp == 0)
		n->small = n->v.mant;
	return true;
}

static const struct
{
	const char *w;
	int			v;
}			number_words[] = {
	{"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7},
	{"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"thirteen", 13},
	{"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18},
	{"nineteen", 19}, {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50},
	{"sixty", 60}, {"seventy", 70}, {"eighty", 80}, {"ninety", 90},
};

static int
number_word(const char *s, size_t a, size_t b)
{
	for (size_t k = 0; k < sizeof(number_words) / sizeof(number_words[0]); k++)
		if (eq(s, a, b, number_words[k].w))
			return number_words[k].v;
	return 0;
}

/* the power of ten of a scale word (0: none) */
static int
scale_word(const char *s, size_t a, size_t b)
{
	if (eq(s, a, b, "thousand"))
		return 3;
	if (eq(s, a, b, "million"))
		return 6;
	if (eq(s, a, b, "billion"))
		return 9;
	if (eq(s, a, b, "trillion"))
		return 12;
	return 0;
}

/*
 * A number in words at i: one .. ninety-nine, hundred, thousand ... trillion,
 * "and" after hundred, "a" before hundred or a scale (a million).
 */
static bool
read_words(const char *s, size_t len, size_t i, EnNum *n)
{
	uint64_t	total = 0,
				cur = 0;
	bool		any = false,
				article = false;
	size_t		j = i,
				last = i;
	int			nwords = 0;

	memset(n, 0, sizeof(*n));
	if (i > 0 && (alpha((unsigned char) s[i - 1]) || digit((unsigned char) s[i - 1]) ||
				  s[i - 1] == '-'))
		return false;
	for (;;)
	{
		size_t		e = word_end(s, len, j),
					next;
		int			v,
					sc;

		if (e == j)
			break;
		if ((v = number_word(s, j, e)) > 0)
		{
			cur += (uint64_t) v;
			any = true;
		}
		else if (eq(s, j, e, "hundred") && (any || article))
		{
			cur = (cur ? cur : 1) * 100;
			any = true;
		}
		else if ((sc = scale_word(s, j, e)) > 0 && (any || article))
		{
			uint64_t	p = 1;

			for (int k = 0; k < sc; k++)
				p *= 10;
			total += (cur ? cur : 1) * p;
			cur = 0;
			any = true;
			n->scaled = true;
		}
		else if (!any && !article && j == i && eq(s, j, e, "a"))
			article = true;
		else if (any && eq(s, j, e, "and") && cur >= 100 && cur % 100 == 0)
			;					/* one hundred and fifty: checked by the next word */
		else
			break;
		if (any)
			last = e;
		/* a number is a few words: the scan stays linear on "one one one ..." */
		if (total > UINT64_C(1000000000000000) || ++nwords >= 12)
			break;
		/* the next word: after spaces, or a hyphen (twenty-five) */
		next = e < len && s[e] == '-' ? e + 1 : skip_space(s, len, e);
		if (next == e || !(next < len && alpha((unsigned char) s[next])))
			break;
		j = next;
	}
	if (!any || (article && !n->scaled && total + cur < 100))
		return false;
	n->start = i;
	n->end = last;
	n->words = true;
	n->v = sp_decimal_from_u64(total + cur);
	if (total + cur < 1000000)
		n->small = total + cur;
	return true;
}

/* ---- what stands around a number ---- */

static const char *const qualifiers[] = {
	"more than", "less than", "fewer than", "at least", "at most", "up to",
	"about", "around", "approximately", "roughly", "nearly", "almost", "over", NULL
};

/* a qualifier ending before i: its start (i if none) */
static size_t
qualifier_before(const char *s, size_t i, const char **which)
{
	size_t		a,
				b,
				a2,
				b2;

	*which = NULL;
	if (!word_before(s, i, &a, &b))
		return i;
	for (int k = 0; qualifiers[k]; k++)
	{
		const char *q = qualifiers[k],
				   *sp = strchr(q, ' ');

		if (sp)
		{
			if (eq(s, a, b, sp + 1) && word_before(s, a, &a2, &b2))
			{
				char		first[16];

				memcpy(first, q, (size_t) (sp - q));
				first[sp - q] = '\0';
				if (eq(s, a2, b2, first))
				{
					*which = q;
					return a2;
				}
			}
		}
		else if (eq(s, a, b, q))
		{
			*which = q;
			return a;
		}
	}
	return i;
}

static const char *const year_words[] = {
	"in", "since", "by", "until", "till", "from", "through", "to", "of", "before", "after",
	"during", "between", NULL
};

static const char *const months[] = {
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december"
};

static const char *const month_abbr[] = {
	"jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
};

/* a capitalised month name (or abbreviation with its point) at [a, b): 1..12, *end after it */
static int
month_at(const char *s, size_t len, size_t a, size_t b, size_t *end)
{
	if (a >= b || !(s[a] >= 'A' && s[a] <= 'Z'))
		return 0;
	for (int k = 0; k < 12; k++)
	{
		if (eq(s, a, b, months[k]))
		{
			*end = b;
			return k + 1;
		}
		if (b < len && s[b] == '.' && (eq(s, a, b, month_abbr[k]) || (k == 8 && eq(s, a, b, "sept"))))
		{
			*end = b + 1;
			return k + 1;
		}
	}
	return 0;
}

/* a day 1..31 at i, with st nd rd th: its value, *end after it (0 if none) */
static int
day_at(const char *s, size_t len, size_t i, size_t *end)
{
	size_t		j = i;
	int			d = 0;

	if (i > 0 && (alpha((unsigned char) s[i - 1]) || digit((unsigned char) s[i - 1])))
		return 0;
	while (j < len && digit((unsigned char) s[j]) && j - i < 3)
		d = d * 10 + (s[j++] - '0');
	if (j == i || j - i > 2 || d < 1 || d > 31)
		return 0;
	if (j + 1 < len && (eq(s, j, j + 2, "st") || eq(s, j, j + 2, "nd") || eq(s, j, j + 2, "rd") ||
						eq(s, j, j + 2, "th")) && !(j + 2 < len && alpha((unsigned char) s[j + 2])))
		j += 2;
	if (j < len && (alpha((unsigned char) s[j]) || digit((unsigned char) s[j])))
		return 0;
	*end = j;
	return d;
}

/* a year 1000..2999 at i (four digits alone): its value, *end after it */
static int
year_at_glued(const char *s, size_t len, size_t i, size_t *end, bool glued)
{
	int			y = 0;

	if (i + 4 > len ||
		(i > 0 && ((!glued && alpha((unsigned char) s[i - 1])) || digit((unsigned char) s[i - 1]))))
		return 0;
	for (size_t k = 0; k < 4; k++)
	{
		if (!digit((unsigned char) s[i + k]))
			return 0;
		y = y * 10 + (s[i + k] - '0');
	}
	if (i + 4 < len && (alpha((unsigned char) s[i + 4]) || digit((unsigned char) s[i + 4]) ||
						s[i + 4] == '%' || (s[i + 4] == ',' && i + 5 < len && digit((unsigned char) s[i + 5])) ||
						(s[i + 4] == '.' && i + 5 < len && digit((unsigned char) s[i + 5]))))
		return 0;
	if (y < 1000 || y > 2999)
		return 0;
	*end = i + 4;
	return y;
}

static int
year_at(const char *s, size_t len, size_t i, size_t *end)
{
	return year_at_glued(s, len, i, end, false);
}

static void
set_iso(SpQuantity *q, int y, int m, int d)
{
	char	   *p = q->iso;

	q->kind = SP_QTY_DATE;
	q->has_value = false;
	if (y)
		p += sprintf(p, "%04d", y);
	else
		p += sprintf(p, "--");
	p += sprintf(p, y ? "-%02d" : "%02d", m);
	if (d)
		sprintf(p, "-%02d", d);
}

/*
 * A date at the word [a, b): Month D[, YYYY], Month YYYY, D Month[ YYYY].
 * Fills q and returns its end (0: none).
 */
static size_t
read_date(const char *s, size_t len, size_t a, size_t b, SpQuantity *q)
{
	size_t		me,
				j,
				de,
				ye;
	int			m = month_at(s, len, a, b, &me),
				d,
				y;

	if (m)
	{
		j = skip_space(s, len, me);
		if (j == me)
			return 0;
		if ((y = year_at(s, len, j, &ye)) > 0)
		{
			set_iso(q, y, m, 0);
			return ye;
		}
		if ((d = day_at(s, len, j, &de)) > 0)
		{
			size_t		k = de;

			if (k < len && s[k] == ',')
				k++;
			k = skip_space(s, len, k);
			if (k > de && (y = year_at(s, len, k, &ye)) > 0)
			{
				set_iso(q, y, m, d);
				return ye;
			}
			set_iso(q, 0, m, d);
			return de;
		}
	}
	return 0;
}

/* the unit word at [a, b) after a number (and its scale): class and text */
enum
{
	EU_NONE, EU_PERCENT, EU_MONEY, EU_TIME
};

static int
unit_word(const char *s, size_t len, size_t a, size_t b, const char **unit, size_t *end)
{
	static const char *const times[] = {
		"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
		"minute", "minutes", "decade", "decades", NULL
	};
	size_t		j,
				e;

	*end = b;
	if (eq(s, a, b, "percent"))
	{
		*unit = "%";
		return EU_PERCENT;
	}
	if (eq(s, a, b, "per") || eq(s, a, b, "percentage"))
	{
		j = skip_space(s, len, b);
		e = word_end(s, len, j);
		if (j > b && eq(s, a, b, "per") && eq(s, j, e, "cent"))
		{
			*unit = "%";
			*end = e;
			return EU_PERCENT;
		}
		if (j > b && eq(s, a, b, "percentage") && (eq(s, j, e, "points") || eq(s, j, e, "point")))
		{
			*unit = "percentage points";
			*end = e;
			return EU_PERCENT;
		}
		return EU_NONE;
	}
	if (eq(s, a, b, "dollars") || eq(s, a, b, "dollar"))
	{
		*unit = "$";
		return EU_MONEY;
	}
	if (eq(s, a, b, "yuan"))
	{
		*unit = "yuan";
		return EU_MONEY;
	}
	if (eq(s, a, b, "euros") || eq(s, a, b, "euro"))
	{
		*unit = "€";
		return EU_MONEY;
	}
	for (int k = 0; times[k]; k++)
		if (eq(s, a, b, times[k]))
		{
			*unit = times[k];
			return EU_TIME;
		}
	return EU_NONE;
}

/* 100 * a / b as a decimal; false (and an inexact value) when it does not end (one in three) */
static bool
ratio_percent(uint64_t a, uint64_t b, SpDecimal *d)
{
	uint64_t	num = 100 * a,
				den = b,
				x = num,
				y = den,
				p = 1;
	int			twos = 0,
				fives = 0,
				k;

	while (y)
	{
		uint64_t	t = x % y;

		x = y;
		y = t;
	}
	num /= x;
	den /= x;
	while (den % 2 == 0)
	{
		den /= 2;
		twos++;
	}
	while (den % 5 == 0)
	{
		den /= 5;
		fives++;
	}
	if (den != 1)
	{
		/* 100 a / b to 17 digits, marked inexact: NULL in SQL, speech_diagnostics says why */
		uint64_t	r = 100 * a;

		memset(d, 0, sizeof(*d));
		d->mant = r / b;
		r %= b;
		while (d->mant < SP_DECIMAL_MANT_CAP / 10)
		{
			r *= 10;
			d->mant = d->mant * 10 + r / b;
			r %= b;
			d->exp--;
		}
		d->inexact = true;
		return false;
	}
	k = twos > fives ? twos : fives;
	for (int q = 0; q < k; q++)
		p *= 10;
	/* num / (2^twos 5^fives) = num * (10^k / (2^twos 5^fives)) / 10^k */
	{
		uint64_t	f = p;

		for (int q = 0; q < twos; q++)
			f /= 2;
		for (int q = 0; q < fives; q++)
			f /= 5;
		memset(d, 0, sizeof(*d));
		d->mant = num * f;
		d->exp = -k;
	}
	return true;
}

/* ---- one quantity ---- */

/* the words a quantity can start with (months, number words, fiscal, FY, a), sorted */
static const char *const start_words[] = {
	"a", "apr", "april", "aug", "august", "dec", "december", "eight", "eighteen", "eighty",
	"eleven", "feb", "february", "fifteen", "fifty", "fiscal", "five", "forty", "four",
	"fourteen", "fy", "jan", "january", "jul", "july", "jun", "june", "mar", "march", "may",
	"nine", "nineteen", "ninety", "nov", "november", "oct", "october", "one", "sep", "sept",
	"september", "seven", "seventeen", "seventy", "six", "sixteen", "sixty", "ten",
	"thirteen", "thirty", "three", "twelve", "twenty", "two",
};

/* the word [a, b) can start a quantity: one look-up before the readers try it */
static bool
starts_quantity(const char *s, size_t a, size_t b)
{
	char		buf[12];
	size_t		lo = 0,
				hi = sizeof(start_words) / sizeof(start_words[0]);

	if (b - a >= sizeof(buf))
		return false;
	for (size_t k = a; k < b; k++)
		buf[k - a] = (char) (s[k] | 0x20);
	buf[b - a] = '\0';
	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;
		int			cmp = strcmp(start_words[mid], buf);

		if (cmp == 0)
			return true;
		if (cmp < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

/*
 * Read a quantity whose number (or currency sign, or month, or year word)
 * starts at i; returns its end (0: none), the row in *q.
 */
static size_t
read_at(const char *s, size_t len, size_t i, bool after_year, SpQuantity *q)
{
	EnNum		n;
	size_t		j = i,
				k,
				e,
				ue,
				qs;
	const char *cur = NULL,
			   *unit = NULL,
			   *qual;
	int			sc = 0,
				uc = EU_NONE,
				y;
	unsigned char c = (unsigned char) s[i];

	memset(q, 0, sizeof(*q));
	q->has_value = true;

	if (alpha(c))
	{
		size_t		we = word_end(s, len, i);

		if (i > 0 && (alpha((unsigned char) s[i - 1]) || digit((unsigned char) s[i - 1])))
			return 0;
		if (!starts_quantity(s, i, we))
			return 0;
		/* dates, at a month name */
		if ((e = read_date(s, len, i, we, q)) > 0)
		{
			q->span.start = i;
			q->span.end = e;
			return e;
		}
		/* fiscal year 2025, fiscal 2025, FY 2025, FY2025 */
		if (eq(s, i, we, "fiscal") || (we - i == 2 && s[i] == 'F' && s[i + 1] == 'Y'))
		{
			k = skip_space(s, len, we);
			if (eq(s, i, we, "fiscal") && k > we && eq(s, k, word_end(s, len, k), "year"))
				k = skip_space(s, len, word_end(s, len, k));
			if ((k > we || (s[i] == 'F' && k == we)) && (y = year_at_glued(s, len, k, &e, k == we)) > 0)
			{
				q->kind = SP_QTY_YEAR;
				q->value = sp_decimal_from_u64((uint64_t) y);
				q->span.start = i;
				q->span.end = e;
				return e;
			}
			return 0;
		}
		if (!read_words(s, len, i, &n))
			return 0;
	}
	else
	{
		/* a currency sign: $ US$ € £ */
		if (c == '$')
			cur = "$", j = i + 1;
		else if (c == 0xE2 && i + 2 < len && (unsigned char) s[i + 1] == 0x82 &&
				 (unsigned char) s[i + 2] == 0xAC)
			cur = "€", j = i + 3;
		else if (c == 0xC2 && i + 1 < len && (unsigned char) s[i + 1] == 0xA3)
			cur = "£", j = i + 2;
		if (cur && i >= 2 && s[i - 1] == 'S' && s[i - 2] == 'U')
			i -= 2;				/* US$ */
		if (!cur)
		{
			size_t		de,
						me,
						ye,
						m2 = 0;
			int			d = day_at(s, len, j, &de),
						m;

			/* 27 January 2010, the 15th June, 1846, the 1st of July, 1863 */
			if (d && (m2 = skip_space(s, len, de)) > de && eq(s, m2, word_end(s, len, m2), "of"))
				m2 = skip_space(s, len, word_end(s, len, m2));
			if (d && m2 > de && (m = month_at(s, len, m2, word_end(s, len, m2), &me)) > 0)
			{
				size_t		yk = skip_space(s, len, me < len && s[me] == ',' ? me + 1 : me);
				int			yy = yk > me ? year_at(s, len, yk, &ye) : 0;

				set_iso(q, yy, m, d);
				q->span.start = i;
				q->span.end = yy ? ye : me;
				return q->span.end;
			}
		}
		if (!read_digits(s, len, j, &n))
			return 0;
	}

	/* the scale and the unit after the number */
	e = n.end;
	k = skip_space(s, len, e);
	if (!n.words && k > e && (sc = scale_word(s, k, word_end(s, len, k))) > 0)
	{
		n.v.exp += sc;
		n.scaled = true;
		e = word_end(s, len, k);
		k = skip_space(s, len, e);
	}
	if (!n.words && e < len && s[e] == '%')
	{
		uc = EU_PERCENT;
		unit = "%";
		e++;
	}
	else if (k > e && (uc = unit_word(s, len, k, word_end(s, len, k), &unit, &ue)) != EU_NONE)
		e = ue;
	if (cur && uc != EU_NONE && uc != EU_MONEY)
		uc = EU_NONE, unit = NULL, e = n.end;	/* $5 a year: the money */
	qs = qualifier_before(s, i, &qual);

	if (cur)
	{
		q->kind = SP_QTY_MONEY;
		strcpy(q->unit, cur);
		if (uc == EU_MONEY)
			strcpy(q->unit, unit);
		q->value = n.v;
	}
	else if (uc != EU_NONE)
	{
		q->kind = uc == EU_PERCENT ? SP_QTY_PERCENT : uc == EU_MONEY ? SP_QTY_MONEY : SP_QTY_DURATION;
		strcpy(q->unit, unit);
		q->value = n.v;
		/* 65% alone is the Chinese scanner's (the same row); with an English word it is ours */
		if (strcmp(unit, "%") == 0 && !n.words && n.end < len && s[n.end] == '%' && qs == i)
			return 0;
	}
	else
	{
		size_t		a,
					b,
					ye2;

		/* one in ten */
		if (n.small && !n.scaled && k > e && eq(s, k, word_end(s, len, k), "in"))
		{
			size_t		k2 = skip_space(s, len, word_end(s, len, k));
			EnNum		d;

			if (k2 > word_end(s, len, k) &&
				(read_digits(s, len, k2, &d) || read_words(s, len, k2, &d)) &&
				d.small > n.small && !d.scaled && !d.fraction && !(d.digits == 4 && d.small >= 1000))
			{
				size_t		k3 = skip_space(s, len, d.end),
							ue3;
				const char *u3;

				/* one in ten minutes: the ten is an amount of its own */
				if (k3 > d.end && unit_word(s, len, k3, word_end(s, len, k3), &u3, &ue3) != EU_NONE)
					return 0;
				q->kind = SP_QTY_PERCENT;
				strcpy(q->unit, "%");
				(void) ratio_percent(n.small, d.small, &q->value);	/* one in three: inexact */
				e = d.end;
				goto done;
			}
		}
		/* a year after in, since, by ... (and after "between 2001 and") */
		if (!n.words && n.digits == 4 && !n.grouped && !n.fraction && !n.scaled &&
			year_at(s, len, n.start, &ye2) && word_before(s, i, &a, &b))
		{
			bool		yes = false;

			for (int w = 0; year_words[w] && !yes; w++)
				yes = eq(s, a, b, year_words[w]);
			if (!yes && after_year && eq(s, a, b, "and"))
				yes = true;
			/* targets for 2017.  (not: for 1200 jobs) */
			if (!yes && eq(s, a, b, "for") &&
				(n.end >= len || strchr(",.;:)\r\n", s[n.end]) != NULL))
				yes = true;
			if (yes)
			{
				q->kind = SP_QTY_YEAR;
				q->value = n.v;
				q->span.start = i;
				q->span.end = n.end;
				return n.end;
			}
		}
		if (!n.scaled)
			return 0;
		q->kind = SP_QTY_COUNT;
		q->value = n.v;
	}
done:
	if (qual)
	{
		strncpy(q->qualifier, qual, sizeof(q->qualifier) - 1);
		i = qs;
	}
	q->span.start = i;
	q->span.end = e;
	return e;
}

/* ---- the scan and the merge ---- */

static bool
overlaps(SpSpan a, SpSpan b)
{
	return a.start < b.end && b.start < a.end;
}

void
sp_quantities_en(const SpEnv *env, const char *s, size_t len, const SpSpan *skip,
				 size_t nskip, SpQuantityVec *out, size_t first)
{
	SpQuantityVec en = {0},
				merged = {0};
	size_t		i = 0,
				sk = 0,
				ci,
				ei;
	unsigned	iter = 0;
	bool		last_year = false;
	size_t		last_end = 0;

	while (i < len)
	{
		unsigned char c = (unsigned char) s[i];
		SpQuantity	q;
		size_t		e;

		if (++iter % SP_INTERRUPT_INTERVAL == 0)
			sp_check_interrupt(env);
		/* most of a Chinese text: three-byte characters that start nothing here (€ is E2) */
		if (c >= 0xE3 && c <= 0xEF)
		{
			i += 3;
			continue;
		}
		/* a word starts a quantity only with a letter of a month, a number word, fiscal, FY, a */
		if (alpha(c) && (i == 0 || !alpha((unsigned char) s[i - 1])) &&
			!strchr("adefhjmnostADEFHJMNOST", (char) c))
		{
			i = word_end(s, len, i);
			continue;
		}
		/* candidates: a digit, a letter starting a word, $ € £ */
		if (!(digit(c) || c == '$' || (alpha(c) && (i == 0 || !alpha((unsigned char) s[i - 1]))) ||
			  (c == 0xE2 && i + 2 < len && (unsigned char) s[i + 1] == 0x82 &&
			   (unsigned char) s[i + 2] == 0xAC) ||
			  (c == 0xC2 && i + 1 < len && (unsigned char) s[i + 1] == 0xA3)))
		{
			i++;
			continue;
		}
		e = read_at(s, len, i, last_year && i <= last_end + 8, &q);
		if (e == 0)
		{
			/* past the word or the digits */
			size_t		j = i + 1;

			if (alpha(c))
				j = word_end(s, len, i);
			else if (digit(c))
				while (j < len && digit((unsigned char) s[j]))
					j++;
			i = j;
			continue;
		}
		while (sk < nskip && skip[sk].end <= q.span.start)
			sk++;
		if (!(sk < nskip && overlaps(skip[sk], q.span)))
		{
			sp_vec_push(env, &en, q);
			last_year = q.kind == SP_QTY_YEAR;
			last_end = q.span.end;
		}
		i = e > i ? e : i + 1;
	}
	if (en.n == 0)
		return;

	/* merge: the Chinese rows from first on, without those an English row overlaps */
	ei = 0;
	for (ci = first; ci < out->n; ci++)
	{
		const SpQuantity *cq = &out->items[ci];

		while (ei < en.n && en.items[ei].span.end <= cq->span.start)
			sp_vec_push(env, &merged, en.items[ei++]);
		if (ei < en.n && overlaps(en.items[ei].span, cq->span))
			continue;
		/* a Chinese row may reach over the English row before it */
		if (ei > 0 && overlaps(en.items[ei - 1].span, cq->span))
			continue;
		sp_vec_push(env, &merged, *cq);
	}
	while (ei < en.n)
		sp_vec_push(env, &merged, en.items[ei++]);
	out->n = first;
	for (size_t k = 0; k < merged.n; k++)
		sp_vec_push(env, out, merged.items[k]);
	sp_vec_free(env, &merged);
	sp_vec_free(env, &en);
}
