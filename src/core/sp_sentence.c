/*
 * sp_sentence.c - sentences within each paragraph.
 *
 * Paragraphs with Han text are split by Chinese rules: a sentence ends at
 * 。！？ (or ASCII ! ?, or a Latin full stop that ends a Latin sentence),
 * together with the terminators and closing quotes/brackets that follow;
 * semicolons and commas do not end sentences.  Paragraphs without Han text
 * use ICU's sentence rules with the standard suppressions ("en@ss=standard":
 * Mr. Speaker, U.S. do not end a sentence).  Chunk-number noise is skipped.
 */
#include "sp_chars.h"
#include "sp_marker.h"
#include "sp_pipeline.h"
#include "sp_scan.h"
#include "sp_utf8.h"

#include <unicode/ubrk.h>
#include <unicode/utext.h>

/*
 * One ICU sentence iterator per process, opened on first use and kept: a
 * cache, safe in parallel workers (each is its own process).  It holds no
 * pointer into our text between calls that matters: every use starts with
 * ubrk_setUText().  If opening fails, Latin paragraphs fall back to the
 * Chinese rules (which also handle Latin full stops).
 */
static UBreakIterator *
sentence_iterator(void)
{
	static UBreakIterator *bi;
	static bool failed;

	if (bi == NULL && !failed)
	{
		UErrorCode	err = U_ZERO_ERROR;

		bi = ubrk_open(UBRK_SENTENCE, "en@ss=standard", NULL, 0, &err);
		if (U_FAILURE(err))
		{
			bi = NULL;
			failed = true;
		}
	}
	return bi;
}

/* Latin abbreviations after which a full stop does not end a sentence */
static bool
abbreviation(const char *w, size_t n)
{
	static const char *const abbr[] = {
		"Mr", "Mrs", "Ms", "Mme", "Dr", "Prof", "Sr", "Jr", "St", "Gen", "Gov", "Sen", "Rep",
		"Lt", "Col", "Capt", "Sgt", "Hon", "Rev", "Messrs", "vs", "etc", "No", "Nos", "Vol",
		"pp", "cf", "al", "Inc", "Ltd", "Co", "Corp", "Dept", "Jan", "Feb", "Mar", "Apr",
		"Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "Fig", "Art", NULL
	};

	for (int k = 0; abbr[k]; k++)
		if (strlen(abbr[k]) == n && memcmp(abbr[k], w, n) == 0)
			return true;
	return false;
}

/*
 * Does the full stop at i end a sentence in mixed (Chinese) text?  Not in
 * 1.5, U.S., Mr., initials, or when a lower-case word follows; yes before
 * Han text, an upper-case word, a digit, a quote, or the paragraph end, and
 * in "abroad.However" (a lost space after a full stop).
 */
static bool
latin_full_stop(const char *s, size_t from, size_t limit, size_t i)
{
	uint32_t	prev = i > from ? sp_u8_before(s, limit, i) : 0;
	uint32_t	next = sp_u8_at(s, limit, i + 1);
	size_t		w = i;
	size_t		after;

	if (sp_is_digit(prev) && sp_is_digit(next))
		return false;
	/* the word before the stop */
	while (w > from && (((unsigned char) s[w - 1] | 0x20) >= 'a' && ((unsigned char) s[w - 1] | 0x20) <= 'z'))
		w--;
	if (next >= 'A' && next <= 'Z')
	{
		/* lost space: at least three lower-case letters before */
		if (i - w < 3)
			return false;
		for (size_t k = w; k < i; k++)
			if (s[k] < 'a' || s[k] > 'z')
				return false;
		return true;
	}
	if (next != 0 && !sp_is_space(next) && !sp_is_newline(next) && !sp_is_close_quote(next) &&
		!sp_is_close_bracket(next) && next != '"' && next != '\'' && !sp_is_han(next))
		return false;
	if (w > from && s[w - 1] == '.')
		return false;			/* U.S. a.m. */
	if (i - w == 1 && s[w] >= 'A' && s[w] <= 'Z')
		return false;			/* an initial */
	if (i - w > 0 && abbreviation(s + w, i - w))
		return false;
	after = sp_skip_invisible(s, limit, i + 1);
	while (after < limit && (sp_is_close_quote(sp_u8_at(s, limit, after)) ||
							 sp_u8_at(s, limit, after) == '"'))
		after++;
	after = sp_skip_invisible(s, limit, after);
	if (after >= limit)
		return true;
	next = sp_u8_at(s, limit, after);
	return !(next >= 'a' && next <= 'z');
}

