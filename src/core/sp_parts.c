/*
 * sp_parts.c - the parts of a speech around its outline: title, salutation,
 * announced points, opening and closing.
 *
 * Title: the first short line before the salutation (or before the body)
 * that is not page furniture (【字号】, 来源：, breadcrumbs), a dateline, a
 * subtitle (——在…上的讲话), a photo caption or a sentence; a title broken over
 * lines (决胜全面建成小康社会 / 为夺取…胜利) is joined.  Salutation: the address
 * that opens the speech (同志们：, 各位代表！, 女士们、先生们：, Mr. Speaker,).
 * Announced points: 讲四点意见, 讲三方面内容, 分六个部分 in the opening
 * (几点 → unknown).  Closing: 谢谢大家, 同志们，让我们… near the end.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif
#include <string.h>
#include <strings.h>

#include "sp_chars.h"
#include "sp_marker.h"
#include "sp_numeral.h"
#include "sp_pipeline.h"
#include "sp_scan.h"
#include "sp_utf8.h"

#define MAX_HEAD_PARAGRAPHS 40

static bool
span_has(const char *s, SpSpan sp, const char *needle)
{
	return memmem(s + sp.start, sp.end - sp.start, needle, strlen(needle)) != NULL;
}

static bool
span_starts(const char *s, SpSpan sp, const char *prefix)
{
	size_t		n = strlen(prefix);

	return sp.end - sp.start >= n && memcmp(s + sp.start, prefix, n) == 0;
}

/*
 * Characters in a span, counted up to cap: the tests here are about short
 * lines, so each counts only as far as its comparison needs (a head paragraph
 * can be long, and the parts are looked for in every document, however small).
 */
static size_t
span_chars(const char *s, SpSpan sp, size_t cap)
{
	return sp_u8_count_max(s + sp.start, sp.end - sp.start, cap);
}

/* one address term: 同志们 各位代表 尊敬的… 亲爱的… Mr. Speaker … */
static bool
address_term(const char *s, size_t a, size_t b)
{
	SpSpan		sp = {a, b};
	size_t		n;

	a = sp_skip_invisible(s, b, a);
	b = sp_trim_back(s, a, b);
	sp.start = a;
	sp.end = b;
	if (a >= b)
		return false;
	n = span_chars(s, sp, 41);
	if (span_starts(s, sp, "尊敬的") || span_starts(s, sp, "亲爱的"))
		return n <= 40;
	if (span_starts(s, sp, "各位"))
		return n >= 3 && n <= 10;
	if (n >= 2 && n <= 7 && b >= 3 &&
		(memcmp(s + b - 3, "们", 3) == 0 || memcmp(s + b - 3, "們", 3) == 0))
	{
		/* all Han: 同志们, 青年朋友们 */
		for (size_t i = a; i < b;)
		{
			int			step;

			if (!sp_is_han(sp_u8_decode(s, b, i, &step)))
				return false;
			i += (size_t) step;
		}
		return true;
	}
	return false;
}

/* an English salutation: Mr. Speaker, Madam Speaker, Ladies and gentlemen, Fellow-Citizens … */
static bool
latin_salutation(const char *s, SpSpan sp)
{
	static const char *const openers[] = {
		"Mr. ", "Mr ", "Madam ", "Madame ", "Ladies and ", "Fellow", "My fellow", "Esteemed",
		"Dear ", "Members of", "Distinguished", "Honorable", "Your Excellenc", "Excellenc",
		"Friends", "Good morning", "Good afternoon", "Good evening", NULL
	};

	for (int k = 0; openers[k]; k++)
		if (span_starts(s, sp, openers[k]))
			return true;
	return false;
}

/* 主席 / 主席先生 / 主任: the chair, addressed first in a list (主席、各位議員) */
static bool
chair(const char *s, size_t a, size_t b)
{
	SpSpan		sp = {sp_skip_invisible(s, b, a), sp_trim_back(s, a, b)};
	size_t		n = sp.end > sp.start ? sp.end - sp.start : 0;

	return (n == 6 && (memcmp(s + sp.start, "主席", 6) == 0 || memcmp(s + sp.start, "主任", 6) == 0)) ||
		(n == 12 && memcmp(s + sp.start, "主席先生", 12) == 0);
}

