/*
 * sp_paragraph.c - paragraphs, robust to the noise real speech texts carry.
 *
 * Two forward passes over the lines.  The first measures the document:
 *   - does it separate paragraphs with blank lines (then a single newline
 *     inside a sentence is a wrap: Wikisource link breaks, hard-wrapped
 *     English transcripts), or with single newlines;
 *   - are its lines numbered by a chunker ("N、" at the start of line N,
 *     mostly in the middle of a sentence): then those numbers are noise and
 *     the line continues the previous sentence.
 * The second cuts paragraphs: at blank lines, at newlines that are not
 * wraps, at HTML block tags, and at flattened paragraph breaks (white space
 * between two pieces of Chinese text, where a converter turned paragraph
 * breaks into spaces: "…回忆 2023年，…").
 */
#include "sp_chars.h"
#include "sp_marker.h"
#include "sp_numeral.h"
#include "sp_pipeline.h"
#include "sp_scan.h"
#include "sp_utf8.h"

typedef struct Line
{
	size_t		start;			/* first byte of the line */
	size_t		end;			/* before its newline */
	size_t		cs;				/* first visible byte */
	size_t		ce;				/* after the last visible byte */
	size_t		next;			/* first byte of the next line */
	uint32_t	first;			/* first visible character */
	uint32_t	last;			/* last visible character */
} Line;

/* the line starting at i; false at the end of the text */
static bool
next_line(const char *s, size_t len, size_t i, Line *ln)
{
	size_t		j = i;

	if (i >= len)
		return false;
	ln->start = i;
	while (j < len)
	{
		unsigned char c = (unsigned char) s[j];

		/* most bytes cannot start a line break: \n \v \f \r, U+2028/9 (E2), NEL (C2) */
		if (c > '\r' && c != 0xE2 && c != 0xC2)
		{
			j++;
			continue;
		}

		if (c == '\n' || c == '\r' || c == '\v' || c == '\f')
		{
			ln->end = j;
			ln->next = (c == '\r' && j + 1 < len && s[j + 1] == '\n') ? j + 2 : j + 1;
			goto found;
		}
		if (c == 0xE2 && j + 2 < len && (unsigned char) s[j + 1] == 0x80 &&
			((unsigned char) s[j + 2] == 0xA8 || (unsigned char) s[j + 2] == 0xA9))
		{
			ln->end = j;
			ln->next = j + 3;
			goto found;
		}
		if (c == 0xC2 && j + 1 < len && (unsigned char) s[j + 1] == 0x85)
		{
			ln->end = j;
			ln->next = j + 2;
			goto found;
		}
		j++;
	}
	ln->end = len;
	ln->next = len;
found:
	ln->cs = sp_skip_invisible(s, ln->end, ln->start);
	ln->ce = sp_trim_back(s, ln->cs, ln->end);
	ln->first = ln->cs < ln->ce ? sp_u8_at(s, ln->ce, ln->cs) : 0;
	ln->last = ln->cs < ln->ce ? sp_u8_before(s, ln->ce, ln->ce) : 0;
	return true;
}

/*
 * The non-blank lines of a text, one after another, and what separates each
 * from the one before: both passes walk the text this way.
 */
typedef struct LineWalk
{
	const SpEnv *env;
	const char *s;
	size_t		len;
	size_t		i;				/* where the next line starts */
	size_t		iter;
	Line		ln;				/* the current line */
	bool		have_prev;		/* a non-blank line came before it */
	bool		blank_since;	/* blank lines came between that one and this one */
	uint32_t	prev_last;		/* the last visible character of that line */
	bool		in_line;		/* ln is a line returned by walk_next */
} LineWalk;

static void
walk_begin(LineWalk *w, const SpEnv *env, const char *s, size_t len)
{
	memset(w, 0, sizeof(*w));
	w->env = env;
	w->s = s;
	w->len = len;
}

/* the next non-blank line into w->ln; false at the end of the text */
static bool
walk_next(LineWalk *w)
{
	if (w->in_line)
	{
		w->have_prev = true;
		w->blank_since = false;
		w->prev_last = w->ln.last;
	}
	w->in_line = false;
	while (next_line(w->s, w->len, w->i, &w->ln))
	{
		if (++w->iter % SP_INTERRUPT_INTERVAL == 0)
			sp_check_interrupt(w->env);
		w->i = w->ln.next;
		if (w->ln.cs < w->ln.ce)
		{
			w->in_line = true;
			return true;
		}
		w->blank_since = true;
	}
	return false;
}

