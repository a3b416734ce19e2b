#include "unit.h"
#include "sp_turn.h"
#include "sp_utf8.h"

/*
 * turns of s as lines "speaker|role|reply_to|text": speaker '-' when
 * unlabelled, reply_to the 1-based id or 0, text the first 6 characters of
 * the turn's whole span after leading white space (label included).
 */
static const char *
turns(const char *s)
{
	static char out[8192];
	SpTurnVec	v;
	size_t		o = 0;
	size_t		len = strlen(s);

	sp_turns_find(&sp_env_malloc, s, len, &v);
	out[0] = '\0';
	for (size_t k = 0; k < v.n; k++)
	{
		const SpTurn *t = &v.items[k];
		size_t		a = t->whole.start,
					b;
		int			n = 0,
					step;

		while (a < t->whole.end && (s[a] == ' ' || s[a] == '\n' || s[a] == '\t'))
			a++;
		for (b = a; b < t->whole.end && n < 6; b += step, n++)
			sp_u8_decode(s, len, b, &step);
		CHECK(t->whole.end > t->whole.start);
		CHECK(k == 0 || t->whole.start == v.items[k - 1].whole.end);
		o += (size_t) snprintf(out + o, sizeof(out) - o, "%s%.*s|%s|%d|%.*s", k ? "\n" : "",
							   t->speaker.end > t->speaker.start ? (int) (t->speaker.end - t->speaker.start) : 1,
							   t->speaker.end > t->speaker.start ? s + t->speaker.start : "-",
							   sp_turn_role_names[t->role], t->reply_to + 1, (int) (b - a), s + a);
	}
	if (v.n)
	{
		CHECK_INT(v.items[0].whole.start, 0);
		CHECK_INT(v.items[v.n - 1].whole.end, len);
	}
	sp_vec_free(&sp_env_malloc, &v);
	return out;
}

SP_TEST(turn_zh_question_answer)
{
	/* title and narration, then 问/答 paragraphs; a continuation paragraph is no turn */
	CHECK_STR(turns("关于条例的答记者问\n近日，中央印发条例。负责人回答了记者的提问。\n"
					"\t问：请介绍一下背景？\n\t答：条例是基本遵循。\n\t其次，要抓落实。\n"
					"\t问：有哪些特点？\n\t答：一是坚持。二是创新。\n"),
			  "-|statement|0|关于条例的答\n"
			  "问|question|0|问：请介绍一\n"
			  "答|answer|2|答：条例是基\n"
			  "问|question|0|问：有哪些特\n"
			  "答|answer|4|答：一是坚持");
	/* a question without a question mark is still a question */
	CHECK_STR(turns("问：请介绍一下《规定》出台的背景和意义。\n答：好的。\n"),
			  "问|question|0|问：请介绍一\n答|answer|1|答：好的。\n");
}

SP_TEST(turn_zh_numbered_and_bracketed)
{
	/* 1.问： starts at the number, the speaker is 问 */
	CHECK_STR(turns("题目\n导语。\n1.问：为什么要修订？\n答：因为需要。\n2.问：有哪些内容？\n答：共十章。\n"),
			  "-|statement|0|题目\n导语。\n"
			  "问|question|0|1.问：为什\n答|answer|2|答：因为需要\n"
			  "问|question|0|2.问：有哪\n答|answer|4|答：共十章。");
	CHECK_STR(turns("【问】怎么看？\n【答】很好。\n【问】还有呢？\n【答】没有了。"),
			  "问|question|0|【问】怎么看\n答|answer|1|【答】很好。\n"
			  "问|question|0|【问】还有呢\n答|answer|3|【答】没有了");
}

