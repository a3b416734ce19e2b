/*
 * sp_passage.c - passages that follow the structure (sp_passage.h has the
 * rules).
 *
 * Two passes.  The first turns the sentences into pieces (a sentence, or a
 * part of a sentence longer than the target), each with its character span
 * and the strength of the boundary before it.  The second cuts the pieces
 * into passages: from a start, the cuts that keep the passage at most
 * target characters long are scanned once, and the strongest cut inside the
 * preferred window (at least half the target; before a top-level boundary,
 * a balanced share of what is left) wins, the furthest among equals.
 */
#include "sp_passage.h"

#include "sp_chars.h"
#include "sp_render.h"
#include "sp_utf8.h"

/* boundary strengths, weakest first */
enum
{
	B_GLUE = 0,					/* after a heading on its own line */
	B_CHAR,						/* inside a clause */
	B_SPACE,					/* at white space inside a clause */
	B_CLAUSE,					/* after ，；：、 */
	B_SENTENCE,
	B_INLINE,					/* an inline numbered item (一是 …) */
	B_PARAGRAPH,
	B_SECTION,					/* + (SECTION_LEVELS - level): shallower is stronger */
	B_HARD = 1000				/* a top-level section: never crossed */
};
#define SECTION_LEVELS 64

typedef struct Piece
{
	size_t		start;			/* bytes */
	size_t		end;
	size_t		cs;				/* characters from the start of the text */
	size_t		ce;
	int			strength;		/* of the boundary before it */
	int			section;
	int			paragraph;
} Piece;

typedef SP_VEC(Piece) Pieces;

typedef struct Builder
{
	const SpEnv *env;
	const SpDoc *doc;
	Pieces		pieces;
	size_t		b;				/* byte offset reached ... */
	size_t		c;				/* ... and its character position */
	size_t		ticks;
} Builder;

/* the character position of byte offset b (b only grows) */
static size_t
char_at(Builder *bd, size_t b)
{
	if (b > bd->b)
	{
		bd->c += sp_u8_count(bd->doc->s + bd->b, b - bd->b);
		bd->b = b;
	}
	return bd->c;
}

/* the deepest section holding both a and b (-1 for none) */
static int
common_section(const SpDoc *doc, int a, int b)
{
	while (a >= 0 && b >= 0 && a != b)
	{
		int			la = doc->sections.items[a].level,
					lb = doc->sections.items[b].level;

		if (la >= lb)
			a = doc->sections.items[a].parent;
		if (lb >= la)
			b = doc->sections.items[b].parent;
	}
	return (a >= 0 && b >= 0) ? a : -1;
}

/*
 * A piece [start, end) in section (the one of its start): its section is the
 * deepest one that also holds its end, since a sentence can run across
 * inline items (一是…，二是…。) and a cut of a long one across sections.
 */
static void
add_piece(Builder *bd, size_t start, size_t end, int strength, int section, int paragraph)
{
	Piece		p;

	p.start = start;
	p.cs = char_at(bd, start);
	p.end = end;
	p.ce = char_at(bd, end);
	p.strength = strength;
	p.section = common_section(bd->doc, section, sp_doc_section_at(bd->doc, end - 1));
	p.paragraph = paragraph;
	sp_vec_push(bd->env, &bd->pieces, p);
}

static bool
is_clause_end(uint32_t cp)
{
	switch (cp)
	{
		case 0xFF0C:			/* ， */
		case 0xFF1B:			/* ； */
		case 0xFF1A:			/* ： */
		case 0x3001:			/* 、 */
		case ',':
		case ';':
		case ':':
			return true;
		default:
			return false;
	}
}

static bool
is_white(uint32_t cp)
{
	return sp_is_space(cp) || sp_is_newline(cp) || sp_is_ignorable(cp);
}

/* skip white space forward from i, up to end */
static size_t
skip_white(const char *s, size_t i, size_t end)
{
	int			step;

	while (i < end && is_white(sp_u8_decode(s, end, i, &step)))
		i += (size_t) step;
	return i;
}

/* the end of [start, i) without white space at its end */
static size_t
trim_end(const char *s, size_t start, size_t i)
{
	while (i > start)
	{
		size_t		j = sp_u8_prev(s, i);
		int			step;

		if (!is_white(sp_u8_decode(s, i, j, &step)))
			break;
		i = j;
	}
	return i;
}

/*
 * A sentence [start, end) longer than the target, as pieces of at most
 * target characters: cut after the last clause end of the window if it lies
 * past a quarter of it, else at its last white space past half of it, else
 * after target characters.  A piece's section is read at its start, or at
 * from when that is later (a section starting after a prefix of the
 * sentence).
 */
