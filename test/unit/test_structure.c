/*
 * Unit tests of the structure core (markers, paragraphs, sentences, outline,
 * document parts), on short snippets of real speeches (../shared/corpus) and
 * on constructed adversarial input.
 */
#include "unit.h"
#include "sp_doc.h"
#include "sp_marker.h"
#include "sp_clean.h"
#include "sp_utf8.h"
#include "sp_scan.h"

/* the invariants the SQL surface relies on (the fuzz target checks the same) */
static void
check_invariants(const SpDoc *d)
{
	for (size_t i = 0; i < d->sections.n; i++)
	{
		const SpSection *s = &d->sections.items[i];

		CHECK(s->whole.start <= s->whole.end && s->whole.end <= d->len);
		if (s->parent >= 0)
		{
			const SpSection *p = &d->sections.items[s->parent];

			CHECK(p->level == s->level - 1);
			CHECK(p->whole.start <= s->whole.start && s->whole.end <= p->whole.end);
		}
	}
	for (size_t i = 1; i < d->sentences.n; i++)
		CHECK(d->sentences.items[i - 1].span.end <= d->sentences.items[i].span.start);
}

static SpDoc
parse(const char *text)
{
	SpDoc		d;

	sp_doc_analyze(&sp_env_malloc, text, strlen(text), &d);
	return d;
}

/* "marker heading" of section k, for compact assertions */
static const char *
sec(const SpDoc *d, size_t k)
{
	static char buf[512];
	const SpSection *s = &d->sections.items[k];
	int			n;

	if (k >= d->sections.n)
		return "(none)";
	n = snprintf(buf, sizeof(buf), "L%d %.*s|%.*s", s->level,
				 (int) (s->marker.end - s->marker.start), d->s + s->marker.start,
				 (int) (s->heading.end - s->heading.start), d->s + s->heading.start);
	(void) n;
	return buf;
}

/* every section of d as sec() gives it, one a line ("" for none) */
static const char *
sections_of(const SpDoc *d)
{
	static char buf[4096];
	size_t		o = 0;

	buf[0] = '\0';
	for (size_t k = 0; k < d->sections.n && o < sizeof(buf); k++)
		o += (size_t) snprintf(buf + o, sizeof(buf) - o, "%s%s", k ? "\n" : "", sec(d, k));
	return buf;
}

/* the outline of a text, as sections_of gives it */
static const char *
outline_of(const char *text)
{
	SpDoc		d = parse(text);
	const char *out = sections_of(&d);

	sp_doc_free(&sp_env_malloc, &d);
	return out;
}

static const char *
span(const SpDoc *d, SpSpan sp)
{
	static char buf[1024];

	snprintf(buf, sizeof(buf), "%.*s", (int) (sp.end - sp.start), d->s + sp.start);
	return buf;
}

/* analyse a large constructed text, failing when that takes longer than linear */
static void
analyze_linear(const char *t, size_t len, SpDoc *d)
{
	clock_t		t0 = clock();

	sp_doc_analyze(&sp_env_malloc, t, len, d);
	CHECK_LINEAR(t0);
}

static bool
mk(const char *t, SpMarker *m)
{
	return sp_marker_at(t, strlen(t), 0, m);
}

SP_TEST(marker_shapes)
{
	SpMarker	m;

	CHECK(mk("一、总体要求", &m) && m.style == SP_STYLE_HAN_DUN && m.ordinal == 1);
	CHECK(mk("十二、加强", &m) && m.ordinal == 12);
	CHECK(mk("（十四）坚持", &m) && m.style == SP_STYLE_PAREN_HAN && m.ordinal == 14);
	CHECK(mk("(三)坚持", &m) && m.style == SP_STYLE_PAREN_HAN && m.ordinal == 3);
	CHECK(mk("第一,是", &m) && m.style == SP_STYLE_DI_HAN);
	CHECK(mk("第十，加", &m) && m.ordinal == 10);
	CHECK(mk("1、对", &m) && m.style == SP_STYLE_ARABIC_DUN);
	CHECK(mk("12. Pushing", &m) && m.style == SP_STYLE_ARABIC_DOT && m.ordinal == 12);
	CHECK(mk("１．加强", &m) && m.style == SP_STYLE_ARABIC_DOT && m.ordinal == 1);
	CHECK(mk("（２）阶级", &m) && m.style == SP_STYLE_PAREN_ARABIC && m.ordinal == 2);
	CHECK(mk("③客观", &m) && m.style == SP_STYLE_CIRCLED && m.ordinal == 3);
	CHECK(mk("⑵坚持", &m) && m.style == SP_STYLE_PAREN_ARABIC && m.ordinal == 2);
	CHECK(mk("十三是统筹", &m) && m.style == SP_STYLE_HAN_SHI && m.ordinal == 13);
	CHECK(mk("四要实行", &m) && m.style == SP_STYLE_HAN_YAO && m.ordinal == 4);
	CHECK(mk("其次，几千年", &m) && m.style == SP_STYLE_SEQUENCE && m.ordinal == 2);
	CHECK(mk("最后，工业", &m) && m.style == SP_STYLE_SEQUENCE && m.ordinal == 0);
	/* not markers */
	CHECK(!mk("1.5亿", &m));
	CHECK(!mk("二、三、四中全会", &m));
	CHECK(!mk("四、五年", &m));
	CHECK(mk("一、五条教训", &m));	/* not consecutive: a heading */
	CHECK(!mk("第三批", &m));
	CHECK(!mk("第一个阶段，", &m));
	CHECK(!mk("首先要加快", &m));
	CHECK(!mk("最后胜利", &m));
	CHECK(!mk("2023、2024年", &m));
	CHECK(!mk("一百、", &m));
	CHECK(!mk("（一", &m));
	CHECK(!mk("一", &m));
	CHECK(!mk("第一", &m));
}

SP_TEST(outline_order_of_appearance)
{
	/* nesting follows the order styles appear, not a fixed table: here 1. over (一) */
	SpDoc		d = parse("1. 甲\n（一）子\n（二）丑\n2. 乙\n（一）寅\n（二）卯\n");

	CHECK_STR(sections_of(&d), "L1 1.|甲\nL2 （一）|子\nL2 （二）|丑\nL1 2.|乙\nL2 （一）|寅\nL2 （二）|卯");
	CHECK_INT(d.sections.items[4].parent, 3);	/* （一） seen again: belongs to the new parent */
	sp_doc_free(&sp_env_malloc, &d);
}