SP_TEST(turn_zh_names_and_titles)
{
	/* a name the narration mentions; 记者 asks */
	CHECK_STR(turns("标题\n本报记者专访了部长宋涛。\n\n　　记者：意味着什么？\n\n　　宋涛：意味着变局。\n\n"
					"　　一是服务大局。\n\n　　记者：愿景如何？\n\n　　宋涛：更加美好。"),
			  "-|statement|0|标题\n本报记\n"
			  "记者|question|0|记者：意味着\n宋涛|answer|2|宋涛：意味着\n"
			  "记者|question|0|记者：愿景如\n宋涛|answer|4|宋涛：更加美");
	/* titled labels stand on their own: XX社记者, XX负责人, 主持人 */
	CHECK_STR(turns("主持人：请提问。\n新华社记者：进展如何？\n国家发展改革委负责人：进展顺利。\n"),
			  "主持人|host|0|主持人：请提\n新华社记者|question|0|新华社记者：\n"
			  "国家发展改革委负责人|answer|2|国家发展改革");
	/* an outlet that asks and a name that answers, neither named before */
	CHECK_STR(turns("标题\n导语。\n城市周刊：怎么做的？\n雪明：这样做的。\n一是加强。\n城市周刊：效果呢？\n雪明：很好。\n"),
			  "-|statement|0|标题\n导语。\n"
			  "城市周刊|question|0|城市周刊：怎\n雪明|answer|2|雪明：这样做\n"
			  "城市周刊|question|0|城市周刊：效\n雪明|answer|4|雪明：很好。");
}

SP_TEST(turn_zh_not_labels)
{
	/* metadata, lead-ins, salutations, reported speech, quoted labels: no turns */
	CHECK_STR(turns("作者：某某  时间：2019-12-25\n同志们：\n今天开会。\n《规定》的主要特点：一是坚持。\n"
					"负责人表示：要加强。\n注：本文有删节。\n"),
			  "-|statement|0|作者：某某 ");
	/* list items that come back (原煤： 水泥：) are no dialogue */
	CHECK_STR(turns("报告\n原煤：增加一倍。\n水泥：增加两倍。\n原煤：从一到二。\n水泥：从二到三。\n"),
			  "-|statement|0|报告\n原煤：");
	/* a quoted 问： inside an answer, and 问 after a comma, are not turns */
	CHECK_STR(turns("问：怎么看？\n答：有人说“你好。问：为什么”，我说，问：不知道。\n"),
			  "问|question|0|问：怎么看？\n答|answer|1|答：有人说“");
	/* a 答： in the title line is not a turn */
	CHECK_STR(turns("答：关于条例的几个问题\n问：背景是什么？\n答：需要修订。\n"),
			  "-|statement|0|答：关于条例\n问|question|0|问：背景是什\n答|answer|2|答：需要修订");
}

SP_TEST(turn_zh_mid_line)
{
	/* a label after a sentence end on the same line */
	CHECK_STR(turns("问：第一个问题？答：第一个回答。问：第二个？答：第二个回答。"),
			  "问|question|0|问：第一个问\n答|answer|1|答：第一个回\n"
			  "问|question|0|问：第二个？\n答|answer|3|答：第二个回");
}