/* "N、" at the start of the line: its value and end, for chunk numbering */
static bool
chunk_number_at(const char *s, size_t len, size_t i, uint64_t *value, size_t *end)
{
	size_t		n = sp_parse_digits(s, len, i, value);
	int			step;

	if (n == 0 || n > 8 || i + n >= len)
		return false;
	if (sp_u8_decode(s, len, i + n, &step) != 0x3001)	/* 、 */
		return false;
	*end = i + n + (size_t) step;
	return true;
}

/* continuation of a sentence across a line break, whatever the document style */
static bool
obviously_continues(uint32_t last, uint32_t first)
{
	if (sp_is_open_quote(last) || sp_is_open_bracket(last) || last == 0x3001 || last == 0xFF0C)
		return true;
	switch (first)
	{
		case 0xFF0C:			/* ， */
		case 0x3001:			/* 、 */
		case 0x3002:			/* 。 */
		case 0xFF1B:			/* ； */
		case 0xFF1A:			/* ： */
		case 0xFF01:
		case 0xFF1F:
			return true;
	}
	return sp_is_close_quote(first);
}

/*
 * Does the line open with the marker of a numbered heading (（三） 一、 第五条
 * 【重点任务3】)?  After a line cut off at a comma it starts a paragraph of
 * its own: a truncated line does not run into the next heading.  Arabic
 * shapes (3、) are left out: chunkers number lines that way.
 */
static bool
opens_heading(const char *s, const Line *ln)
{
	SpMarker	m;

	if (!sp_marker_at(s, ln->ce, ln->cs, &m))
		return false;
	switch (m.style)
	{
		case SP_STYLE_HAN_DUN:
		case SP_STYLE_PAREN_HAN:
		case SP_STYLE_DI_PART:
		case SP_STYLE_DI_CHAPTER:
		case SP_STYLE_DI_SECTION:
		case SP_STYLE_DI_ARTICLE:
		case SP_STYLE_BRACKET_LABEL:
			return true;
		default:
			return false;
	}
}

typedef struct Stats
{
	size_t		lines;			/* non-blank lines */
	size_t		blank_breaks;	/* breaks with at least one blank line */
	size_t		single_final;	/* single-newline breaks after line-final punctuation */
	size_t		single_open;	/* single-newline breaks in the middle of a sentence */
	size_t		chunk_lines;	/* lines starting with "N、", N = their line number */
	size_t		chunk_open;		/* ... following a line that ends mid-sentence */
	size_t		wrap_width;		/* 90th percentile of line lengths (characters, capped) */
} Stats;

#define WIDTH_CAP 400

static void
measure(const SpEnv *env, const char *s, size_t len, Stats *st)
{
	LineWalk	lw;
	const Line *ln = &lw.ln;
	size_t		hist[WIDTH_CAP + 1] = {0};

	memset(st, 0, sizeof(*st));
	walk_begin(&lw, env, s, len);
	while (walk_next(&lw))
	{
		uint64_t	v;
		size_t		e;

		st->lines++;
		{
			size_t		w = sp_u8_count_max(s + ln->cs, ln->ce - ln->cs, WIDTH_CAP);

			hist[w > WIDTH_CAP ? WIDTH_CAP : w]++;
		}
		if (lw.have_prev)
		{
			if (lw.blank_since)
				st->blank_breaks++;
			else if (sp_is_line_final(lw.prev_last))
				st->single_final++;
			else
				st->single_open++;
		}
		if (chunk_number_at(s, ln->ce, ln->cs, &v, &e) && v == st->lines)
		{
			st->chunk_lines++;
			if (lw.have_prev && !sp_is_line_final(lw.prev_last))
				st->chunk_open++;
		}
	}
	/* the width lines are wrapped at, if they are: 90% of lines are not longer */
	{
		size_t		seen = 0;

		for (size_t w = 0; w <= WIDTH_CAP; w++)
		{
			seen += hist[w];
			if (seen * 10 >= st->lines * 9)
			{
				st->wrap_width = w;
				break;
			}
		}
	}
}

/*
 * In a document whose paragraphs are separated by blank lines, is this single
 * newline a wrap inside a paragraph?  Chinese: the paragraph so far is running
 * text (it has clause punctuation) and the line stopped mid-sentence (a
 * Wikisource link break: …在\n毛泽东\n同志领导下); para_clause says whether
 * the lines of the paragraph so far have such punctuation.  Latin: the document is
 * hard-wrapped (most lines at most ~120 characters) and the line reaches the
 * wrap width.  A header block of short lines (name, title, date) is not joined.
 */
static bool
wrapped(const char *s, const Stats *st, bool para_clause, const Line *prev)
{
	size_t		w;

	if (sp_is_line_final(prev->last))
		return false;
	if (sp_is_han(prev->last) || sp_is_cjk_punct(prev->last) || sp_is_han(prev->first))
		return para_clause;
	if (st->wrap_width == 0 || st->wrap_width > 120)
		return false;
	w = sp_u8_count_max(s + prev->cs, prev->ce - prev->cs, WIDTH_CAP);
	return w * 10 >= st->wrap_width * 7;
}