SP_TEST(outline_sequence_rules)
{
	/* 三、 needs 二、: a gap is not a heading; a stray 1 inside a run is dropped */
	CHECK_STR(outline_of("一、甲\n正文。\n三、丙\n二、乙\n正文。\n一、错\n三、丙\n"), "L1 一、|甲\nL1 二、|乙\nL1 三、|丙");
}

SP_TEST(outline_enumerations_are_not_headings)
{
	/* texts without a heading: every case wants an empty outline */
	static const SpTestCase cases[] = {
		/* wr_national_1988: 一、…； list items inside a section */
		{"决定在物价问题上采取以下的综合配套措施：\n\n　　一、继续坚持有计划有步骤地改革不合理的价格体系；\n\n"
		 "　　二、从增加供给和抑制需求两方面入手；\n\n　　三、加强物价管理和工商行政管理。\n", ""},
		/* cr_19: 统一、 世界第二， 第一要务 质量第一、 are inside phrases */
		{"实现民族独立、人民解放、国家统一、社会稳定。我国稳居世界第二，对世界经济增长贡献率超过百分之三十。"
		 "必须坚持质量第一、效益优先。把发展作为党执政兴国的第一要务。", ""},
		/* wr_national_1988: a slogan in quotes */
		{"必须坚持“一要吃饭，二要建设”的原则，把眼前利益和长远利益结合起来。", ""},
		/* sp_local_2020_school_theme_education_summary: 十九届二、三、四中全会 */
		{"深入学习践行党的十九大、十九届二、三、四中全会和教育大会精神。", ""},
		/* en_sotu_1863: a numbered list inside an English paragraph */
		{"It consists of--\n\n1. The military operations of the year. 2. The organization of colored persons. 3. The exchange of prisoners.\n", ""},
	};

	FOR_CASES(c, cases)
		CHECK_CASE(c, outline_of(c->in));
}

SP_TEST(outline_inline_runs)
{
	/* the seed: 一是…五是 inline in 第四,'s paragraph close with it; 1、 follows */
	SpDoc		d = parse("一、着眼大局\n第一,是背景。\n第二,是问题。主要有以下几方面:一是对基层组织;二是干部人事;三是党管人才。\n"
						  "新的要求:\n1、对创新提出了新要求。\n2、对整合提出了新要求。\n二、关于回顾\n");

	CHECK_INT(d.sections.n, 9);
	CHECK_STR(sec(&d, 3), "L3 一是|对基层组织");
	CHECK(d.sections.items[3].inline_run);
	CHECK_STR(sec(&d, 6), "L3 1、|对创新提出了新要求");
	CHECK_INT(d.sections.items[6].parent, 2);
	CHECK_STR(sec(&d, 8), "L1 二、|关于回顾");
	/* an inline section ends with its paragraph */
	CHECK(d.sections.items[5].whole.end <= d.paragraphs.items[2].span.end);
	sp_doc_free(&sp_env_malloc, &d);
}

SP_TEST(outline_heading_extent)
{
	/* heading ends at a terminator, a colon, a line break; a lone marker takes the next line */
	SpDoc		d = parse("（一）\n加强和改善宏观调控，促进经济平稳快速发展\n正文。\n（二）大力推进改革开放：一是深化体制改革；二是扩大对外开放。\n");

	CHECK_STR(sec(&d, 0), "L1 （一）|加强和改善宏观调控，促进经济平稳快速发展");
	CHECK_STR(sec(&d, 1), "L1 （二）|大力推进改革开放");
	CHECK_STR(sec(&d, 2), "L2 一是|深化体制改革");
	sp_doc_free(&sp_env_malloc, &d);
}

SP_TEST(paragraphs_flattened_and_chunked)
{
	/* the seed's noise: chunk numbers N、 at line starts continuing the sentence, flattened breaks */
	const char *t = "1、会议讲话 同志们: 下面我讲四点意见。 一、着眼大局 组织部门作为施工队,找准工作定位,\n"
		"2、创造性地开展工作。 第一,是构建和谐社会的大背景。打造“一基地,\n"
		"3、两区的规划。 第二,是区委七届一次党代会提出了打造“三\n"
		"4、个代表重要思想。\n";
	SpDoc		d = parse(t);

	CHECK_INT(d.noise.n, 4);
	CHECK_STR(span(&d, d.paragraphs.items[0].span), "会议讲话");
	CHECK_STR(span(&d, d.paragraphs.items[1].span), "同志们:");
	CHECK_STR(span(&d, d.paragraphs.items[3].span), "一、着眼大局");
	CHECK_STR(span(&d, d.paragraphs.items[4].span), "组织部门作为施工队,找准工作定位,\n2、创造性地开展工作。");
	CHECK_STR(span(&d, d.title), "会议讲话");
	CHECK_STR(span(&d, d.salutation), "同志们");
	CHECK_INT(d.announced_points, 4);
	/* no chunk number is a heading; 第一/第二 are */
	CHECK_INT(d.sections.n, 3);
	CHECK_STR(sec(&d, 2), "L2 第二,|是区委七届一次党代会提出了打造“三\n4、个代表重要思想");
	sp_doc_free(&sp_env_malloc, &d);
}

SP_TEST(paragraphs_names_and_wraps)
{
	/* spaced-out names are not breaks; Wikisource link breaks and hard wraps are joined */
	SpDoc		d = parse("习　近　平\n\n我們第一届全國人民代表大會第一次會議，在聽了劉少奇同志\n關於憲法草案的報告\n並進行了三天的討論以後，已經完成了。\n\n下一段。\n");

	CHECK_INT(d.paragraphs.n, 3);
	CHECK_STR(span(&d, d.paragraphs.items[0].span), "习　近　平");
	sp_doc_free(&sp_env_malloc, &d);
	d = parse("George Washington\nFirst Annual Message to Congress\nJanuary 8, 1790\nFellow-Citizens of the Senate:\n\n"
			  "I embrace with great satisfaction the opportunity which now presents itself.\n");
	CHECK_INT(d.paragraphs.n, 5);
	CHECK_STR(span(&d, d.title), "First Annual Message to Congress");
	CHECK_STR(span(&d, d.salutation), "Fellow-Citizens of the Senate");
	sp_doc_free(&sp_env_malloc, &d);
}