static void
split_sentence(Builder *bd, size_t start, size_t end, size_t target, int strength,
			   int paragraph, size_t from)
{
	const char *s = bd->doc->s;
	size_t		i = start;

	while (i < end)
	{
		size_t		j = i,
					n = 0,
					clause = 0,
					space = 0,
					cut;
		int			cut_strength;
		int			step;

		/* the window: at most target characters from i */
		while (j < end && n < target)
		{
			uint32_t	cp = sp_u8_decode(s, end, j, &step);

			j += (size_t) step;
			n++;
			sp_tick(bd->env, &bd->ticks);
			if (is_clause_end(cp) && n * 4 > target)
				clause = j;
			else if (is_white(cp) && n * 2 > target)
				space = j;
		}
		if (j >= end)
		{
			cut = end;
			cut_strength = B_CHAR;
		}
		else if (clause)
		{
			cut = clause;
			cut_strength = B_CLAUSE;
		}
		else if (space)
		{
			cut = space;
			cut_strength = B_SPACE;
		}
		else
		{
			cut = j;
			cut_strength = B_CHAR;
		}
		{
			size_t		pend = trim_end(s, i, cut);

			if (pend > i)
			{
				add_piece(bd, i, pend, strength, sp_doc_section_at(bd->doc, i > from ? i : from), paragraph);
				strength = cut_strength;
			}
		}
		i = skip_white(s, cut, end);
	}
}

static void
build_pieces(Builder *bd, size_t target)
{
	const SpDoc *doc = bd->doc;
	size_t		next_section = 0;
	int			heading_paragraph = -1; /* a paragraph that is a heading alone */

	for (size_t k = 0; k < doc->sentences.n; k++)
	{
		const SpSentence *st = &doc->sentences.items[k];
		int			strength = B_SENTENCE;
		bool		new_paragraph = bd->pieces.n > 0 &&
			bd->pieces.items[bd->pieces.n - 1].paragraph != st->paragraph;
		int			section_strength = -1;
		size_t		from = st->span.start;	/* where its section is read */

		sp_tick(bd->env, &bd->ticks);
		if (new_paragraph)
			strength = (bd->pieces.items[bd->pieces.n - 1].paragraph == heading_paragraph)
				? B_GLUE : B_PARAGRAPH;
		/*
		 * the sections starting before this sentence (since the previous
		 * one), and one at the start of its paragraph that starts inside it,
		 * after a prefix (the "## " of a Markdown heading): the boundary is
		 * before the sentence, and its section is read at the marker
		 */
		while (next_section < doc->sections.n &&
			   (doc->sections.items[next_section].whole.start <= st->span.start ||
				(!doc->sections.items[next_section].inline_run &&
				 doc->sections.items[next_section].whole.start < st->span.end)))
		{
			const SpSection *sec = &doc->sections.items[next_section++];
			int			ss;

			if (sec->whole.start > from)
				from = sec->whole.start;

			if (sec->inline_run)
				ss = B_INLINE;
			else if (sec->level <= 1)
				ss = B_HARD;
			else
				ss = B_SECTION + SECTION_LEVELS - (sec->level < SECTION_LEVELS ? sec->level : SECTION_LEVELS);
			if (ss > section_strength)
				section_strength = ss;
			/* a heading running to the end of its paragraph: keep it with what follows */
			if (!sec->inline_run && st->paragraph >= 0 &&
				sec->heading.end >= doc->paragraphs.items[st->paragraph].span.end)
				heading_paragraph = st->paragraph;
		}
		if (section_strength > strength)
			strength = section_strength;
		if (st->span.end <= st->span.start)
			continue;
		if (sp_u8_count_max(doc->s + st->span.start, st->span.end - st->span.start, target + 1) <= target)
			add_piece(bd, st->span.start, st->span.end, strength,
					  from > st->span.start ? sp_doc_section_at(doc, from) : st->section, st->paragraph);
		else
			split_sentence(bd, st->span.start, st->span.end, target, strength, st->paragraph, from);
	}
}