/*
 * The salutation at the start of paragraph p, if any: the address up to its
 * colon (or exclamation mark, or a comma that ends the paragraph).
 */
static bool
salutation_at(const SpDoc *doc, const SpSpan ps, SpSpan *out, size_t *after)
{
	const char *s = doc->s;
	size_t		i = ps.start,
				n = 0,
				part = ps.start;
	bool		latin = !sp_is_han(sp_u8_at(s, ps.end, ps.start));

	while (i < ps.end && n < (latin ? 240 : 60))
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, ps.end, i, &step);
		bool		colon = cp == 0xFF1A || cp == ':' || cp == 0xFF01 || cp == '!';
		bool		comma = cp == 0xFF0C || cp == ',' || cp == 0x3001;

		/* a comma ends the salutation when nothing but invisible text follows it */
		if (colon || (comma && sp_skip_invisible(s, ps.end, i + (size_t) step) >= ps.end))
		{
			SpSpan		sal = {ps.start, sp_trim_back(s, ps.start, i)};

			if (latin)
			{
				if (!latin_salutation(s, sal))
					return false;
			}
			else if (!address_term(s, part, i))
				return false;
			*out = sal;
			*after = i + (size_t) step;
			return sal.end > sal.start;
		}
		if (comma || (sp_is_space(cp) && !latin))
		{
			if (!latin && !address_term(s, part, i) && !(cp == 0x3001 && chair(s, part, i)))
				return false;
			part = i + (size_t) step;
		}
		else if (!latin && !(sp_is_han(cp) || sp_is_space(cp)))
			return false;
		i += (size_t) step;
		n++;
	}
	return false;
}

/* page furniture, datelines, captions, bylines: lines that are never the title */
static bool
furniture(const char *s, SpSpan sp)
{
	static const char *const marks[] = {
		"【", "】", "下载", "打印", "全屏", "收藏", "分享", "字号", "来源：", "来源:", "时间：",
		"时间:", "发布时间", "发表时间", "您的位置", "当前位置", "首页", "责任编辑", "浏览次数",
		"点击数", "记者", "摄", "图为", "新华社", "作者：", "作者:", "---", "://", NULL
	};
	size_t		n = span_chars(s, sp, 201),
				datey = 0;

	if (n > 200)
		return false;			/* running text, not a line of furniture */
	if (span_starts(s, sp, "——") || span_starts(s, sp, "――") || span_starts(s, sp, "--") ||
		span_starts(s, sp, "—") || span_starts(s, sp, "（") || span_starts(s, sp, "("))
		return true;
	for (int k = 0; marks[k]; k++)
		if (span_has(s, sp, marks[k]))
			return true;
	/* a YAML or key: value line */
	for (size_t i = sp.start; i < sp.end && i < sp.start + 24; i++)
		if (s[i] == ':' && i + 1 < sp.end && s[i + 1] == ' ')
			return true;
	/* a dateline: mostly digits, Han digits and 年月日 */
	for (size_t i = sp.start; i < sp.end;)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, sp.end, i, &step);

		if (sp_is_digit(cp) || sp_han_digit(cp) >= 0 || cp == SP_CP_NIAN || cp == SP_CP_YUE ||
			cp == SP_CP_RI || cp == SP_CP_TEN || sp_is_space(cp) || cp == '-' || cp == '/' ||
			cp == '.' || cp == ':')
			datey++;
		i += (size_t) step;
	}
	return n > 0 && datey * 10 >= n * 7;
}

/* is the ASCII word s[a, b) (case-insensitive) in the list? */
static bool
word_in(const char *s, size_t a, size_t b, const char *const *list)
{
	for (int k = 0; list[k]; k++)
		if (strlen(list[k]) == b - a && strncasecmp(s + a, list[k], b - a) == 0)
			return true;
	return false;
}

/*
 * An English dateline: only month and weekday names, numbers, "the", "of"
 * and commas, with a month and a number (May 25, 1961; Wednesday, January
 * 27, 2010; 19 June 2023).
 */
