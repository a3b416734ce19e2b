/*
 * test_passage.c - passages that follow the structure (sp_passage.h): the
 * cuts chosen, the heading paths, and the invariants on constructed texts
 * (at most target characters, in order, every sentence held, linear time).
 */
#include "unit.h"
#include "sp_doc.h"
#include "sp_passage.h"
#include "sp_utf8.h"

#include <stdlib.h>

typedef struct Cut
{
	SpDoc		doc;
	SpPassages	ps;
} Cut;

static void
cut(Cut *c, const char *text, size_t target)
{
	sp_doc_analyze(&sp_env_malloc, text, strlen(text), &c->doc);
	sp_passages(&sp_env_malloc, &c->doc, target, &c->ps);
}

static void
cut_free(Cut *c)
{
	sp_vec_free(&sp_env_malloc, &c->ps);
	sp_doc_free(&sp_env_malloc, &c->doc);
}

static const char *
text_of(const Cut *c, size_t k)
{
	static char buf[4096];
	SpSpan		sp = c->ps.items[k].span;

	snprintf(buf, sizeof(buf), "%.*s", (int) (sp.end - sp.start), c->doc.s + sp.start);
	return buf;
}

static const char *
path_of(const Cut *c, size_t k)
{
	static char buf[4096];
	size_t		len;
	char	   *p;

	if (c->ps.items[k].section < 0)
		return "(none)";
	p = sp_passage_path(&sp_env_malloc, &c->doc, c->ps.items[k].section, &len);
	CHECK_INT(len, strlen(p));
	snprintf(buf, sizeof(buf), "%s", p);
	free(p);
	return buf;
}

/* at most target characters, in order, not overlapping, in their section, every sentence inside one */
static void
check_invariants(const Cut *c, size_t target)
{
	size_t		k = 0;

	for (size_t i = 0; i < c->ps.n; i++)
	{
		SpSpan		sp = c->ps.items[i].span;

		int			sec = c->ps.items[i].section;

		CHECK(sp.start < sp.end && sp.end <= c->doc.len);
		CHECK(sp_u8_count(c->doc.s + sp.start, sp.end - sp.start) <= target);
		/* its section holds all of it, or starts after a prefix of its first sentence (## ) */
		if (sec >= 0)
		{
			SpSpan		w = c->doc.sections.items[sec].whole;

			CHECK(w.start <= sp.start ||
				  (sp_doc_sentence_at(&c->doc, sp.start) >= 0 &&
				   sp_doc_sentence_at(&c->doc, sp.start) == sp_doc_sentence_at(&c->doc, w.start)));
			CHECK(sp.end <= w.end);
		}
		if (i > 0)
			CHECK(c->ps.items[i - 1].span.end <= sp.start);
	}
	/* none across the start of a top-level section (its marker opens a paragraph) */
	for (size_t s = 0, i = 0; s < c->doc.sections.n; s++)
	{
		const SpSection *x = &c->doc.sections.items[s];
		size_t		b = x->whole.start;

		if (x->level > 1 || x->inline_run)
			continue;
		/* the boundary is before the sentence holding the marker */
		if (sp_doc_sentence_at(&c->doc, b) >= 0)
			b = c->doc.sentences.items[sp_doc_sentence_at(&c->doc, b)].span.start;
		while (i < c->ps.n && c->ps.items[i].span.end <= b)
			i++;
		CHECK(i == c->ps.n || c->ps.items[i].span.start >= b);
	}
	/* every sentence's text lies in the passages (a long one across several) */
	for (size_t s = 0; s < c->doc.sentences.n; s++)
	{
		SpSpan		st = c->doc.sentences.items[s].span;

		if (st.start == st.end)
			continue;
		while (k < c->ps.n && c->ps.items[k].span.end <= st.start)
			k++;
		CHECK(k < c->ps.n && c->ps.items[k].span.start <= st.start);
		while (k + 1 < c->ps.n && c->ps.items[k].span.end < st.end)
		{
			CHECK(c->ps.items[k + 1].span.start < st.end);
			k++;
		}
		CHECK(k < c->ps.n && c->ps.items[k].span.end >= st.end);
	}
}

static const char *readme_speech =
"在全县工作会议上的讲话\n同志们：\n下面，我讲三点意见。\n"
"一、认清形势\n今年全县经济增长6.5%左右，完成投资3.2亿元。\n（一）成绩显著\n我们坚持“两学一做”，必须巩固成果。\n（二）问题突出\n困难不少。\n"
"二、明确任务\n第一，抓发展。第二，抓民生。\n三、加强领导\n谢谢大家！\n";

SP_TEST(passage_whole_sections_when_they_fit)
{
	Cut			c;

	cut(&c, readme_speech, 1000);
	check_invariants(&c, 1000);
	/* the opening, then one passage per top-level section: never across one */
	CHECK_INT(c.ps.n, 4);
	CHECK_STR(text_of(&c, 0), "在全县工作会议上的讲话\n同志们：\n下面，我讲三点意见。");
	CHECK_STR(path_of(&c, 0), "(none)");
	CHECK_STR(path_of(&c, 1), "一、认清形势");
	CHECK_STR(text_of(&c, 3), "三、加强领导\n谢谢大家！");
	CHECK_STR(path_of(&c, 3), "三、加强领导");
	cut_free(&c);
}