/* does the line hold Chinese clause punctuation (running text, not a header line)? */
static bool
line_has_clause(const char *s, const Line *ln)
{
	for (size_t i = ln->cs; i < ln->ce;)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, ln->ce, i, &step);

		if (cp == 0xFF0C || cp == 0x3001 || cp == 0xFF1B || cp == 0x201C || cp == 0x300A ||
			cp == 0xFF08 || cp == 0x3002)
			return true;
		i += (size_t) step;
	}
	return false;
}

static bool
chinese_left(uint32_t cp)
{
	switch (cp)
	{
		case 0x3002:			/* 。 */
		case 0xFF01:
		case 0xFF1F:
		case 0xFF1A:			/* ： */
		case 0xFF1B:			/* ； */
		case 0x201D:			/* ” */
		case 0x2019:
		case 0x300D:
		case 0x300F:
		case 0x300B:			/* 》 */
		case 0xFF09:			/* ） */
		case 0x3011:			/* 】 */
		case 0x2026:			/* … */
			return true;
	}
	return sp_is_han(cp);
}

/* does a sentence end with cp (。！？!? …)? */
static bool
sentence_ended(uint32_t cp)
{
	return cp == 0x3002 || cp == 0x2026 || sp_is_sentence_final(cp);
}

/*
 * Is the white space [a, b) inside a line a flattened paragraph break?
 * Left of it Chinese text (a Han character or Chinese sentence/clause-final
 * punctuation, or an ASCII ':' '!' '?' after Han), right of it the start of
 * Chinese text (Han, an opening quote or bracket, a numbering marker, a year).
 * Spaced-out names (习　近　平, 王 琛) and lists of short words (下载 打印) are
 * not breaks, nor is a space before an opening quote, unless the sentence
 * has ended; neither is an HTML &nbsp; (HTML breaks paragraphs with tags).
 */
static bool
flattened_break(const char *s, size_t from, size_t limit, size_t a, size_t b)
{
	uint32_t	left,
				right;
	size_t		p;

	if (a <= from || b >= limit)
		return false;
	p = sp_u8_prev(s, a);
	left = sp_u8_at(s, a, p);
	right = sp_u8_at(s, limit, b);
	if (!chinese_left(left))
	{
		if (!((left == ':' || left == '!' || left == '?') && p > from &&
			  sp_is_han(sp_u8_before(s, a, p))))
			return false;
	}
	/* a numeral padded inside its brackets, (十 八), is one marker */
	if (p > from && sp_is_open_bracket(sp_u8_before(s, a, p)) &&
		(sp_han_digit(left) >= 0 || left == 0x5341))
		return false;
	/* an opening quote continues the sentence (实施“甲” “乙”) unless it has ended */
	if (sp_is_open_quote(right) && !sentence_ended(left))
		return false;
	if (!(sp_is_han(right) || sp_is_open_quote(right) || sp_is_open_bracket(right)))
	{
		SpMarker	m;
		uint64_t	v;
		size_t		n;

		if (!sp_is_digit(right))
			return false;
		/* a number opens a paragraph as a marker (1、 2.) or a year (2023年) */
		n = sp_parse_digits(s, limit, b, &v);
		if (!(sp_u8_at(s, limit, b + n) == SP_CP_NIAN || sp_marker_at(s, limit, b, &m)))
			return false;
	}
	/*
	 * Spaced-out names and titles (习　近　平, 走 向 远 方) and word lists (下载
	 * 打印 全屏) are not breaks, unless the gap is wide (a run of 3+ spaces).
	 */
	if (sp_u8_count(s + a, b - a) < 3 && !sentence_ended(left))
	{
		size_t		run = sp_run_chars_back(s, from, a, 3);

		if (run <= 1 || (run <= 2 && sp_run_chars_fwd(s, limit, b, 3) <= 2))
			return false;
	}
	return true;
}

typedef struct Builder
{
	const SpEnv *env;
	SpDoc	   *doc;
	size_t		start;			/* start of the open paragraph, or SIZE_MAX */
	size_t		end;			/* end of its visible text so far */
	/*
	 * The last invisible stretch open_paragraph() skipped, [skip_from,
	 * skip_to) up to skip_limit: a run of block tags opens a paragraph at
	 * every tag, and skipping the rest of the run again each time would be
	 * quadratic (a fuzz finding: 20,000 <p> before some text).
	 */
	size_t		skip_from;
	size_t		skip_to;
	size_t		skip_limit;
} Builder;