SP_TEST(paragraphs_html)
{
	SpDoc		d = parse("<div class=\"conTxt\"><p><span>忠实践行</span>“八八战略”</p><p>一、总结&nbsp;过去</p><p>二、今后任务</p></div>");

	CHECK_INT(d.paragraphs.n, 3);
	CHECK_STR(span(&d, d.paragraphs.items[0].span), "忠实践行</span>“八八战略”");
	CHECK_INT(d.sections.n, 2);
	sp_doc_free(&sp_env_malloc, &d);
}

SP_TEST(sentences_chinese_and_latin)
{
	SpDoc		d = parse("他说：“沧海横流，方显英雄本色。”我们要努力！增长6.9%。是吗？好\n");

	CHECK_INT(d.sentences.n, 5);
	CHECK_STR(span(&d, d.sentences.items[0].span), "他说：“沧海横流，方显英雄本色。”");
	CHECK_STR(span(&d, d.sentences.items[0].terminator), "。");
	CHECK_STR(span(&d, d.sentences.items[2].span), "增长6.9%。");
	CHECK_STR(span(&d, d.sentences.items[4].span), "好");
	CHECK_INT(d.sentences.items[4].terminator.end - d.sentences.items[4].terminator.start, 0);
	sp_doc_free(&sp_env_malloc, &d);
	/* English through ICU: Mr. Speaker and U.S. do not end sentences */
	d = parse("Mr. Speaker, the U.S. economy grew. Thank you! Dr. Smith agreed abroad.However we act.");
	CHECK_INT(d.sentences.n, 3);
	CHECK_STR(span(&d, d.sentences.items[0].span), "Mr. Speaker, the U.S. economy grew.");
	CHECK_STR(span(&d, d.sentences.items[1].terminator), "!");
	sp_doc_free(&sp_env_malloc, &d);
}

SP_TEST(parts_title_salutation_closing)
{
	SpDoc		d = parse("下载 打印 【字号：加大 还原 减小】\n决胜全面建成小康社会\n\n为夺取新时代伟大胜利\n——在第十九次全国代表大会上的报告\n（2017年10月18日）\n"
						  "同志们：\n下面，我讲几点意见。\n一、过去五年\n内容。\n二、新时代\n内容。\n同志们，让我们更加紧密地团结起来！\n谢谢大家！\n");

	CHECK_STR(span(&d, d.title), "决胜全面建成小康社会\n\n为夺取新时代伟大胜利");
	CHECK_STR(span(&d, d.salutation), "同志们");
	CHECK_INT(d.announced_points, -1);	/* 几点: unspecified */
	CHECK_STR(span(&d, d.opening), "下面，我讲几点意见。");
	CHECK_STR(span(&d, d.closing), "同志们，让我们更加紧密地团结起来！\n谢谢大家！");
	CHECK_INT(d.found_points, 2);
	sp_doc_free(&sp_env_malloc, &d);
	d = parse("各位教官、各位老师、同学们：\n今天我讲三方面内容。\n");
	CHECK_STR(span(&d, d.salutation), "各位教官、各位老师、同学们");
	CHECK_INT(d.announced_points, 3);
	sp_doc_free(&sp_env_malloc, &d);
}

SP_TEST(clean_noise_and_width)
{
	const char *t = "1、讲话 同志们: 根据安排,下面\n2、我讲意见。&nbsp;第一,是背景(试行)。打造“三\n3、个代表\r\n\r\n\r\n　　中文　　Hello, world (ok).\n";
	size_t		n;
	char	   *out = sp_clean(&sp_env_malloc, t, strlen(t), &n);

	CHECK_SPAN(out, n, "讲话 同志们： 根据安排，下面我讲意见。 第一，是背景（试行）。打造“三个代表\n\n中文 Hello, world (ok).");
	free(out);
}

SP_TEST(structure_degenerate_inputs)
{
	static const char *inputs[] = {"", " ", "\n\n\n", "。。。", "一", "一、", "（", "\xFF\xFE\x80", "1、\n2、\n3、\n",
	"第一，第二，第三，", "一是二是三是", "“““““", NULL};

	for (int k = 0; inputs[k]; k++)
	{
		SpDoc		d;
		size_t		n;
		char	   *c;

		sp_doc_analyze(&sp_env_malloc, inputs[k], strlen(inputs[k]), &d);
		check_invariants(&d);
		sp_doc_free(&sp_env_malloc, &d);
		c = sp_clean(&sp_env_malloc, inputs[k], strlen(inputs[k]), &n);
		CHECK(n <= 3 * strlen(inputs[k]) + 4);
		free(c);
	}
}

SP_TEST(fuzz_regressions)
{
	/* fuzz_structure: a '<' + letters before Chinese prose ending in '>' was taken for
	 * a tag, so the document "ended" before its last sections (whole.end < start) */
	static const char *inputs[] = {
		"一、标题\n正文<a\n二、第二\n内容。三、第三\n内容>",
		"一、甲\n<p 中文 二、乙\n正文>\n",
		/* an unclosed quote in a tag-like run must not swallow the sections after it */
		"第一，甲。\n1、子。\n2、丑。\n<div class=\"con of those\n3、寅。\n4、卯。\nwords\">\n",
		NULL
	};

	for (int k = 0; inputs[k]; k++)
	{
		SpDoc		d = parse(inputs[k]);

		check_invariants(&d);
		sp_doc_free(&sp_env_malloc, &d);
	}
	{
		size_t		end;
		bool		block;

		const char *t1 = "<a 中文>",
				   *t2 = "<span style=\"font-family:黑体\">";

		CHECK(!sp_html_tag_at(t1, strlen(t1), 0, &end, &block));
		CHECK(sp_html_tag_at(t2, strlen(t2), 0, &end, &block) && end == strlen(t2));
	}
}