SP_TEST(turn_en_briefing)
{
	const char *s =
		"---\ntitle: \"Press Gaggle\"\n---\n \nAboard Air Force One\n\n9:00 A.M. EDT\n\n"
		"MS. JEAN-PIERRE:\xc2\xa0 Hey, everybody.\xc2\xa0 I have one thing at the top.\n\n"
		"With that, Darlene, you want to kick us off?\n\n"
		"Q\xc2\xa0\xc2\xa0\xc2\xa0 Will there be any news\nin the remarks?\n\n"
		"MS. JEAN-PIERRE:\xc2\xa0 I don't want to get ahead of the\nPresident.\n\n"
		"(A nearby interior door opens.)\n\n"
		"Q\xc2\xa0\xc2\xa0\xc2\xa0 Watch out behind you.\n\n"
		"MS. JEAN-PIERRE:\xc2\xa0 All right.\n\nSo, look, energy security is one important issue,\n"
		"it's hardly the only one, and we will keep talking about it.\n\n"
		"Q\xc2\xa0\xc2\xa0\xc2\xa0 And on tariffs?\n\n"
		"MS. JEAN-PIERRE:\xc2\xa0 Nothing new. (Laughter.)\n\n"
		"Q\xc2\xa0\xc2\xa0\xc2\xa0 Thanks, Karine.\n\n"
		"MS. JEAN-PIERRE:\xc2\xa0 Thanks, everybody.\n\n9:10 A.M. EDT\n";

	CHECK_STR(turns(s),
			  "-|statement|0|---\nti\n"
			  "MS. JEAN-PIERRE|statement|0|MS. JE\n"
			  "Q|question|0|Q\xc2\xa0\xc2\xa0\xc2\xa0 W\n"
			  "MS. JEAN-PIERRE|answer|3|MS. JE\n"
			  "Q|statement|0|Q\xc2\xa0\xc2\xa0\xc2\xa0 W\n"
			  "MS. JEAN-PIERRE|answer|3|MS. JE\n"
			  "Q|question|0|Q\xc2\xa0\xc2\xa0\xc2\xa0 A\n"
			  "MS. JEAN-PIERRE|answer|7|MS. JE\n"
			  "Q|statement|0|Q\xc2\xa0\xc2\xa0\xc2\xa0 T\n"
			  "MS. JEAN-PIERRE|statement|0|MS. JE");
}

SP_TEST(turn_en_moderated_and_joint)
{
	/* a moderator hosts; a principal's short turn before a question hosts too */
	CHECK_STR(turns("MODERATOR: Hi, everyone. Over to you.\n\nMR. KIRBY: Good afternoon. Some news today.\n\n"
					"MODERATOR: Our first question goes to Barak.\n\nQ: Can you confirm it?\n\n"
					"MR. KIRBY: I cannot confirm it.\n\nQ: Thank you.\n\nMODERATOR: Thanks, everyone."),
			  "MODERATOR|host|0|MODERA\nMR. KIRBY|statement|0|MR. KI\nMODERATOR|host|0|MODERA\n"
			  "Q|question|0|Q: Can\nMR. KIRBY|answer|4|MR. KI\nQ|statement|0|Q: Tha\n"
			  "MODERATOR|host|0|MODERA");
	CHECK_STR(turns("PRESIDENT BIDEN:  Good afternoon.  Remarks follow about the alliance and "
					"our shared work, which will take a long while to explain in full, with many "
					"details, plans, commitments and thanks to everyone here today and at home, "
					"and to the people of both nations.\n\n"
					"PRIME MINISTER SUGA:  (As interpreted.)  Thank you, Mr. President.\n\n"
					"PRESIDENT BIDEN:  Now we will take questions.  Aamer, go ahead.\n\n"
					"Q    Thank you, Mr. President.  What would you say?\n\n"
					"PRESIDENT BIDEN:  I have never stopped.  (laughs)  Ever.\n\n"
					"PRIME MINISTER SUGA:  (As interpreted.)  Mr. Sugimoto, with Sankei.\n\n"
					"Q    (As interpreted.)  What kind of exchange was it?\n\n"
					"PRIME MINISTER SUGA:  (As interpreted.)  A good one.\n\n5:33 P.M. EDT"),
			  "PRESIDENT BIDEN|statement|0|PRESID\nPRIME MINISTER SUGA|statement|0|PRIME \n"
			  "PRESIDENT BIDEN|host|0|PRESID\nQ|question|0|Q    T\nPRESIDENT BIDEN|answer|4|PRESID\n"
			  "PRIME MINISTER SUGA|host|0|PRIME \nQ|question|0|Q    (\n"
			  "PRIME MINISTER SUGA|answer|7|PRIME ");
}