static bool
latin_dateline(const char *s, SpSpan sp)
{
	static const char *const months[] = {"January", "February", "March", "April", "May",
		"June", "July", "August", "September", "October", "November", "December", "Jan",
	"Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", NULL};
	static const char *const others[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
	"Friday", "Saturday", "Sunday", "the", "of", NULL};
	bool		month = false,
				number = false;
	size_t		i = sp.start,
				words = 0;

	while (i < sp.end)
	{
		size_t		a = i;

		if (s[i] == ' ' || s[i] == ',' || s[i] == '.')
		{
			i++;
			continue;
		}
		while (i < sp.end && s[i] != ' ' && s[i] != ',' && s[i] != '.')
			i++;
		if (++words > 6)
			return false;
		if (s[a] >= '0' && s[a] <= '9')
		{
			for (size_t j = a; j < i; j++)
				if (!(s[j] >= '0' && s[j] <= '9') && !strchr("stndrh", s[j]))
					return false;
			number = true;
		}
		else if (word_in(s, a, i, months))
			month = true;
		else if (!word_in(s, a, i, others))
			return false;
	}
	return month && number;
}

/*
 * A line that can be the title: 3..80 characters (160 in Latin script),
 * not ending like a sentence or a clause, no furniture or dateline, and not
 * starting with a heading marker (一、 II. First,).
 */
static bool
title_like(const char *s, SpSpan sp)
{
	bool		latin = !sp_is_han(sp_u8_at(s, sp.end, sp.start));
	size_t		n = span_chars(s, sp, 161);
	uint32_t	last = sp_u8_before(s, sp.end, sp.end);
	SpMarker	m;

	if (n < 3 || n > (latin ? 160 : 80))
		return false;
	if (sp_marker_at(s, sp.end, sp.start, &m))
		return false;
	if (latin && latin_dateline(s, sp))
		return false;
	if (sp_is_sentence_final(last) || last == 0xFF0C || last == ',' || last == 0xFF1B ||
		last == 0xFF1A || last == ':' || last == 0x3001)
		return false;
	return !furniture(s, sp);
}

static bool
title_complete(const char *s, SpSpan sp)
{
	static const char *const words[] = {"讲话", "报告", "致辞", "发言", "贺词", "演讲", "讲稿",
		"提纲", "贺信", "答记者问", "Address", "ADDRESS", "Message", "MESSAGE", "Remarks",
		"REMARKS", "Speech", "SPEECH", "Report", "REPORT", "State of the Union", "Briefing",
	"Gaggle", NULL};

	for (int k = 0; words[k]; k++)
		if (span_has(s, sp, words[k]))
			return true;
	return false;
}

/* 讲四点意见 / 讲4点意见 / 讲三方面内容 / 分六个部分 / 谈几点体会 (→ 0: unspecified) */
static int
announced_in(const SpEnv *env, const char *s, SpSpan sp, bool *unspecified)
{
	static const char *const verbs[] = {"讲", "谈", "说", "提", "强调", "汇报", "分", NULL};
	static const char *const fillers[] = {"一下", "以下", "如下", "这样", "这么", "讲", "谈", NULL};
	static const char *const units[] = {"个方面", "方面", "点", "个问题", "个部分", "部分",
	"层意思", "个观点", NULL};

	size_t		ticks = 0;

	for (size_t i = sp.start; i < sp.end;)
	{
		int			step;
		uint32_t	cp;

		sp_tick(env, &ticks);
		cp = sp_u8_decode(s, sp.end, i, &step);
		/* only where a verb can begin (讲 谈 说 提 强 汇 分): the opening can be long */
		if (cp != 0x8BB2 && cp != 0x8C08 && cp != 0x8BF4 && cp != 0x63D0 && cp != 0x5F3A &&
			cp != 0x6C47 && cp != 0x5206)
		{
			i += (size_t) step;
			continue;
		}
		for (int v = 0; verbs[v]; v++)
		{
			size_t		vl = strlen(verbs[v]);
			size_t		j = i + vl;
			uint64_t	val = 0;
			size_t		nl;
			bool		several = false;

			if (i + vl > sp.end || memcmp(s + i, verbs[v], vl) != 0)
				continue;
			for (int f = 0; fillers[f]; f++)
			{
				size_t		fl = strlen(fillers[f]);

				if (j + fl <= sp.end && memcmp(s + j, fillers[f], fl) == 0)
				{
					j += fl;
					break;
				}
			}
			if (j + 3 <= sp.end && memcmp(s + j, "几", 3) == 0)
			{
				nl = 3;
				several = true;
			}
			else if ((nl = sp_parse_han_number(s, sp.end, j, &val)) == 0)
				nl = sp_parse_digits(s, sp.end, j, &val);
			if (nl == 0 || (!several && (val < 1 || val > 30)))
				continue;
			j += nl;
			for (int u = 0; units[u]; u++)
			{
				size_t		ul = strlen(units[u]);

				if (j + ul <= sp.end && memcmp(s + j, units[u], ul) == 0)
				{
					if (several)
					{
						*unspecified = true;
						return -1;
					}
					return (int) val;
				}
			}
		}
		i += (size_t) step;
	}
	return -1;
}