SP_TEST(structure_nested_marker_flood)
{
	/* 10,000 nested-looking markers: bounded depth, linear time, no crash */
	size_t		unit = strlen("一、(一)1.(1)①"),
				n = 10000;
	char	   *t = malloc(unit * n + 1);
	SpDoc		d;
	int			maxlevel = 0;

	for (size_t i = 0; i < n; i++)
		memcpy(t + i * unit, "一、(一)1.(1)①", unit);
	t[unit * n] = '\0';
	sp_doc_analyze(&sp_env_malloc, t, unit * n, &d);
	for (size_t i = 0; i < d.sections.n; i++)
		if (d.sections.items[i].level > maxlevel)
			maxlevel = d.sections.items[i].level;
	CHECK(maxlevel <= SP_STYLE__COUNT);
	sp_doc_free(&sp_env_malloc, &d);
	free(t);
}

SP_TEST(structure_seed_gold)
{
	/* the user's sample speech, when ../shared is present */
	const char *shared = sp_test_shared();
	char		path[1024];
	char	   *t;
	size_t		len;
	SpDoc		d;

	if (!shared)
		return;
	snprintf(path, sizeof(path), "%s/corpus/seed/000_3f41271ab36d6c34.txt", shared);
	if ((t = sp_test_read_file(path, &len)) == NULL)
		return;
	sp_doc_analyze(&sp_env_malloc, t, len, &d);
	CHECK_STR(span(&d, d.title), "全区组织宣传统战会议讲话");
	CHECK_STR(span(&d, d.salutation), "同志们");
	CHECK_INT(d.announced_points, 4);
	CHECK_INT(d.found_points, 3);
	CHECK_INT(d.noise.n, 15);
	CHECK_INT(d.sections.n, 17);
	CHECK_STR(sec(&d, 0), "L1 一、|着眼大局,找准定位,正确把握当前的工作背景和要求");
	CHECK_STR(sec(&d, 15), "L1 二、|关于2023年组织工作的回忆");
	sp_doc_free(&sp_env_malloc, &d);
	free(t);
}

SP_TEST(paragraphs_block_tag_run_linear)
{
	/*
	 * fuzz_sentences: every block tag of a run opened a paragraph and skipped
	 * the rest of the run again, so 20,000 <p> before some text took 1.5 s
	 * (quadratic).  200,000 tags on each side of the text must take well
	 * under a second; 10 s is the bound here, for slow sanitizer builds.
	 */
	size_t		ntags = 200000,
				o = 0;
	char	   *t = malloc(ntags * 2 * 3 + 64);
	SpDoc		d;

	o = sp_test_repeat(t, o, "<p>", ntags);
	o += (size_t) sprintf(t + o, "p>");
	o = sp_test_repeat(t, o, "<p>", ntags);
	o += (size_t) sprintf(t + o, "甲。");
	analyze_linear(t, o, &d);
	CHECK_INT(d.paragraphs.n, 2);
	CHECK_SPAN(t + d.paragraphs.items[0].span.start,
			   d.paragraphs.items[0].span.end - d.paragraphs.items[0].span.start, "p>");
	CHECK_SPAN(t + d.paragraphs.items[1].span.start,
			   d.paragraphs.items[1].span.end - d.paragraphs.items[1].span.start, "甲。");
	check_invariants(&d);
	sp_doc_free(&sp_env_malloc, &d);
	free(t);
}

SP_TEST(outline_entity_run_linear)
{
	/*
	 * fuzz_structure: every ';' of a run of &nbsp; is a clause mark, and each
	 * skipped the rest of the run again to look for a marker after it
	 * (quadratic: 0.5 s for 15 KB of an HTML page).  200,000 entities between
	 * two headings must take well under a second; 10 s is the bound here.
	 */
	size_t		n = 200000,
				o = 0;
	char	   *t = malloc(n * 6 + 128);
	SpDoc		d;

	o += (size_t) sprintf(t + o, "一、总体要求。我们要：");
	o = sp_test_repeat(t, o, "&nbsp;", n);
	o += (size_t) sprintf(t + o, "加强领导。\n二、重点任务\n抓落实。\n");
	analyze_linear(t, o, &d);
	CHECK_INT(d.sections.n, 2);
	check_invariants(&d);
	sp_doc_free(&sp_env_malloc, &d);
	free(t);
}

SP_TEST(marker_shapes_english_and_formal)
{
	SpMarker	m;

	CHECK(mk("II. ECONOMIC", &m) && m.style == SP_STYLE_ROMAN_DOT && m.ordinal == 2);
	CHECK(mk("IX.\n", &m) && m.style == SP_STYLE_ROMAN_DOT && m.ordinal == 9);
	CHECK(mk("XIV. Trade", &m) && m.ordinal == 14);
	CHECK(mk("Ⅲ、改革", &m) && m.style == SP_STYLE_ROMAN_DOT && m.ordinal == 3);
	CHECK(mk("B. The budget", &m) && m.style == SP_STYLE_LATIN_DOT && m.ordinal == 2);
	CHECK(mk("(c) the Secretary", &m) && m.style == SP_STYLE_PAREN_LATIN && m.ordinal == 3);
	CHECK(mk("Secondly, an", &m) && m.style == SP_STYLE_EN_ORDINAL && m.ordinal == 2);
	CHECK(mk("And secondly, I", &m) && m.ordinal == 2 && m.end == strlen("And secondly,"));
	CHECK(mk("First of all, we", &m) && m.ordinal == 1);
	CHECK(mk("Last but not least, we", &m) && m.ordinal == 0);
	CHECK(mk("Finally, our", &m) && m.ordinal == 0);
	CHECK(mk("壹、總說", &m) && m.style == SP_STYLE_HAN_FORMAL && m.ordinal == 1);
	CHECK(mk("參、施政", &m) && m.ordinal == 3);
	CHECK(mk("貳拾壹、其他", &m) && m.ordinal == 21);
	CHECK(mk("拾、結語", &m) && m.ordinal == 10);
	CHECK(mk("第貳，", &m) && m.style == SP_STYLE_DI_HAN && m.ordinal == 2);
	CHECK(mk("(一 ) 引言", &m) && m.style == SP_STYLE_PAREN_HAN && m.ordinal == 1);
	/* not markers */
	CHECK(!mk("I am therefore", &m));
	CHECK(!mk("IIII. x", &m));
	CHECK(!mk("VX. x", &m));
	CHECK(!mk("J. F. Kennedy said", &m));
	CHECK(!mk("Last year, we", &m));
	CHECK(!mk("Firstborn, x", &m));
	CHECK(!mk("U.S. policy", &m));
	CHECK(!mk("參加", &m));
}