static void
close_paragraph(Builder *b)
{
	if (b->start != SIZE_MAX)
	{
		size_t		e = sp_trim_back(b->doc->s, b->start, b->end);

		if (e > b->start)
		{
			SpParagraph p = {{b->start, e}, -1};

			sp_vec_push(b->env, &b->doc->paragraphs, p);
		}
	}
	b->start = SIZE_MAX;
}

static void
open_paragraph(Builder *b, size_t at, size_t limit)
{
	close_paragraph(b);
	if (limit == b->skip_limit && at >= b->skip_from && at <= b->skip_to)
		at = b->skip_to;		/* a token boundary inside the stretch: the same end */
	else
	{
		b->skip_from = at;
		at = sp_skip_invisible(b->doc->s, limit, at);
		b->skip_to = at;
		b->skip_limit = limit;
	}
	if (at < limit)
	{
		b->start = at;
		b->end = at;
	}
}

/* walk one line's visible text [i, limit), cutting at flattened breaks and block tags */
static void
cut_line(Builder *b, size_t i, size_t limit)
{
	const char *s = b->doc->s;
	size_t		from = i,
				ticks = 0;

	if (b->start == SIZE_MAX)
		open_paragraph(b, i, limit);
	while (i < limit)
	{
		int			step;
		uint32_t	cp;
		size_t		end;
		bool		block;

		sp_tick(b->env, &ticks);
		cp = sp_u8_decode(s, limit, i, &step);

		if (cp == '<' && sp_html_tag_at(s, limit, i, &end, &block))
		{
			if (block)
			{
				b->end = i;
				open_paragraph(b, end, limit);
				from = end;
			}
			i = end;
			continue;
		}
		if (sp_is_space(cp))
		{
			size_t		a = i,
						z = sp_skip_invisible(s, limit, i);

			if (z > a && flattened_break(s, from, limit, a, z))
			{
				b->end = a;
				open_paragraph(b, z, limit);
			}
			i = z > a ? z : i + (size_t) step;
			continue;
		}
		i += (size_t) step;
		b->end = i;
		if (b->start == SIZE_MAX)
			b->start = sp_u8_prev(s, i);
	}
}

void
sp_find_paragraphs(const SpEnv *env, SpDoc *doc)
{
	const char *s = doc->s;
	size_t		len = doc->len;
	Stats		st;
	bool		blank_style,
				chunked;
	Line		prev = {0};
	bool		para_clause = false;	/* the open paragraph has clause punctuation */
	size_t		k = 0;
	LineWalk	lw;
	Builder		b = {env, doc, SIZE_MAX, 0, SIZE_MAX, 0, 0};

	measure(env, s, len, &st);
	/* blank lines separate paragraphs; single newlines are (almost) never after a full stop */
	blank_style = st.blank_breaks >= 2 && st.single_final * 5 <= st.blank_breaks &&
		st.single_open > 0;
	/* a chunker numbered the lines: most lines, mostly mid-sentence */
	chunked = st.chunk_lines >= 3 && st.chunk_lines * 2 >= st.lines &&
		st.chunk_open * 2 >= st.chunk_lines - 1;

	walk_begin(&lw, env, s, len);
	while (walk_next(&lw))
	{
		Line		ln = lw.ln;
		size_t		content = ln.cs;
		bool		soft = false;
		uint64_t	v;
		size_t		e;

		k++;
		if (chunked && chunk_number_at(s, ln.ce, ln.cs, &v, &e) && v == k)
		{
			bool		continues = lw.have_prev && !lw.blank_since && !sp_is_line_final(lw.prev_last);
			SpNoise		nz = {SP_NOISE_CHUNK_NUMBER, {continues ? b.end : ln.cs, e}};

			/* a continuing chunk's noise includes the line break it sits behind */
			if (!continues || b.start == SIZE_MAX)
				nz.span.start = ln.cs;
			sp_vec_push(env, &doc->noise, nz);
			content = sp_skip_invisible(s, ln.ce, e);
			soft = continues;
		}
		else if (lw.have_prev && !lw.blank_since)
			soft = (obviously_continues(lw.prev_last, ln.first) ||
					(blank_style && b.start != SIZE_MAX && wrapped(s, &st, para_clause, &prev))) &&
				!(lw.prev_last == 0xFF0C && opens_heading(s, &ln));

		if (!lw.have_prev || !soft)
		{
			open_paragraph(&b, content, ln.ce);
			para_clause = false;
		}
		if (blank_style && !para_clause)
			para_clause = line_has_clause(s, &ln);
		if (content < ln.ce)
			cut_line(&b, content, ln.ce);
		prev = ln;
	}
	close_paragraph(&b);
}