static bool
closing_cue(const char *s, SpSpan whole)
{
	/* cues open or end a closing paragraph: look at its first and last 600 bytes */
	SpSpan		sp = whole;

	if (whole.end - whole.start > 1200)
	{
		SpSpan		tail = {whole.end - 600, whole.end};

		while (tail.start < whole.end && ((unsigned char) s[tail.start] & 0xC0) == 0x80)
			tail.start++;
		sp.end = whole.start + 600;
		while (sp.end > whole.start && ((unsigned char) s[sp.end] & 0xC0) == 0x80)
			sp.end--;
		if (span_has(s, tail, "谢谢") || span_has(s, tail, "God bless") || span_has(s, tail, "Thank you"))
			return true;
	}
	return span_starts(s, sp, "同志们，") || span_starts(s, sp, "同志们,") ||
		span_starts(s, sp, "同志们！") || span_starts(s, sp, "让我们") ||
		span_has(s, sp, "谢谢大家") || span_has(s, sp, "谢谢各位") ||
		span_has(s, sp, "谢谢！") || span_has(s, sp, "谢谢!") ||
		span_starts(s, sp, "Thank you") || span_has(s, sp, "God bless");
}

/* the paragraph holding the first top-level section; np without an outline */
static size_t
first_section_paragraph(const SpDoc *doc)
{
	if (doc->sections.n > 0)
	{
		size_t		ms = doc->sections.items[0].marker.start;

		for (size_t p = 0; p < doc->paragraphs.n; p++)
			if (doc->paragraphs.items[p].span.end > ms)
				return p;
	}
	return doc->paragraphs.n;
}

/*
 * The salutation of a transcript turn (行政長官：主席、各位議員…：): after a
 * speaker label of at most ten Han characters and its colon.
 */
static bool
labelled_salutation_at(const SpDoc *doc, SpSpan ps, SpSpan *out, size_t *after)
{
	const char *s = doc->s;
	size_t		n = 0;

	for (size_t i = ps.start; i < ps.end && n <= 10; n++)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, ps.end, i, &step);

		i += (size_t) step;
		if (cp == 0xFF1A || cp == ':')
		{
			SpSpan		rest = {sp_skip_invisible(s, ps.end, i), ps.end};

			return n >= 2 && rest.start < rest.end && salutation_at(doc, rest, out, after);
		}
		if (!sp_is_han(cp))
			return false;
	}
	return false;
}

/*
 * The salutation in the head paragraphs [0, head_end) into doc: its first
 * paragraph, -1.  Consecutive address lines ended by commas (Mr. Speaker, /
 * Mr. Vice President, / Members of Congress:) are one salutation.
 */
