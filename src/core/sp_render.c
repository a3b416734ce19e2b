/*
 * sp_render.c - spans rendered for output (see sp_render.h).
 */
#include "sp_render.h"
#include "sp_chars.h"
#include "sp_scan.h"
#include "sp_utf8.h"

/* a growing output buffer on env */
typedef struct Out
{
	const SpEnv *env;
	char	   *buf;
	size_t		len;
	size_t		cap;
} Out;

static void
out_init(Out *o, const SpEnv *env, size_t hint)
{
	o->env = env;
	o->cap = hint + 1;
	o->buf = sp_alloc(env, o->cap);
	o->len = 0;
}

static void
out_append(Out *o, const char *s, size_t n)
{
	if (o->len + n + 1 > o->cap)
	{
		while (o->len + n + 1 > o->cap)
			o->cap *= 2;
		o->buf = sp_realloc(o->env, o->buf, o->cap);
	}
	memcpy(o->buf + o->len, s, n);
	o->len += n;
}

static char *
out_finish(Out *o, size_t *outlen)
{
	o->buf[o->len] = '\0';
	*outlen = o->len;
	return o->buf;
}

/*
 * The title: tags are skipped, a run of white space, line breaks and
 * zero-width characters becomes one space (none at the ends), except between
 * two Han characters where the text after the break is a run of at most two
 * characters: that is a word broken over lines (政府工作报 / 告), joined
 * without a space.
 */
char *
sp_render_title(const SpEnv *env, const char *s, SpSpan sp, size_t *outlen)
{
	Out			o;
	bool		space = false;
	uint32_t	last = 0;
	size_t		tick = 0;

	out_init(&o, env, sp.end > sp.start ? sp.end - sp.start : 0);
	for (size_t i = sp.start; i < sp.end;)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, sp.end, i, &step);
		size_t		tag_end;
		bool		block;

		sp_tick(env, &tick);
		if (cp == '<' && sp_html_tag_at(s, sp.end, i, &tag_end, &block))
		{
			i = tag_end;		/* markup is not part of a title */
			continue;
		}
		if (sp_is_space(cp) || sp_is_newline(cp) || sp_is_ignorable(cp))
			space = o.len > 0;
		else
		{
			if (space && !(sp_is_han(last) && sp_is_han(cp) && sp_run_chars_fwd(s, sp.end, i, 2) <= 2))
				out_append(&o, " ", 1);
			space = false;
			out_append(&o, s + i, (size_t) step);
			last = cp;
		}
		i += (size_t) step;
	}
	return out_finish(&o, outlen);
}

/* the span without the noise spans the parser found in it (doc->noise is sorted) */
char *
sp_render_denoised(const SpEnv *env, const SpDoc *doc, SpSpan sp, size_t *outlen)
{
	Out			o;
	size_t		cursor = 0,
				i = sp.start;

	out_init(&o, env, sp.end > sp.start ? sp.end - sp.start : 0);
	while (i < sp.end)
	{
		size_t		e = sp_skip_noise(doc, &cursor, i);
		size_t		j;

		if (e != i)
		{
			i = e;
			continue;
		}
		/* copy up to the next noise span */
		j = cursor < doc->noise.n && doc->noise.items[cursor].span.start > i ?
			doc->noise.items[cursor].span.start : sp.end;
		if (j > sp.end)
			j = sp.end;
		out_append(&o, doc->s + i, j - i);
		i = j;
	}
	return out_finish(&o, outlen);
}

/* full-width ASCII forms U+FF01..U+FF5E (all start with byte 0xEF) to ASCII */
const char *
sp_render_fold_width(const SpEnv *env, const char *s, size_t len, size_t *outlen, bool *changed)
{
	char	   *out;
	size_t		o = 0;
	int			step;

	*changed = false;
	*outlen = len;
	if (memchr(s, 0xEF, len) == NULL)
		return s;
	out = sp_alloc(env, len + 1);
	for (size_t i = 0; i < len; i += (size_t) step)
	{
		uint32_t	cp = sp_u8_decode(s, len, i, &step);
		uint32_t	f = sp_fold_width(cp);

		if (f != cp && f != ' ')
		{
			o += (size_t) sp_u8_encode(f, out + o);
			*changed = true;
		}
		else
		{
			memcpy(out + o, s + i, (size_t) step);
			o += (size_t) step;
		}
	}
	out[o] = '\0';
	*outlen = o;
	return out;
}