static void
push_sentence(const SpEnv *env, SpDoc *doc, int para, size_t start, size_t end,
			  size_t tstart, size_t tend)
{
	SpSentence	st;

	end = sp_trim_back(doc->s, start, end);
	if (end <= start)
		return;
	st.span.start = start;
	st.span.end = end;
	st.terminator.start = tstart;
	st.terminator.end = tend;
	st.paragraph = para;
	st.section = -1;
	sp_vec_push(env, &doc->sentences, st);
}

static bool
is_terminator_at(const char *s, size_t from, size_t limit, size_t i, uint32_t cp)
{
	if (sp_is_sentence_final(cp))
		return true;
	if (cp == '.')
		return latin_full_stop(s, from, limit, i);
	return false;
}

/* Chinese rules over [from, limit) */
static void
split_chinese(const SpEnv *env, SpDoc *doc, int para, size_t from, size_t limit, size_t *ncur)
{
	const char *s = doc->s;
	size_t		start = sp_skip_invisible(s, limit, sp_skip_noise(doc, ncur, from)),
				i = start,
				iter = 0;

	while (i < limit)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, limit, i, &step);

		size_t		after_noise = sp_skip_noise(doc, ncur, i);

		if (++iter % SP_INTERRUPT_INTERVAL == 0)
			sp_check_interrupt(env);
		/* chunk noise inside a sentence is stepped over */
		if (after_noise != i)
		{
			i = after_noise;
			continue;
		}
		if (is_terminator_at(s, start, limit, i, cp))
		{
			size_t		tstart = i,
						tend = i + (size_t) step,
						end;

			/* more terminators (？！ ?! 。。), then closing quotes and brackets */
			while (tend < limit)
			{
				uint32_t	c = sp_u8_decode(s, limit, tend, &step);

				if (!(sp_is_sentence_final(c) || c == '.' || c == 0x2026))
					break;
				tend += (size_t) step;
			}
			end = tend;
			while (end < limit)
			{
				uint32_t	c = sp_u8_decode(s, limit, end, &step);

				if (!(sp_is_close_quote(c) || sp_is_close_bracket(c) || c == '"' || c == '\''))
					break;
				end += (size_t) step;
			}
			push_sentence(env, doc, para, start, end, tstart, tend);
			start = sp_skip_invisible(s, limit, end);
			start = sp_skip_invisible(s, limit, sp_skip_noise(doc, ncur, start));
			i = start;
			continue;
		}
		i += (size_t) step;
	}
	if (start < limit)
	{
		size_t		end = sp_trim_back(s, start, limit);
		uint32_t	last = end > start ? sp_u8_before(s, end, end) : 0;
		size_t		tstart = end,
					tend = end;

		/* a trailing Latin full stop or ellipsis at the paragraph end */
		if (last == '.' || last == 0x2026)
			tstart = sp_u8_prev(s, end);
		push_sentence(env, doc, para, start, end, tstart, tend);
	}
}

/*
 * A line break inside a paragraph is a wrap (the paragraph stage joined the
 * lines of hard-wrapped text), not a sentence boundary, but ICU breaks
 * sentences after every line break: the copy it reads has them as spaces
 * (same bytes, so its offsets stay the text's), except before a line of
 * metadata (key_line_at: "tags: …", YAML front matter).  NULL when the
 * paragraph holds no line break.
 */
/* a metadata line starts at p[i]: a lower-case key, a colon and a space (tags: x) */
static bool
key_line_at(const char *p, size_t n, size_t i)
{
	size_t		j = i;

	while (j < n && ((p[j] >= 'a' && p[j] <= 'z') || p[j] == '_'))
		j++;
	return j > i && j + 1 < n && p[j] == ':' && p[j + 1] == ' ';
}

static char *
unwrap_lines(const SpEnv *env, const char *p, size_t n)
{
	char	   *copy;

	if (memchr(p, '\n', n) == NULL && memchr(p, '\r', n) == NULL)
		return NULL;
	copy = sp_alloc(env, n);
	for (size_t i = 0; i < n; i++)
		copy[i] = (p[i] == '\n' || p[i] == '\r') && !key_line_at(p, n, i + 1) ? ' ' : p[i];
	return copy;
}