static int
find_salutation(SpDoc *doc, size_t head_end, size_t *sal_after)
{
	for (size_t p = 0; p < head_end; p++)
	{
		SpSpan		ps = doc->paragraphs.items[p].span;

		if (salutation_at(doc, ps, &doc->salutation, sal_after) ||
			labelled_salutation_at(doc, ps, &doc->salutation, sal_after))
		{
			SpSpan		more;
			size_t		more_after,
						first = p;

			/* a comma at the end of its line: the next address lines belong to it */
			while (*sal_after >= ps.end && p + 1 < head_end &&
				   salutation_at(doc, doc->paragraphs.items[p + 1].span, &more, &more_after) &&
				   sp_u8_before(doc->s, *sal_after, *sal_after) != 0xFF1A &&
				   sp_u8_before(doc->s, *sal_after, *sal_after) != ':')
			{
				p++;
				ps = doc->paragraphs.items[p].span;
				doc->salutation.end = more.end;
				*sal_after = more_after;
			}
			return (int) first;
		}
	}
	return -1;
}

/*
 * A title without Han in paragraphs [0, limit): one line, the first with a
 * title word, else the first title-like one; *t0 = *t1 = its paragraph.
 */
static void
latin_title(const SpDoc *doc, size_t limit, int *t0, int *t1)
{
	const char *s = doc->s;

	for (size_t p = 0; p < limit; p++)
	{
		SpSpan		ps = doc->paragraphs.items[p].span;

		if (sp_is_han(sp_u8_at(s, ps.end, ps.start)) || span_chars(s, ps, 121) > 120)
			break;
		if (!title_like(s, ps))
			continue;
		if (*t0 < 0)
			*t0 = *t1 = (int) p;
		if (title_complete(s, ps))
		{
			*t0 = *t1 = (int) p;
			break;
		}
	}
}

/*
 * A Han title in paragraphs [0, limit): the first line that names itself a
 * title (…的讲话, 政府工作报告), else the first title-like line, joined with
 * the next one when a subtitle or dateline follows (a title printed on two
 * lines).  A one- or two-character line right after the title is the rest of
 * a broken word (政府工作报 / 告).  Its paragraphs [*t0, *t1].
 */
static void
han_title(const SpDoc *doc, size_t limit, int sal_para, int *t0, int *t1)
{
	const char *s = doc->s;
	size_t		np = doc->paragraphs.n;
	int			first = -1;

	for (size_t p = 0; p < limit; p++)
	{
		SpSpan		ps = doc->paragraphs.items[p].span;

		if (span_chars(s, ps, 121) > 120)
			break;				/* the body has begun */
		if (!title_like(s, ps))
			continue;
		if (first < 0)
			first = (int) p;
		if (title_complete(s, ps))
		{
			*t0 = *t1 = (int) p;
			break;
		}
	}
	if (*t0 < 0 && first >= 0)
	{
		size_t		next = (size_t) first + 1;

		*t0 = *t1 = first;
		if (next + 1 < np && (int) next != sal_para &&
			title_like(s, doc->paragraphs.items[next].span) &&
			furniture(s, doc->paragraphs.items[next + 1].span))
			*t1 = (int) next;
	}
	if (*t0 >= 0 && (size_t) *t1 + 1 < limit &&
		span_chars(s, doc->paragraphs.items[*t1 + 1].span, 3) <= 2 &&
		sp_is_han(sp_u8_at(s, doc->paragraphs.items[*t1 + 1].span.end,
						   doc->paragraphs.items[*t1 + 1].span.start)))
		(*t1)++;
}

/*
 * The title as written without its wrapping: a Markdown heading mark
 * (# 中华人民共和国国家赔偿法) or book-title brackets around the whole line
 * (《绍兴市教育事业十四五发展规划》, when no other 《 is inside).
 */
static SpSpan
unwrap_title(const char *s, SpSpan t)
{
	SpSpan		in;

	if (t.start < t.end && s[t.start] == '#')
	{
		size_t		i = t.start;

		while (i < t.end && s[i] == '#')
			i++;
		if (i < t.end && s[i] == ' ')
			t.start = sp_skip_invisible(s, t.end, i);
	}
	in.start = t.start + 3;
	in.end = t.end - 3;
	if (t.end - t.start > 6 && memcmp(s + t.start, "《", 3) == 0 &&
		memcmp(s + t.end - 3, "》", 3) == 0 &&
		memmem(s + in.start, in.end - in.start, "《", 3) == NULL)
		return in;
	return t;
}