SP_TEST(passage_cuts_at_subsections_first)
{
	Cut			c;

	/*
	 * section 一 is 73 characters: at 50 it is cut where its （一） starts
	 * (32 + 40, not at the sentence end 57); （一） and （二） fit together
	 * and the path is their common section
	 */
	cut(&c, readme_speech, 50);
	check_invariants(&c, 50);
	CHECK_STR(text_of(&c, 1), "一、认清形势\n今年全县经济增长6.5%左右，完成投资3.2亿元。");
	CHECK_STR(path_of(&c, 1), "一、认清形势");
	CHECK_STR(text_of(&c, 2), "（一）成绩显著\n我们坚持“两学一做”，必须巩固成果。\n（二）问题突出\n困难不少。");
	CHECK_STR(path_of(&c, 2), "一、认清形势");
	cut_free(&c);
	/* at 32: one passage per subsection, each with its path */
	cut(&c, readme_speech, 32);
	check_invariants(&c, 32);
	CHECK_STR(text_of(&c, 2), "（一）成绩显著\n我们坚持“两学一做”，必须巩固成果。");
	CHECK_STR(path_of(&c, 2), "一、认清形势／（一）成绩显著");
	CHECK_STR(text_of(&c, 3), "（二）问题突出\n困难不少。");
	CHECK_STR(path_of(&c, 3), "一、认清形势／（二）问题突出");
	cut_free(&c);
	/* at 31 the heading cannot stay with its paragraph (32): it is alone */
	cut(&c, readme_speech, 31);
	check_invariants(&c, 31);
	CHECK_STR(text_of(&c, 1), "一、认清形势");
	cut_free(&c);
}

SP_TEST(passage_paragraphs_before_sentences)
{
	Cut			c;

	/*
	 * 3 paragraphs of 2 sentences of 10 characters after a heading, 72 in
	 * all: at 45 the first passage ends at the paragraph end (28), not at
	 * the sentence end (39), and the rest (41) fits in one
	 */
	cut(&c, "一、总体要求\n甲乙丙丁戊己庚辛壬。子丑寅卯辰巳午未申。\n"
		"甲乙丙丁戊己庚辛壬。子丑寅卯辰巳午未申。\n甲乙丙丁戊己庚辛壬。子丑寅卯辰巳午未申。\n", 45);
	check_invariants(&c, 45);
	CHECK_INT(c.ps.n, 2);
	CHECK_STR(text_of(&c, 0), "一、总体要求\n甲乙丙丁戊己庚辛壬。子丑寅卯辰巳午未申。");
	CHECK_STR(path_of(&c, 1), "一、总体要求");
	cut_free(&c);
}

SP_TEST(passage_long_sentence_cut_at_clauses)
{
	Cut			c;
	char		text[4096] = "一、总体要求\n";

	/* one sentence of 20 clauses of 10 characters */
	for (int k = 0; k < 20; k++)
		strcat(text, k < 19 ? "坚持人民至上坚持改革，" : "坚持人民至上坚持改革。");
	cut(&c, text, 35);
	check_invariants(&c, 35);
	CHECK_STR(text_of(&c, 0), "一、总体要求");
	for (size_t k = 1; k < c.ps.n; k++)
	{
		const char *t = text_of(&c, k);
		size_t		n = strlen(t);

		/* every cut after a comma (the last piece after the full stop) */
		CHECK(n >= 3 && (strcmp(t + n - 3, "，") == 0 || strcmp(t + n - 3, "。") == 0));
	}
	cut_free(&c);
	/* no punctuation at all: cut after target characters, at white space in Latin text */
	cut(&c, "Remarks\nI. Introduction\nThe quick brown fox jumps over the lazy dog and the quick brown fox jumps again over the dog.\n"
		"II. Policy\nWe act.\n", 30);
	check_invariants(&c, 30);
	CHECK_STR(path_of(&c, 1), "I. Introduction");
	for (size_t k = 2; k < c.ps.n; k++)
	{
		const char *t = text_of(&c, k);

		CHECK(t[0] != ' ' && t[strlen(t) - 1] != ' ');
	}
	cut_free(&c);
}

SP_TEST(passage_path_cut_and_folded)
{
	Cut			c;

	cut(&c, "一、认真学习贯彻党的二十大精神全面建设社会主义现代化国家的各项目标任务坚定不移地推动高质量发展再上新台阶\n"
		"（一）坚持  稳中求进\n内容一句。\n（二）加强领导\n内容一句。\n", 1000);
	CHECK_INT(c.ps.n, 1);
	CHECK_STR(path_of(&c, 0), "一、认真学习贯彻党的二十大精神全面建设社会主义现代化国家的各项目标任务坚定不移地推动…");
	cut_free(&c);
	/* a heading on its own line stays with its text: 一、 is alone rather than （一）坚持 */
	cut(&c, "一、总体要求\n（一）坚持\n稳中求进\n内容一句。\n（二）加强领导\n内容一句。\n", 16);
	check_invariants(&c, 16);
	CHECK_STR(text_of(&c, 0), "一、总体要求");
	CHECK_STR(text_of(&c, 1), "（一）坚持\n稳中求进\n内容一句。");
	CHECK_STR(path_of(&c, 1), "一、总体要求／（一）坚持");
	cut_free(&c);
}