SP_TEST(turn_other_layouts)
{
	/* State Department: MR PRICE without a full stop, QUESTION */
	CHECK_STR(turns("Department Press Briefing\n\nMR PRICE: Good afternoon.\n\nQUESTION: Ned, what is new?\n\n"
					"MR PRICE: We continue to watch closely, as we said.\n"),
			  "-|statement|0|Depart\nMR PRICE|host|0|MR PRI\nQUESTION|question|0|QUESTI\n"
			  "MR PRICE|answer|3|MR PRI");
	/* SCIO briefing: the label on a line of its own, titles with names */
	CHECK_STR(turns("新闻发布会\n主持人 袭艳春：\n下面请记者朋友提问。\n中央电视台记者：\n请问形势如何？\n"
					"国家发展改革委副主任 宁吉喆：\n谢谢你的提问。总体平稳。\n"),
			  "-|statement|0|新闻发布会\n\n主持人 袭艳春|host|0|主持人 袭艳\n中央电视台记者|question|0|中央电视台记\n"
			  "国家发展改革委副主任 宁吉喆|answer|3|国家发展改革");
}

SP_TEST(turn_not_transcripts)
{
	CHECK_STR(turns(""), "");
	CHECK_STR(turns(" \n\t "), "");
	CHECK_STR(turns("同志们：\n今天我讲三点意见。\n一、坚持。\n"), "-|statement|0|同志们：\n今");
	/* one label only */
	CHECK_STR(turns("标题\n问：只有一个问题？\n"), "-|statement|0|标题\n问：只");
	/* time stamps, URLs and lower-case lead-ins are no labels */
	CHECK_STR(turns("He laid out the choice: Ask them.\n9:10 A.M. EDT\nsee http://x.y\nNote: a note.\n"
					"UPDATE: later.\n"),
			  "-|statement|0|He lai");
}

SP_TEST(turn_content_leaves_out_directions)
{
	const char *s = "Q:  Why?\n\nMR. X:  (As interpreted.)  Because. (Applause.)  Really.\n\n"
		"（新华社北京12月4日电）\n\n9:10 A.M. EDT\n";
	SpTurnVec	v;
	SpSpanVec	c = {0};
	char		got[256];
	size_t		o = 0;

	sp_turns_find(&sp_env_malloc, s, strlen(s), &v);
	CHECK_INT(v.n, 2);
	if (v.n == 2)
		sp_turn_content(&sp_env_malloc, s, strlen(s), &v.items[1], &c);
	got[0] = '\0';
	for (size_t k = 0; k < c.n; k++)
		o += (size_t) snprintf(got + o, sizeof(got) - o, "%s%.*s", k ? "|" : "",
							   (int) (c.items[k].end - c.items[k].start), s + c.items[k].start);
	CHECK_STR(got, "Because.|Really.");
	sp_vec_free(&sp_env_malloc, &v);
	sp_vec_free(&sp_env_malloc, &c);
}

SP_TEST(turn_linear)
{
	/* many short labelled lines, long label-like runs and sentence ends: linear */
	size_t		n = 4 << 20;
	char	   *buf = malloc(n + 64);
	size_t		o = 0;
	clock_t		t0 = clock();
	SpTurnVec	v;

	while (o < n / 3)
		o = sp_test_repeat(buf, o, "问：好？答：好。\n", 1);
	while (o < 2 * n / 3)
		o = sp_test_repeat(buf, o, "。问问问问问问问问问问问问问问问问问问问问问问问问问问问问问问问问问问", 1);
	while (o < 5 * n / 6)
		o = sp_test_repeat(buf, o, "甲乙丙：丁。", 1);
	/* one line of sentence ends (fuzz_turns: each end re-read the run after it) */
	while (o < n)
		o = sp_test_repeat(buf, o, "。！？", 1);
	sp_turns_find(&sp_env_malloc, buf, o, &v);
	CHECK(v.n > 1000);
	for (size_t k = 0; k < 200 && k < v.n; k++)
	{
		SpSpanVec	c = {0};

		sp_turn_content(&sp_env_malloc, buf, o, &v.items[k], &c);
		sp_vec_free(&sp_env_malloc, &c);
	}
	sp_vec_free(&sp_env_malloc, &v);
	free(buf);
	CHECK_LINEAR(t0);
}