void
sp_passages(const SpEnv *env, const SpDoc *doc, size_t target, SpPassages *out)
{
	Builder		bd;
	size_t		n,
				p,
				hard,
				ticks = 0;

	memset(out, 0, sizeof(*out));
	memset(&bd, 0, sizeof(bd));
	bd.env = env;
	bd.doc = doc;
	if (target < 1)
		target = 1;
	build_pieces(&bd, target);
	n = bd.pieces.n;
	p = 0;
	hard = 0;
	while (p < n)
	{
		const Piece *pc = bd.pieces.items;
		size_t		rest,
					lo,
					hi,
					cut,
					best = 0,
					second = 0,
					furthest = p + 1;
		int			best_strength = -1,
					second_strength = -1;

		/* the next top-level boundary after p */
		if (hard <= p)
			for (hard = p + 1; hard < n && pc[hard].strength < B_HARD; hard++)
				sp_tick(env, &ticks);
		rest = pc[hard - 1].ce - pc[p].cs;
		if (rest <= target)
			cut = hard;
		else
		{
			if (rest <= 2 * target)
			{
				/* two passages share what is left */
				lo = rest - target > target / 2 ? rest - target : target / 2;
				hi = rest - target / 2 < target ? rest - target / 2 : target;
			}
			else
			{
				lo = target / 2;
				hi = target;
			}
			for (size_t c = p + 1; c < hard; c++)
			{
				size_t		size = pc[c - 1].ce - pc[p].cs;

				sp_tick(env, &ticks);
				if (size > target)
					break;
				furthest = c;
				if (pc[c].strength == B_GLUE)
					continue;
				if (size >= lo && size <= hi && pc[c].strength >= best_strength)
				{
					best = c;
					best_strength = pc[c].strength;
				}
				/* outside the window, but not short: a quarter of the target */
				if (size * 4 >= target && pc[c].strength >= second_strength)
				{
					second = c;
					second_strength = pc[c].strength;
				}
			}
			cut = best_strength >= 0 ? best : second_strength >= 0 ? second : furthest;
		}
		{
			SpPassage	ps;
			int			section = pc[p].section;

			for (size_t k = p + 1; k < cut; k++)
				section = common_section(doc, section, pc[k].section);
			ps.span.start = pc[p].start;
			ps.span.end = pc[cut - 1].end;
			ps.section = section;
			sp_vec_push(env, out, ps);
		}
		p = cut;
	}
	sp_vec_free(env, &bd.pieces);
}

/* append bytes to a growing buffer */
typedef struct Buf
{
	const SpEnv *env;
	char	   *s;
	size_t		len;
	size_t		cap;
} Buf;

static void
buf_add(Buf *b, const char *s, size_t len)
{
	if (b->len + len + 1 > b->cap)
	{
		size_t		cap = b->cap ? b->cap : 64;

		while (cap < b->len + len + 1)
			cap *= 2;
		b->s = sp_realloc(b->env, b->s, cap);
		b->cap = cap;
	}
	memcpy(b->s + b->len, s, len);
	b->len += len;
	b->s[b->len] = '\0';
}

/* s[0..len) with white space runs folded into one space, none at the ends, cut to max characters */
static void
buf_add_folded(Buf *b, const char *s, size_t len, size_t max)
{
	size_t		i = 0,
				n = 0;
	bool		space = false;
	int			step;

	while (i < len)
	{
		uint32_t	cp = sp_u8_decode(s, len, i, &step);

		if (is_white(cp))
			space = n > 0;
		else
		{
			if (n >= max)
			{
				buf_add(b, "\xE2\x80\xA6", 3);	/* … */
				return;
			}
			if (space)
			{
				buf_add(b, " ", 1);
				n++;
				space = false;
			}
			buf_add(b, s + i, (size_t) step);
			n++;
		}
		i += (size_t) step;
	}
}

char *
sp_passage_path(const SpEnv *env, const SpDoc *doc, int k, size_t *outlen)
{
	int			chain[SECTION_LEVELS];
	int			depth = 0;
	Buf			b = {env, NULL, 0, 0};

	for (int s = k; s >= 0 && depth < SECTION_LEVELS; s = doc->sections.items[s].parent)
		chain[depth++] = s;
	buf_add(&b, "", 0);
	while (depth-- > 0)
	{
		const SpSection *sec = &doc->sections.items[chain[depth]];
		size_t		hlen,
					before = b.len;
		char	   *heading = sp_render_denoised(env, doc, sec->heading, &hlen);

		buf_add_folded(&b, doc->s + sec->marker.start, sec->marker.end - sec->marker.start,
					   SP_PATH_HEADING_CHARS);
		{
			size_t		mark = b.len;
			bool		latin = mark > before && (unsigned char) b.s[mark - 1] < 0x80;

			if (latin)
				buf_add(&b, " ", 1);
			buf_add_folded(&b, heading, hlen, SP_PATH_HEADING_CHARS);
			if (latin && b.len == mark + 1)
				b.s[b.len = mark] = '\0';	/* no heading: no space */
		}
		sp_free(env, heading);
		if (depth > 0)
			buf_add(&b, "\xEF\xBC\x8F", 3);	/* ／ */
	}
	*outlen = b.len;
	return b.s;
}