SP_TEST(passage_section_holds_inline_items)
{
	Cut			c;

	/*
	 * a sentence that starts at an inline item (一是) and holds the next ones
	 * (二是, 三是): its passage is in 一、, not in 一是 (found by fuzz_passages;
	 * a piece of a long sentence cut across items is the same case)
	 */
	cut(&c, "一、总体要求\n我们要做到三点。一是加强领导，二是压实责任，三是强化考核。\n二、工作安排\n内容。\n", 24);
	check_invariants(&c, 24);
	CHECK_INT(c.ps.n, 3);
	CHECK_STR(text_of(&c, 1), "一是加强领导，二是压实责任，三是强化考核。");
	CHECK_STR(path_of(&c, 1), "一、总体要求");
	cut_free(&c);
	/* a sentence of items longer than the target, cut across them */
	cut(&c, "一、总体要求\n一是加强组织领导工作，二是压实各级责任，三是强化考核。\n", 12);
	check_invariants(&c, 12);
	cut_free(&c);
}

SP_TEST(passage_markdown_heading_starts_its_section)
{
	Cut			c;
	const char *law = "本法的目的。\n## 第一章\n总则\n第一条 为了保障权利，制定本法。\n"
		"## 第二章\n附则\n第二条 本法自公布之日起施行。\n";

	/*
	 * the marker of 第一章 follows "## ": the chapter starts before that
	 * line, which was left with the text before it (found by fuzz_passages)
	 */
	cut(&c, law, 1000);
	check_invariants(&c, 1000);
	CHECK_INT(c.ps.n, 3);
	CHECK_STR(text_of(&c, 0), "本法的目的。");
	CHECK_STR(text_of(&c, 1), "## 第一章\n总则\n第一条 为了保障权利，制定本法。");
	CHECK_STR(path_of(&c, 1), "第一章总则");
	CHECK_STR(text_of(&c, 2), "## 第二章\n附则\n第二条 本法自公布之日起施行。");
	cut_free(&c);
	cut(&c, law, 20);
	check_invariants(&c, 20);
	CHECK_STR(text_of(&c, 1), "## 第一章\n总则");
	CHECK_STR(path_of(&c, 1), "第一章总则");
	cut_free(&c);
}

SP_TEST(passage_tail_shared)
{
	Cut			c;
	char		text[8192] = "一、总体要求\n";

	/* 12 paragraphs of 10 characters: at 100, 6 + 6 paragraphs, not 9 + 3 */
	for (int k = 0; k < 12; k++)
		strcat(text, "甲乙丙丁戊己庚辛壬。\n");
	cut(&c, text, 100);
	check_invariants(&c, 100);
	CHECK_INT(c.ps.n, 2);
	CHECK(sp_u8_count(text_of(&c, 0), strlen(text_of(&c, 0))) >= 50);
	CHECK(sp_u8_count(text_of(&c, 1), strlen(text_of(&c, 1))) >= 50);
	cut_free(&c);
}

SP_TEST(passage_empty_and_tiny)
{
	Cut			c;

	cut(&c, "", 100);
	CHECK_INT(c.ps.n, 0);
	cut_free(&c);
	cut(&c, " \n\u3000\n", 100);
	CHECK_INT(c.ps.n, 0);
	cut_free(&c);
	cut(&c, "谢谢大家！", 1);
	check_invariants(&c, 1);
	CHECK_INT(c.ps.n, 5);
	cut_free(&c);
}

SP_TEST(passage_linear)
{
	/* 2 MB of sections, paragraphs and one-clause sentences, and one sentence of 1 MB */
	size_t		cap = 4u << 20,
				o = 0;
	char	   *t = malloc(cap);
	static const size_t targets[] = {10, 1000, 100000};

	for (int s = 0; o + 4096 < cap / 2; s++)
	{
		o += (size_t) snprintf(t + o, cap - o, "%s、部署\n", (s % 3) ? "（一）" : "一");
		for (int p = 0; p < 8; p++)
			o += (size_t) snprintf(t + o, cap - o, "我们要坚持稳中求进工作总基调。推动高质量发展。\n");
	}
	while (o + 64 < cap)
		o += (size_t) snprintf(t + o, cap - o, "坚持稳中求进");
	for (size_t k = 0; k < sizeof(targets) / sizeof(targets[0]); k++)
	{
		Cut			c;
		clock_t		t0;

		sp_doc_analyze(&sp_env_malloc, t, o, &c.doc);
		t0 = clock();
		sp_passages(&sp_env_malloc, &c.doc, targets[k], &c.ps);
		CHECK_LINEAR(t0);
		check_invariants(&c, targets[k]);
		cut_free(&c);
	}
	free(t);
}