/* ICU rules over [from, limit) for text without Han */
static void
split_icu(const SpEnv *env, SpDoc *doc, int para, size_t from, size_t limit, size_t *ncur)
{
	UBreakIterator *bi = sentence_iterator();
	UText		ut = UTEXT_INITIALIZER;
	UErrorCode	err = U_ZERO_ERROR;
	const char *s = doc->s;
	int32_t		b0,
				b1;
	size_t		first_sentence = doc->sentences.n;
	size_t		iter = 0;
	char	   *unwrapped;

	if (bi == NULL || limit - from > INT32_MAX)
	{
		split_chinese(env, doc, para, from, limit, ncur);
		return;
	}
	unwrapped = unwrap_lines(env, s + from, limit - from);
	utext_openUTF8(&ut, unwrapped ? unwrapped : s + from, (int64_t) (limit - from), &err);
	ubrk_setUText(bi, &ut, &err);
	if (U_FAILURE(err))
	{
		utext_close(&ut);
		if (unwrapped)
			sp_free(env, unwrapped);
		split_chinese(env, doc, para, from, limit, ncur);
		return;
	}
	b0 = ubrk_first(bi);
	while ((b1 = ubrk_next(bi)) != UBRK_DONE)
	{
		size_t		start = sp_skip_invisible(s, limit, from + (size_t) b0);
		size_t		end = sp_trim_back(s, start, from + (size_t) b1);
		size_t		tend = end,
					tstart;

		if (++iter % SP_INTERRUPT_INTERVAL == 0)
			sp_check_interrupt(env);
		b0 = b1;
		if (end <= start)
			continue;
		/* terminator: before the closing quotes and brackets at the end */
		while (tend > start)
		{
			uint32_t	c = sp_u8_before(s, tend, tend);

			if (!(sp_is_close_quote(c) || sp_is_close_bracket(c) || c == '"' || c == '\''))
				break;
			tend = sp_u8_prev(s, tend);
		}
		tstart = tend;
		while (tstart > start)
		{
			uint32_t	c = sp_u8_before(s, tstart, tstart);

			if (!(sp_is_sentence_final(c) || c == '.' || c == 0x2026 || c == 0xFF0E))
				break;
			tstart = sp_u8_prev(s, tstart);
		}
		if (doc->sentences.n > first_sentence)
		{
			SpSentence *prev = &doc->sentences.items[doc->sentences.n - 1];
			SpMarker	m;
			size_t		pe = prev->terminator.start;

			/*
			 * Join the previous sentence when it is only a list marker ("1.") or
			 * ends at an abbreviation ICU does not know (Dr. Smith).
			 */
			if ((sp_marker_at(s, prev->span.end, prev->span.start, &m) &&
				 sp_skip_invisible(s, prev->span.end, m.end) >= prev->span.end) ||
				(pe < prev->terminator.end && s[pe] == '.' && prev->terminator.end == pe + 1 &&
				 !latin_full_stop(s, prev->span.start, limit, pe)))
			{
				prev->span.end = end;
				prev->terminator.start = tstart;
				prev->terminator.end = tend;
				continue;
			}
		}
		/* a lost space after a full stop (abroad.However) splits */
		for (size_t i = start; i + 1 < tstart; i++)
			if (s[i] == '.' && s[i + 1] >= 'A' && s[i + 1] <= 'Z' && latin_full_stop(s, start, tstart, i))
			{
				push_sentence(env, doc, para, start, i + 1, i, i + 1);
				start = i + 1;
			}
		push_sentence(env, doc, para, start, end, tstart, tend);
	}
	utext_close(&ut);
	if (unwrapped)
		sp_free(env, unwrapped);
}

static bool
has_han(const char *s, size_t from, size_t limit)
{
	for (size_t i = from; i < limit;)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, limit, i, &step);

		if (cp >= 0x2E80 && sp_is_han(cp))
			return true;
		i += (size_t) step;
	}
	return false;
}

void
sp_find_sentences(const SpEnv *env, SpDoc *doc)
{
	size_t		ncur = 0;

	for (size_t p = 0; p < doc->paragraphs.n; p++)
	{
		SpSpan		sp = doc->paragraphs.items[p].span;

		/*
		 * A huge paragraph (over 1 MB) also takes the Chinese rules, which handle
		 * Latin full stops too: ICU's next() would scan it in one uninterruptible call.
		 */
		if (sp.end - sp.start > 1024 * 1024 || has_han(doc->s, sp.start, sp.end))
			split_chinese(env, doc, (int) p, sp.start, sp.end, &ncur);
		else
			split_icu(env, doc, (int) p, sp.start, sp.end, &ncur);
	}
}