/*
 * The title into doc: before the salutation, or within the head when there
 * is none; returns the paragraph after it (0 without a title).
 */
static size_t
find_title(SpDoc *doc, size_t head_end, int sal_para)
{
	size_t		limit = sal_para >= 0 ? (size_t) sal_para : head_end;
	int			t0 = -1,
				t1 = -1;

	latin_title(doc, limit, &t0, &t1);
	if (t0 < 0)
		han_title(doc, limit, sal_para, &t0, &t1);
	if (t0 < 0)
		return 0;
	doc->title.start = doc->paragraphs.items[t0].span.start;
	doc->title.end = doc->paragraphs.items[t1].span.end;
	doc->title = unwrap_title(doc->s, doc->title);
	return (size_t) t1 + 1;
}

/*
 * The opening into doc: after the salutation (or the title) up to the first
 * top-level section, or the first paragraph of the body without an outline.
 * Returns the first paragraph of the body (after the salutation, if any).
 */
static size_t
find_opening(SpDoc *doc, int sal_para, size_t sal_after, size_t body_start)
{
	const char *s = doc->s;
	size_t		np = doc->paragraphs.n;
	size_t		ostart,
				oend;

	if (sal_para >= 0)
		ostart = sp_skip_invisible(s, doc->len, sal_after);
	else
		ostart = body_start < np ? doc->paragraphs.items[body_start].span.start : doc->len;
	if (doc->sections.n > 0)
		oend = doc->sections.items[0].marker.start;
	else
	{
		/* no outline: the first paragraph of the body */
		oend = ostart;
		for (size_t p = 0; p < np; p++)
			if (doc->paragraphs.items[p].span.end > ostart)
			{
				oend = doc->paragraphs.items[p].span.end;
				break;
			}
	}
	if (oend > ostart)
	{
		doc->opening.start = ostart;
		doc->opening.end = sp_trim_back(s, ostart, oend);
	}
	if (sal_para >= 0 && body_start <= (size_t) sal_para)
		body_start = (size_t) sal_para + 1;
	return body_start;
}

/* the closing into doc: the last paragraphs (of the last four, in the body) with a closing cue */
static void
find_closing(SpDoc *doc, size_t body_start)
{
	size_t		np = doc->paragraphs.n;
	int			c0 = -1,
				c1 = -1;
	size_t		from = np > 4 ? np - 4 : 0;

	if (from < body_start)
		from = body_start;
	for (size_t p = from; p < np; p++)
		if (closing_cue(doc->s, doc->paragraphs.items[p].span))
		{
			if (c0 < 0)
				c0 = (int) p;
			c1 = (int) p;
		}
	if (c0 >= 0)
	{
		doc->closing.start = doc->paragraphs.items[c0].span.start;
		doc->closing.end = doc->paragraphs.items[c1].span.end;
	}
}

/*
 * The parts stage: salutation, title, opening, the points it announces and
 * the closing, in that order (each bounded by the ones before); see the top
 * of the file.
 */
void
sp_find_parts(const SpEnv *env, SpDoc *doc)
{
	size_t		np = doc->paragraphs.n;
	size_t		first_section_para,
				body_start,
				head_end,
				sal_after = 0;
	int			sal_para;
	SpSpan		none = {0, 0};

	doc->title = doc->salutation = doc->opening = doc->closing = none;
	doc->announced_points = -1;
	if (np == 0)
		return;

	/* the head: up to the paragraph holding the first section (it may start with the salutation) */
	first_section_para = first_section_paragraph(doc);
	head_end = first_section_para < MAX_HEAD_PARAGRAPHS ? first_section_para + 1 : MAX_HEAD_PARAGRAPHS;
	if (head_end > np)
		head_end = np;

	sal_para = find_salutation(doc, head_end, &sal_after);
	body_start = find_title(doc, head_end, sal_para);
	body_start = find_opening(doc, sal_para, sal_after, body_start);

	/* announced points, in the opening */
	if (doc->opening.end > doc->opening.start)
	{
		bool		unspecified = false;

		doc->announced_points = announced_in(env, doc->s, doc->opening, &unspecified);
	}

	find_closing(doc, body_start);
}