SP_TEST(outline_english_numbering)
{
	static const SpTestCase cases[] = {
		/* Roman numerals alone or with a title; the heading of a lone one is the next line */
		{"Opening words.\nI.\nThe great battleground is the south.\nII. PROGRESS AT HOME\nText.\nIII. ABROAD\nText.\n",
		 "L1 I.|The great battleground is the south\nL1 II.|PROGRESS AT HOME\nL1 III.|ABROAD"},
		/* a run may start at II. (I. is the opening) */
		{"Opening.\nII. HOME\nText.\nIII. ABROAD\nText.\n", "L1 II.|HOME\nL1 III.|ABROAD"},
		/* I./A./1./(a) */
		{"I. Goals\nA. Growth\n1. Jobs\n(a) Youth\n(b) Veterans\n2. Wages\nB. Trade\nII. Means\n",
		 "L1 I.|Goals\nL2 A.|Growth\nL3 1.|Jobs\nL4 (a)|Youth\nL4 (b)|Veterans\nL3 2.|Wages\nL2 B.|Trade\nL1 II.|Means"},
		/* I. after H. is a letter */
		{"A. a\nB. b\nC. c\nD. d\nE. e\nF. f\nG. g\nH. h\nI. i\n",
		 "L1 A.|a\nL1 B.|b\nL1 C.|c\nL1 D.|d\nL1 E.|e\nL1 F.|f\nL1 G.|g\nL1 H.|h\nL1 I.|i"},
		/* ordinal words under a Roman part; Finally, closes the run; an idiom carries its ordinal */
		{"I. SPACE\nWe ask for funds.\nFirst of all, a man on the moon.\nSecondly, a rocket.\nLast but not least, satellites.\nII. END\n",
		 "L1 I.|SPACE\nL2 First of all,|a man on the moon\nL2 Secondly,|a rocket\nL2 Last but not least,|satellites\nL1 II.|END"},
		/* a lone First, (a moderator calling on a reporter) is discourse */
		{"First, Aamer, go ahead.\nQ Thank you.\nFinally, one more.\n", ""},
		/* a run restarted after a transition sentence is a sibling run */
		{"First, we grew.\nSecond, we hired.\nThis year we will do more.\nFirst, we will cut taxes.\nSecond, we will build.\n",
		 "L1 First,|we grew\nL1 Second,|we hired\nL1 First,|we will cut taxes\nL1 Second,|we will build"},
		/* a numbered heading after an ordinal run does not nest in it */
		{"First, we grew.\nSecond, we hired.\n1. Reform\nFirst, taxes.\nSecond, fees.\n2. Opening\n",
		 "L1 First,|we grew\nL1 Second,|we hired\nL1 1.|Reform\nL2 First,|taxes\nL2 Second,|fees\nL1 2.|Opening"},
		/* in Chinese text the English ordinal words are not markers; nor inside a paragraph */
		{"他说First, 我们。\nSecond, 好。\nWe did it. First, we grew. Second, we hired.\n", ""},
	};

	FOR_CASES(c, cases)
		CHECK_CASE(c, outline_of(c->in));
}

SP_TEST(marker_tiers)
{
	SpMarker	m;

	CHECK(mk("第一章 总则", &m) && m.style == SP_STYLE_DI_CHAPTER && m.ordinal == 1);
	CHECK(mk("第二节　赔偿请求人", &m) && m.style == SP_STYLE_DI_SECTION && m.ordinal == 2);
	CHECK(mk("第一百二十条 本法", &m) && m.style == SP_STYLE_DI_ARTICLE && m.ordinal == 120);
	CHECK(mk("第三部分 体制改革", &m) && m.style == SP_STYLE_DI_PART && m.ordinal == 3);
	CHECK(mk("第二编\n", &m) && m.style == SP_STYLE_DI_PART);
	CHECK(mk("(十 八)全面提高", &m) && m.style == SP_STYLE_PAREN_HAN && m.ordinal == 18);
	CHECK(mk("（二　十）提升", &m) && m.ordinal == 20);
	/* references and phrases: no space after the tier word */
	CHECK(!mk("第三条规定的", &m));
	CHECK(!mk("第四章的规定办理。", &m));
	CHECK(!mk("第一部门", &m));
	/* (十 ) with a PDF space before the bracket is a marker (the Hansard layout); an unclosed padded one is not */
	CHECK(mk("(十 )", &m) && m.ordinal == 10);
	CHECK(!mk("(十 八", &m));
	/* a chapter glued to its short title line; not an article, not running text */
	CHECK(mk("第一章总则\n第一条", &m) && m.style == SP_STYLE_DI_CHAPTER);
	CHECK(!mk("第一条为了规范\n", &m));
	CHECK(!mk("第二章规定了程序，", &m));
	CHECK(!mk("第一节课开始了。\n", &m));
}

SP_TEST(outline_legal_tiers)
{
	/* a statute: 章 > 节 > 条, articles numbered on through chapters and sections */
	SpDoc		d = parse("# 某某法\n\n## 第一章 总则\n\n第一条 为了规范，制定本法。\n\n第二条 本法适用于甲。\n\n"
						  "## 第二章 程序\n\n### 第一节 申请\n\n第三条 申请应当书面提出。\n\n"
						  "依照本法第三条、第四条规定的，从其规定。\n\n### 第二节 决定\n\n第四条 机关应当决定。\n\n"
						  "## 第三章 附则\n\n第五条 本法自公布之日起施行。\n");

	CHECK_STR(sections_of(&d), "L1 第一章|总则\nL2 第一条|为了规范，制定本法\nL2 第二条|本法适用于甲\n"
			  "L1 第二章|程序\nL2 第一节|申请\nL3 第三条|申请应当书面提出\nL2 第二节|决定\nL3 第四条|机关应当决定\n"
			  "L1 第三章|附则\nL2 第五条|本法自公布之日起施行");
	CHECK_INT(d.sections.items[5].parent, 4);
	sp_doc_free(&sp_env_malloc, &d);
}

