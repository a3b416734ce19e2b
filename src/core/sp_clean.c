/*
 * sp_clean.c - noise removal and white-space / punctuation-width
 * normalisation (see sp_clean.h for the exact list).
 */
#include "sp_clean.h"
#include "sp_chars.h"
#include "sp_pipeline.h"
#include "sp_scan.h"
#include "sp_utf8.h"

/* Chinese on the left of an ASCII punctuation mark */
static bool
chinese_before(uint32_t cp)
{
	return sp_is_han(cp) || (sp_is_cjk_punct(cp) && cp != 0x3000) || cp == 0x201D || cp == 0x2019;
}

static uint32_t
fullwidth(uint32_t cp)
{
	switch (cp)
	{
		case ',':
			return 0xFF0C;
		case ':':
			return 0xFF1A;
		case ';':
			return 0xFF1B;
		case '?':
			return 0xFF1F;
		case '!':
			return 0xFF01;
		case '(':
			return 0xFF08;
		case ')':
			return 0xFF09;
	}
	return 0;
}

typedef struct Out
{
	const SpEnv *env;
	char	   *buf;
	size_t		n;
	size_t		cap;
	int			pending_space;	/* a space to write before the next visible character */
	int			newlines;		/* newlines written since the last visible character */
	uint32_t	last;			/* last visible character written */
	bool		after_cr;		/* the last character was a CR (a LF after it is its pair) */
	const SpCleanOptions *opt;	/* may be NULL */
} Out;

static void
put_bytes(Out *o, const char *p, size_t n)
{
	if (o->n + n + 8 > o->cap)
	{
		size_t		cap = o->cap ? o->cap : 64;

		while (o->n + n + 8 > cap)
			cap *= 2;
		o->buf = sp_realloc(o->env, o->buf, cap);
		o->cap = cap;
	}
	memcpy(o->buf + o->n, p, n);
	o->n += n;
}

static void
put_visible(Out *o, uint32_t cp, const char *raw, size_t rawlen)
{
	if (o->pending_space && o->newlines == 0 && o->n > 0)
		put_bytes(o, " ", 1);
	o->pending_space = 0;
	o->newlines = 0;
	if (raw)
		put_bytes(o, raw, rawlen);
	else
	{
		char		enc[4];
		size_t		n = (size_t) sp_u8_encode(cp, enc);

		put_bytes(o, enc, n);
	}
	o->last = cp;
}

static void
put_newline(Out *o)
{
	o->pending_space = 0;
	if (o->n == 0 || o->newlines >= 2)
		return;					/* no leading blank lines; at most one blank line */
	put_bytes(o, "\n", 1);
	o->newlines++;
}

/*
 * Is the ASCII mark cp, followed in s by the text from `after`, in Chinese
 * text, so that it is written full-width?
 */
static bool
fullwidth_here(const Out *o, const char *s, size_t len, size_t after, uint32_t cp)
{
	uint32_t	next = sp_u8_at(s, len, sp_skip_invisible(s, len, after));
	bool		han_left = o->newlines == 0 && chinese_before(o->last);
	bool		han_right = sp_is_han(next) || (sp_is_cjk_punct(next) && next != 0x3000);

	/* a clause mark between a number and Chinese (6.9%,达到) is Chinese too; 1,000 is not */
	bool		after_number = !han_left && o->newlines == 0 && !sp_is_letter(o->last) && han_right;

	if (cp == '(' || cp == ')')
		return han_left || han_right;
	return han_left || after_number;
}

/*
 * Write cp, decoded from the entity s[i..i+step), if the output can hold it;
 * else the entity as written.
 */
static void
put_decoded(Out *o, uint32_t cp, const char *s, size_t i, size_t step)
{
	if (o->opt && o->opt->representable && !o->opt->representable(o->opt->ud, cp))
		put_visible(o, '&', s + i, step);
	else
		put_visible(o, cp, NULL, 0);
}

/*
 * One character of the text, literal or decoded from an entity, at s[i],
 * spanning step bytes: written to o with the normalisation of sp_clean.h.
 * decoded: cp came from an entity (no raw bytes to copy).  Returns the
 * position after it.
 */
static size_t
clean_char(Out *o, const char *s, size_t len, size_t i, uint32_t cp, size_t step, bool decoded)
{
	bool		crlf = cp == '\n' && o->after_cr;

	o->after_cr = cp == '\r';
	if (crlf)
		return i + step;		/* the LF of a CRLF: the CR made the line break */
	if (cp == '\r' || sp_is_newline(cp))
	{
		put_newline(o);
		return i + step;
	}
	if (sp_is_space(cp))
	{
		if (o->newlines == 0 && o->n > 0)
			o->pending_space = 1;
		return i + step;
	}
	if (sp_is_ignorable(cp))
		return i + step;
	if (fullwidth(cp) && fullwidth_here(o, s, len, i + step, cp))
	{
		put_decoded(o, fullwidth(cp), s, i, step);
		i += step;
		/*
		 * The space a Latin habit puts after a clause mark (，；) goes with
		 * it; after ：！？ a space may be a flattened paragraph break and
		 * stays.
		 */
		if (cp == ',' || cp == ';')
			while (i < len && s[i] == ' ')
				i++;
		return i;
	}
	if (decoded)
		put_decoded(o, cp, s, i, step);
	else
		put_visible(o, cp, cp == SP_REPLACEMENT ? NULL : s + i, step);
	return i + step;
}

/* the cleaned text, for an output that holds every character (sp_clean.h) */
char *
sp_clean(const SpEnv *env, const char *s, size_t len, size_t *outlen)
{
	return sp_clean_opt(env, s, len, NULL, outlen);
}

/* the cleaned text: noise skipped, each character through clean_char (sp_clean.h) */
char *
sp_clean_opt(const SpEnv *env, const char *s, size_t len, const SpCleanOptions *opt, size_t *outlen)
{
	SpDoc		doc;
	size_t		ncur = 0,
				i = 0,
				iter = 0;
	Out			o;

	memset(&o, 0, sizeof(o));
	o.env = env;
	o.opt = opt;
	/* the paragraph stage finds the chunk numbers */
	memset(&doc, 0, sizeof(doc));
	doc.s = s;
	doc.len = len;
	if (len > 0)
		sp_find_paragraphs(env, &doc);

	put_bytes(&o, "", 0);
	while (i < len)
	{
		int			step;
		uint32_t	cp;
		size_t		e = sp_skip_noise(&doc, &ncur, i);

		if (++iter % SP_INTERRUPT_INTERVAL == 0)
			sp_check_interrupt(env);
		if (e != i)
		{
			i = e;
			continue;
		}
		cp = sp_u8_decode(s, len, i, &step);
		if (cp == '&' && sp_html_entity_at(s, len, i, &e, &cp))
		{
			i = clean_char(&o, s, len, i, cp, e - i, true);
			continue;
		}
		i = clean_char(&o, s, len, i, cp, (size_t) step, false);
	}
	/* no trailing white space */
	while (o.n > 0 && o.buf[o.n - 1] == '\n')
		o.n--;
	sp_vec_free(env, &doc.paragraphs);
	sp_vec_free(env, &doc.noise);
	*outlen = o.n;
	return o.buf;
}