SP_TEST(outline_numbering_runs_on_across_parents)
{
	/* (一)… numbered through chapters; 1.–2. under （一）, 3. under （二） */
	CHECK_STR(outline_of("第一章 总则\n(一)甲。正文。\n(二)乙。正文。\n第二章 目标\n(三)丙。正文。\n"),
			  "L1 第一章|总则\nL2 (一)|甲\nL2 (二)|乙\nL1 第二章|目标\nL2 (三)|丙");
	CHECK_STR(outline_of("一、总体要求\n（一）原则\n1.坚持甲。正文。\n2.坚持乙。正文。\n（二）目标\n3.坚持丙。正文。\n"),
			  "L1 一、|总体要求\nL2 （一）|原则\nL3 1.|坚持甲\nL3 2.|坚持乙\nL2 （二）|目标\nL3 3.|坚持丙");
	/* a gap is still a gap: 4. under a new parent without 3. */
	CHECK_STR(outline_of("一、甲\n1.子。正文。\n2.丑。正文。\n二、乙\n4.卯。正文。\n"),
			  "L1 一、|甲\nL2 1.|子\nL2 2.|丑\nL1 二、|乙");
}

SP_TEST(outline_separate_parts)
{
	static const SpTestCase cases[] = {
		/* a table of contents repeats the headings: only the body counts */
		{"目  录\n一、总体要求……………2\n二、主要任务……………5\n一、总体要求\n正文。\n二、主要任务\n正文。\n",
		 "L1 一、|总体要求\nL1 二、|主要任务"},
		{"第一部分 总体战略... 2\n第一章 指导思想... 2\n第一部分 总体战略\n第一章 指导思想\n正文。\n",
		 "L1 第一部分|总体战略\nL2 第一章|指导思想"},
		/* 附件 closes the body: its list restarts at the top, not under 二、 */
		{"一、甲\n正文。\n二、乙\n（一）丙。正文。\n（二）丁。正文。\n附件\n民生实事\n1.办好甲。\n2.办好乙。\n",
		 "L1 一、|甲\nL1 二、|乙\nL2 （一）|丙\nL2 （二）|丁\nL1 1.|办好甲\nL1 2.|办好乙"},
		/* a contents list without leaders: dropped until the body repeats its first entry */
		{"目录\n一、总体要求\n二、主要任务\n一、总体要求\n正文。\n二、主要任务\n正文。\n",
		 "L1 一、|总体要求\nL1 二、|主要任务"},
		{"目  录\n第一章 总则\n第二章 附则\n说明如下。\n第一章：总则\n第一条 为了规范。\n第二章 附则\n第二条 施行。\n",
		 "L1 第一章：|总则\nL2 第一条|为了规范\nL1 第二章|附则\nL2 第二条|施行"},
		/* the dateline signs the document off: the list after it is a part of its own */
		{"一、甲\n（一）子。正文。\n（二）丑。正文。\n2021年3月2日\n（三）寅。正文。\n（四）卯。正文。\n",
		 "L1 一、|甲\nL2 （一）|子\nL2 （二）|丑"},
		/* a plan's box (专栏) is not a section: its numbered lines are no headings */
		{"第一节 建设科技强国\n正文。\n专栏1 科技前沿领域攻关\n1.新一代人工智能\n前沿基础理论\n2.量子信息\n城域\n"
		 "第二节 提升创新能力\n正文。\n",
		 "L1 第一节|建设科技强国\nL1 第二节|提升创新能力"},
		{"一、甲\n（一）子。正文。\n【专栏2】重大工程\n1.工程甲\n2.工程乙\n（二）丑。正文。\n",
		 "L1 一、|甲\nL2 （一）|子\nL2 （二）|丑"},
		/* a glossary's numbered terms are no headings */
		{"一、甲\n正文。\n二、乙\n正文。\n附件\n名词解释\n1.“双一流”：一流大学和一流学科。\n2.“两新”：设备更新。\n",
		 "L1 一、|甲\nL1 二、|乙"},
	};

	FOR_CASES(c, cases)
		CHECK_CASE(c, outline_of(c->in));
}

SP_TEST(outline_traditional_formal_numerals)
{
	static const SpTestCase cases[] = {
		/* Taiwan: 壹、 above 一、 above （一） */
		{"壹、總說\n一、目標\n（一）教育\n（二）文化\n二、策略\n貳、施政\n一、經濟\n",
		 "L1 壹、|總說\nL2 一、|目標\nL3 （一）|教育\nL3 （二）|文化\nL2 二、|策略\nL1 貳、|施政\nL2 一、|經濟"},
		/* Hong Kong Hansard: a space before the closing bracket */
		{"(一 ) 引言\n內容。\n(二 ) 經濟發展\n內容。\n", "L1 (一 )|引言\nL1 (二 )|經濟發展"},
	};

	FOR_CASES(c, cases)
		CHECK_CASE(c, outline_of(c->in));
}

SP_TEST(outline_vetoes_bounded)
{
	static const SpTestCase cases[] = {
		/* items that open with a heading sentence are headings even when they end with ； */
		{"一、基本原则\n1.坚持党的领导。把党的领导贯穿全过程；\n2.坚持优先发展。把教育摆在优先位置；\n",
		 "L1 一、|基本原则\nL2 1.|坚持党的领导\nL2 2.|坚持优先发展"},
		/* an opening quote that never closes cannot hide the rest of the run */
		{"今年重点抓好三件事。一是落实“六稳。二是扩大内需。三是深化改革。\n",
		 "L1 一是|落实“六稳\nL1 二是|扩大内需\nL1 三是|深化改革"},
		/* a space before an opening quote does not cut the heading's paragraph */
		{"（一）实施“启航计划” “先锋工程”。正文。\n（二）乙。正文。\n",
		 "L1 （一）|实施“启航计划” “先锋工程”\nL1 （二）|乙"},
	};

	FOR_CASES(c, cases)
		CHECK_CASE(c, outline_of(c->in));
}

SP_TEST(parts_title_and_salutation_rules)
{
	/* a long English title; the dateline after it is never the title */
	SpDoc		d = parse("PRESIDENT JOHN F. KENNEDY'S SPECIAL MESSAGE TO THE CONGRESS ON URGENT NATIONAL NEEDS\n \n"
						  "May 25, 1961\n\nMr. Speaker, Mr. Vice President, my copartners in Government:\nThe Constitution imposes.\n");

	CHECK_STR(span(&d, d.title), "PRESIDENT JOHN F. KENNEDY'S SPECIAL MESSAGE TO THE CONGRESS ON URGENT NATIONAL NEEDS");
	sp_doc_free(&sp_env_malloc, &d);
	d = parse("Wednesday, January 27, 2010\nRemarks of the President\nMadam Speaker,\nMr. Vice President,\nMembers of Congress:\nTonight we meet.\n");
	CHECK_STR(span(&d, d.title), "Remarks of the President");
	/* consecutive comma-ended address lines: one salutation, from the first */
	CHECK_STR(span(&d, d.salutation), "Madam Speaker,\nMr. Vice President,\nMembers of Congress");
	sp_doc_free(&sp_env_malloc, &d);
	/* a line opening with a heading marker is not the title */
	d = parse("一、总体要求\n内容很多很多。\n");
	CHECK_INT(d.title.end - d.title.start, 0);
	sp_doc_free(&sp_env_malloc, &d);
	/* Markdown heading mark, book-title brackets */
	d = parse("# 中华人民共和国国家赔偿法\n第一条 为保障公民。\n");
	CHECK_STR(span(&d, d.title), "中华人民共和国国家赔偿法");
	sp_doc_free(&sp_env_malloc, &d);
	d = parse("《绍兴市教育事业发展规划》\n为了发展教育，制定本规划。\n");
	CHECK_STR(span(&d, d.title), "绍兴市教育事业发展规划");
	sp_doc_free(&sp_env_malloc, &d);
	/* Hansard: the salutation after the speaker's label; 主席 heads the list; 們 */
	d = parse("施政報告\n主席：立即離開會議廳。\n行政長官：主席、各位議員、各位香港市民：\n(一 ) 引言\n");
	CHECK_STR(span(&d, d.salutation), "主席、各位議員、各位香港市民");
	sp_doc_free(&sp_env_malloc, &d);
	d = parse("女士們、先生們：\n今天很高興。\n");
	CHECK_STR(span(&d, d.salutation), "女士們、先生們");
	sp_doc_free(&sp_env_malloc, &d);
}

SP_TEST(sentences_hard_wrapped_english)
{
	/* a transcript wrapped at ~70 columns: the wrap newline is no boundary */
	SpDoc		d = parse("PRESIDENT BIDEN:  Well, good afternoon.  The Prime Minister has brought\n"
						  "the sun out, so he can do about anything.\n\n"
						  "Yoshi, thank you for making the long trip to Washington.  We have already\n"
						  "met several times virtually.\n\n"
						  "We had a very productive discussion today.  When nations as close as\n"
						  "ours get together, we always look for more.\n");

	CHECK_INT(d.paragraphs.n, 3);
	CHECK_INT(d.sentences.n, 6);
	CHECK_STR(span(&d, d.sentences.items[1].span), "The Prime Minister has brought\nthe sun out, so he can do about anything.");
	sp_doc_free(&sp_env_malloc, &d);
}

SP_TEST(outline_english_flood_linear)
{
	/* 100,000 ordinal-word and Roman paragraphs, and one wrapped paragraph of 1 MB */
	size_t		n = 100000,
				o = 0;
	char	   *t = malloc(n * 40 + 128);
	SpDoc		d;

	o = sp_test_repeat(t, o, "First, x.\nSecond, y.\nII. A\nA. b\n", n);
	analyze_linear(t, o, &d);
	check_invariants(&d);
	sp_doc_free(&sp_env_malloc, &d);
	o = 0;
	o += (size_t) sprintf(t + o, "Start.\n\n");
	o = sp_test_repeat(t, o, "we go on and on\n", n);
	o += (size_t) sprintf(t + o, "end.\n\nNext one.\n");
	analyze_linear(t, o, &d);
	check_invariants(&d);
	sp_doc_free(&sp_env_malloc, &d);
	free(t);
}

SP_TEST(outline_plan_tasks)
{
	SpMarker	m;

	CHECK(mk("【重点任务12】加强", &m) && m.style == SP_STYLE_BRACKET_LABEL && m.ordinal == 12);
	CHECK(mk("【任务三】加强", &m) && m.ordinal == 3);
	CHECK(!mk("【专栏1】重大工程", &m));	/* a box, not a section */
	CHECK(!mk("【字号：加大】", &m));
	CHECK(!mk("【重点任务】", &m));
	/* numbered through the plan: 【重点任务3】 opens the next part */
	CHECK_STR(outline_of("一、德育\n【重点任务1】加强德育。正文。\n【重点任务2】促进发展。正文。\n"
						 "二、学前\n【重点任务3】优化服务。正文。\n"),
			  "L1 一、|德育\nL2 【重点任务1】|加强德育\nL2 【重点任务2】|促进发展\nL1 二、|学前\nL2 【重点任务3】|优化服务");
	/* a line cut off at a comma does not run into the next heading */
	CHECK_STR(outline_of("（一）甲。正文。\n（二）乙。正文，破除“难题”等问题，\n（三）丙。正文。\n"),
			  "L1 （一）|甲\nL1 （二）|乙\nL1 （三）|丙");
}

SP_TEST(outline_contents_title_wide_characters)
{
	/* a line of 4-byte characters where a 目录 title is looked for (a fuzz finding) */
	char		t[4 * 100 + 1];
	SpDoc		d;

	sp_test_repeat(t, 0, "\xf0\x9f\x98\x80", 100);
	d = parse(t);
	CHECK_INT(d.sections.n, 0);
	sp_doc_free(&sp_env_malloc, &d);
	/* 目 录 with spaces is still the contents title */
	CHECK_STR(outline_of("目 录\n一、总体要求\n二、主要任务\n一、总体要求\n正文。\n二、主要任务\n正文。\n"),
			  "L1 一、|总体要求\nL1 二、|主要任务");
}

/* sp_marker_at on a copy of t without its NUL, so that reading past the end is caught by ASan */
static bool
mk_exact(const char *t, SpMarker *m)
{
	size_t		n = strlen(t);
	char	   *copy = malloc(n ? n : 1);
	bool		ok;

	memcpy(copy, t, n);
	ok = sp_marker_at(copy, n, 0, m);
	free(copy);
	return ok;
}

SP_TEST(marker_formal_numeral_at_end_of_text)
{
	SpMarker	m;

	/* a formal numeral reader at the very end of the text reads nothing past it (a fuzz finding) */
	CHECK(!mk_exact("第", &m));
	CHECK(!mk_exact("第貳拾", &m));
	CHECK(!mk_exact("貳拾", &m));
	CHECK(!mk_exact("目录", &m));
	CHECK(!mk_exact("第一", &m));	/* the tier word after the numeral is looked for past the end */
	CHECK(!mk_exact("第十二", &m));
	CHECK(!mk_exact("(", &m));	/* a padded numeral (十 八) looked for after the bracket */
	CHECK(!mk_exact("(十 ", &m));
	CHECK(mk_exact("第貳拾，", &m) && m.style == SP_STYLE_DI_HAN && m.ordinal == 20);
}

/* the outline with the unnumbered headings added (speech_outline(body, true)) */
static const char *
unnumbered_of(const char *text)
{
	SpDoc		d = parse(text);
	const char *out;

	sp_doc_add_unnumbered(&sp_env_malloc, &d);
	check_invariants(&d);
	out = sections_of(&d);
	sp_doc_free(&sp_env_malloc, &d);
	return out;
}

SP_TEST(unnumbered_parts_of_a_report)
{
	/* a report whose top level is unnumbered part titles, numbered lists inside */
	const char *t = "各位代表：\n现在，我代表国务院作报告。\n"
		"过去五年的回顾\n五年来，我们做了大量工作。\n一、坚持改革\n内容一。\n二、扩大开放\n内容二。\n"
		"今后五年的主要任务\n今后五年，任务艰巨。\n一、发展农业\n内容三。\n二、发展工业\n内容四。\n"
		"结束语\n让我们团结奋斗！\n";

	CHECK_STR(unnumbered_of(t),
			  "L1 |过去五年的回顾\nL2 一、|坚持改革\nL2 二、|扩大开放\n"
			  "L1 |今后五年的主要任务\nL2 一、|发展农业\nL2 二、|发展工业\nL1 |结束语");
	/* without the option the outline is the numbered one */
	CHECK_STR(outline_of(t), "L1 一、|坚持改革\nL1 二、|扩大开放\nL1 一、|发展农业\nL1 二、|发展工业");
}

SP_TEST(unnumbered_subheadings_nest_under_their_section)
{
	const char *t = "各位代表：\n现在作报告。\n一、经济\n总的情况很好。\n产业发展\n我们推动产业发展。\n"
		"金融服务业\n金融业是支柱。\n二、民生\n改善民生。\n";

	CHECK_STR(unnumbered_of(t), "L1 一、|经济\nL2 |产业发展\nL2 |金融服务业\nL1 二、|民生");
}

SP_TEST(unnumbered_rejects_fragments_and_accidents)
{
	/* lines broken around a link, a lone short line, flattened text, a stage direction */
	CHECK_STR(unnumbered_of("同志们：\n我们要贯彻《\n国家公务员法\n》，研究制定办法。\n"
							"一、甲\n内容。\n二、乙\n内容。\n"), "L1 一、|甲\nL1 二、|乙");
	CHECK_STR(unnumbered_of("同志们：\n开场。\n城市轨道交通\n我们要建设城市轨道交通。\n"), "");
	CHECK_STR(unnumbered_of("同志们： 开场。 过去的回顾 我们做了工作。 今后的任务 我们要做工作。"), "");
	CHECK_STR(unnumbered_of("主席：\n开场。\n(議員離席 )\n我們繼續會議的議程。\n(議員返回 )\n我們繼續。\n"), "");
	/* a line that ends with a function word is a broken sentence */
	CHECK_STR(unnumbered_of("同志们：\n开场。\n本作品是中华人民共和国的\n法律法规的正式译文。\n"
							"我们必须坚持的\n基本原则。\n"), "");
}

SP_TEST(unnumbered_english_part_titles)
{
	/* English plain text separates paragraphs by blank lines (a single break is a wrap) */
	const char *t = "Esteemed Deputies,\n\nI will now report.\n\nReview of Our Work in 2016\n\n"
		"We made progress. First, we grew.\n\nMajor Areas of Work for 2017\n\nWe will do more this year.\n";

	CHECK_STR(unnumbered_of(t), "L1 |Review of Our Work in 2016\nL1 |Major Areas of Work for 2017");
}

SP_TEST(unnumbered_exact_size_buffer)
{
	/* the text ends right after a candidate line: no read past the end */
	static const char src[] = "同志们：\n开场。\n过去的回顾\n我们做了工作。\n今后的任务";
	char	   *t = malloc(sizeof(src) - 1);
	SpDoc		d;

	memcpy(t, src, sizeof(src) - 1);
	sp_doc_analyze(&sp_env_malloc, t, sizeof(src) - 1, &d);
	sp_doc_add_unnumbered(&sp_env_malloc, &d);
	check_invariants(&d);
	sp_doc_free(&sp_env_malloc, &d);
	free(t);
}

SP_TEST(unnumbered_part_takes_the_children_of_a_section_it_ends)
{
	/* （一）（二） nest under 二、 in the numbered outline; the part before them ends 二、 */
	const char *t = "同志们：\n开场。\n工作回顾\n内容。\n一、甲\n内容。\n二、乙\n内容。\n"
		"今后任务\n内容。\n（一）子项\n内容。\n（二）丑项\n内容。\n";

	CHECK_STR(outline_of(t), "L1 一、|甲\nL1 二、|乙\nL2 （一）|子项\nL2 （二）|丑项");
	CHECK_STR(unnumbered_of(t), "L1 |工作回顾\nL2 一、|甲\nL2 二、|乙\nL1 |今后任务\nL2 （一）|子项\nL2 （二）|丑项");
}
