/*
 * sp_turn.c - speaker turns of a transcript (see sp_turn.h and
 * doc/transcripts.md for the rules and the reasons behind them).
 *
 * Three passes, each linear:
 *   1. candidates: every line start (and every sentence end on a line, outside
 *      quotes) where a label shape begins: an optional number or bracket, a
 *      short run of label characters, a colon (or the white space after Q);
 *   2. acceptance: generic and titled labels stand on their own; a bare name
 *      needs the narration before the first label to name it, or to come back
 *      at line starts alternating with other labels; a label mid-line needs
 *      to be generic or one the document uses at a line start;
 *   3. turns and roles, in document order, with the pending question.
 */
#include "sp_turn.h"

#include "sp_chars.h"
#include "sp_scan.h"
#include "sp_utf8.h"

const char *const sp_turn_role_names[4] = {"statement", "host", "question", "answer"};

/* label classes */
enum
{
	CLS_NAME = 0,				/* a speaker, class decided by the document */
	CLS_Q,						/* asks: 问 记者 Q */
	CLS_A,						/* answers: 答 A, titled officials */
	CLS_H						/* hosts: 主持人 MODERATOR */
};

/* label kinds: how much the label says on its own */
enum
{
	KIND_NAME = 0,				/* a bare name: needs the document's support */
	KIND_TITLED,				/* carries a title or a role word */
	KIND_GENERIC				/* 问 答 记者 主持人 Q A */
};

#define MAX_LABEL_CHARS 32
#define MAX_NAMES 256			/* distinct bare names followed (more are not labels) */
#define HEADER_SCAN_MAX 8192	/* bytes of narration searched for a name */
#define SHORT_TURN_BYTES 300	/* a turn that hands the floor is shorter */

typedef struct Cand
{
	size_t		start;			/* the turn starts here (number, bracket, label) */
	SpSpan		label;			/* the speaker as written */
	size_t		body;			/* after the colon and white space */
	unsigned char cls;
	unsigned char kind;
	bool		line_start;
	bool		in_title;		/* on the document's title line */
	bool		accepted;
	bool		qline;			/* its line (from the body) has a question mark */
	int			name;			/* index of its distinct text, -1 */
} Cand;

typedef SP_VEC(Cand) CandVec;

typedef struct Name
{
	SpSpan		text;
	int			count;			/* line-start occurrences */
	int			alternating;	/* of which the previous line-start label differs */
	bool		dialog;			/* one asks, or follows a line that asks */
	bool		in_header;
	bool		accepted;
	int			questions;		/* turns with a question mark (for CLS_NAME) */
	int			turns;
} Name;

static uint32_t
cp_at(const char *s, size_t len, size_t i, int *step)
{
	if (i >= len)
	{
		*step = 0;
		return 0;
	}
	return sp_u8_decode(s, len, i, step);
}

static bool
is_hspace(uint32_t cp)
{
	return sp_is_space(cp) || sp_is_ignorable(cp);
}

static size_t
skip_hspace(const char *s, size_t len, size_t i)
{
	int			step;

	while (i < len)
	{
		uint32_t	cp = cp_at(s, len, i, &step);

		if (!is_hspace(cp))
			break;
		i += step;
	}
	return i;
}

static bool
span_is(const char *s, SpSpan sp, const char *lit)
{
	size_t		n = strlen(lit);

	return sp.end - sp.start == n && memcmp(s + sp.start, lit, n) == 0;
}

/* ASCII case-insensitive equality of a span with an upper-case literal */
static bool
span_is_ci(const char *s, SpSpan sp, const char *lit)
{
	size_t		n = strlen(lit);

	if (sp.end - sp.start != n)
		return false;
	for (size_t k = 0; k < n; k++)
	{
		char		c = s[sp.start + k];

		if (c >= 'a' && c <= 'z')
			c = (char) (c - 'a' + 'A');
		if (c != lit[k])
			return false;
	}
	return true;
}

static bool
span_in(const char *s, SpSpan sp, const char *const *list, bool ci)
{
	for (; *list; list++)
		if (ci ? span_is_ci(s, sp, *list) : span_is(s, sp, *list))
			return true;
	return false;
}

static bool
span_ends_with(const char *s, SpSpan sp, const char *lit)
{
	size_t		n = strlen(lit);

	return sp.end - sp.start >= n && memcmp(s + sp.end - n, lit, n) == 0;
}

static bool
span_starts_with(const char *s, SpSpan sp, const char *lit)
{
	size_t		n = strlen(lit);

	return sp.end - sp.start >= n && memcmp(s + sp.start, lit, n) == 0;
}

/* byte offset of lit in [from, to), or SIZE_MAX */
static size_t
find_lit(const char *s, size_t from, size_t to, const char *lit, size_t n)
{
	if (n == 0 || to < from + n)
		return SIZE_MAX;
	for (size_t i = from; i + n <= to; i++)
		if (s[i] == lit[0] && memcmp(s + i, lit, n) == 0)
			return i;
	return SIZE_MAX;
}

/* ---- the word lists: how transcripts name their speakers ---- */

/* labels that are metadata, notes or lead-ins, never a speaker */
static const char *const zh_not_labels[] = {
	"作者", "时间", "日期", "来源", "注", "注释", "备注", "按", "编者按", "编者", "编辑",
	"责任编辑", "责编", "说明", "附", "附件", "附注", "关键词", "关键字", "摘要", "标题",
	"原标题", "主题", "题目", "地点", "地址", "电话", "联系人", "网址", "链接", "相关链接",
	"图", "图片", "图为", "视频", "出处", "导语", "提要", "核心提示", "核心阅读", "阅读提示",
	"背景", "背景资料", "延伸阅读", "记者手记", "释义", "例", "例如", "比如", "譬如", "又如",
	"其中", "另外", "此外", "同时", "总之", "对此", "为此", "因此", "首先", "其次", "再次",
	"最后", "问题", "答案", "特点", "原因", "目标", "任务", "要求", "意见", "建议", "措施",
	"内容", "重点", "做法", "经验", "结果", "发布", "印发", "抄送", "主送", "签发", "文",
	"摄影", "撰文", "策划", "监制", "统筹", "出品", "本报讯", "新华社", "通讯员", "学号",
	"姓名", "单位", "职务", "性别", "年龄", "籍贯", "民族", NULL
};

/* a label ending in one of these reports speech ("负责人表示："), it is not a label */
static const char *const zh_speech_verbs[] = {
	"表示", "指出", "说", "说道", "强调", "介绍", "认为", "称", "提出", "回答", "答道",
	"问道", "坦言", "透露", "解释", "补充", "谈到", "提到", "写道", "所说", "讲", "讲道",
	"宣布", "回应", "表态", "呼吁", "希望", "说明", "告诉记者", "告诉本报记者", "介绍说",
	"指出说", "看来", "发现", "证实", "总结", "说过", "讲过", "写过", "问过", "知道", "所言",
	"所指出", "曾说", "曾指出", "表示說", "說", "說道", "指出過", "認為", "強調", "介紹", "表態",
	"回應", "說過", "講", "講過", NULL
};

/* title words: a label holding one (then at most a name) is a label on its own */
static const char *const zh_titles[] = {
	"负责人", "发言人", "新闻发言人", "部长", "主任", "局长", "司长", "处长", "书记", "主席",
	"总理", "省长", "市长", "县长", "区长", "州长", "大使", "专家", "教授", "研究员",
	"董事长", "总经理", "院长", "校长", "秘书长", "会长", "理事长", "行长", "署长", "总裁",
	"主编", "团长", "参赞", "委员", "代表", "嘉宾", "官员", "厅长", "所长", "总监", "经理",
	"总干事", "议员", "首相", "外长", "司令员", "政委", "部长助理", "长官",
	/* the same in Traditional characters */
	"負責人", "發言人", "新聞發言人", "部長", "局長", "司長", "處長", "書記", "總理", "省長",
	"市長", "縣長", "區長", "專家", "研究員", "董事長", "總經理", "院長", "校長", "秘書長",
	"會長", "理事長", "行長", "署長", "總裁", "主編", "團長", "參贊", "委員", "嘉賓", "官員",
	"廳長", "總監", "經理", "議員", "長官", "司令員", NULL
};

static const char *const en_not_labels[] = {
	"NOTE", "NOTES", "SOURCE", "SOURCES", "UPDATE", "UPDATED", "END", "EDITOR'S NOTE",
	"EDITOR’S NOTE", "EDITORS NOTE", "CORRECTION", "WARNING", "DISCLAIMER", "CONTACT",
	"CONTACTS", "PHONE", "EMAIL", "E-MAIL", "DATE", "TIME", "PLACE", "LOCATION", "SUBJECT",
	"RE", "TO", "FROM", "CC", "BACKGROUND", "SUMMARY", "TITLE", "AUTHOR", "BY", "PHOTO",
	"VIDEO", "AUDIO", "TRANSCRIPT", "TAGS", "RELEASE", "FOR IMMEDIATE RELEASE", "EMBARGOED",
	"WASHINGTON", "ATTENTION", "IMPORTANT", "PS", "P.S.", "FACT SHEET", "WHEN", "WHERE",
	"WHO", "WHAT", "WHY", "HOW", "AGENDA", "KEY POINTS", "HIGHLIGHTS", "LINK", "URL",
	"FIRST", "SECOND", "THIRD", "FINALLY", "EXAMPLE", "FOR EXAMPLE", "DEFINITION", NULL
};

static const char *const en_questioners[] = {
	"Q", "QUESTION", "QUESTIONER", "REPORTER", "THE REPORTER", "JOURNALIST", "PRESS",
	"AUDIENCE MEMBER", "AUDIENCE", "PARTICIPANT", "INTERVIEWER", NULL
};

static const char *const en_answerers[] = {"A", "ANSWER", "INTERVIEWEE", NULL};

static const char *const en_hosts[] = {
	"MODERATOR", "THE MODERATOR", "OPERATOR", "THE OPERATOR", "HOST", "CHAIR", "THE CHAIR",
	"CHAIRMAN", "CHAIRWOMAN", "CHAIRPERSON", "MC", "EMCEE", "MASTER OF CEREMONIES", "ANCHOR",
	NULL
};

/* a first word of an upper-case label that makes it a titled speaker */
static const char *const en_titles[] = {
	"MR.", "MS.", "MRS.", "MISS", "DR.", "MR", "MS", "MRS", "DR", "PROF.", "PROFESSOR", "PRESIDENT", "THE", "VICE",
	"PRIME", "SECRETARY", "SENATOR", "SEN.", "REP.", "REPRESENTATIVE", "CONGRESSMAN",
	"CONGRESSWOMAN", "GOVERNOR", "GOV.", "MAYOR", "AMBASSADOR", "GENERAL", "GEN.", "ADMIRAL",
	"ADM.", "COLONEL", "COL.", "LIEUTENANT", "LT.", "CAPTAIN", "CAPT.", "MAJOR", "MINISTER",
	"FOREIGN", "DEPUTY", "SENIOR", "CHIEF", "ADMINISTRATION", "OFFICIAL", "SPOKESPERSON",
	"SPOKESMAN", "SPOKESWOMAN", "CHANCELLOR", "KING", "QUEEN", "PRINCE", "PRINCESS", "SPEAKER",
	"LEADER", "JUSTICE", "JUDGE", "COMMISSIONER", "DIRECTOR", "ADMINISTRATOR", "ATTORNEY",
	"SURGEON", "SIR", "DAME", "LORD", "LADY", "MADAM", "MADAME", "MME.", "M.", "HIS", "HER",
	"FIRST", "SHERIFF", "CHIEF", "PREMIER", "ACTING", "ASSISTANT", "UNDER", NULL
};

/* ---- label shapes ---- */

static bool
is_colon(uint32_t cp)
{
	return cp == ':' || cp == 0xFF1A;
}

static bool
is_latin_upper(uint32_t cp)
{
	return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7);
}

static bool
is_latin_lower(uint32_t cp)
{
	return (cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF && cp != 0xF7);
}

/* a Han numeral 一..十 (for 一是 …) */
static bool
is_han_small_numeral(uint32_t cp)
{
	static const uint32_t nums[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03,
	0x516B, 0x4E5D, 0x5341};

	for (size_t k = 0; k < sizeof(nums) / sizeof(nums[0]); k++)
		if (cp == nums[k])
			return true;
	return false;
}

/*
 * Classify the label text [a, b) (white space trimmed).  Returns false when
 * it is not a label; else sets *cls and *kind.
 */
static bool
classify(const char *s, size_t len, SpSpan lab, bool bracketed, unsigned char *cls, unsigned char *kind)
{
	int			step;
	size_t		i;
	size_t		nhan = 0,
				nupper = 0,
				nlower = 0,
				nother = 0,
				nwords = 0;
	bool		in_word = false,
				lower_start = false,
				dun = false;
	uint32_t	first = cp_at(s, len, lab.start, &step);
	uint32_t	second = lab.start + step < lab.end ? cp_at(s, len, lab.start + step, &step) : 0;

	if (lab.end <= lab.start)
		return false;
	for (i = lab.start; i < lab.end; i += step)
	{
		uint32_t	cp = cp_at(s, len, i, &step);
		bool		sp = is_hspace(cp);

		if (sp_is_han(cp))
			nhan++;
		else if (is_latin_upper(cp))
			nupper++;
		else if (is_latin_lower(cp))
		{
			nlower++;
			if (!in_word)
				lower_start = true; /* a word starting lower case */
		}
		else if (cp == 0x3001)
			dun = true;
		else if (sp || cp == '.' || cp == '-' || cp == 0x2019 || cp == '\'' || cp == 0x00B7 ||
				 cp == 0x2022 || cp == 0x30FB)
			;
		else
			nother++;
		if (!sp && !in_word)
		{
			nwords++;
			in_word = true;
		}
		else if (sp)
			in_word = false;
	}
	if (nother > 0)
		return false;
	if (nhan > 0)
	{
		/* Chinese: generic labels, titled officials and outlets, bare names */
		if (nupper + nlower > 0 && nhan < 2)
			return false;
		if (sp_u8_count(s + lab.start, lab.end - lab.start) > MAX_LABEL_CHARS)
			return false;
		if (span_in(s, lab, zh_not_labels, false))
			return false;
		for (const char *const *v = zh_speech_verbs; *v; v++)
			if (span_ends_with(s, lab, *v))
				return false;
		/* enumerations and ordinals: 一是… 第一… 其一… */
		if (is_han_small_numeral(first) && (second == 0x662F || second == 0x8981 || second == 0x3001 ||
											second == 0x65B9 || second == 0x70B9 || second == 0x6765))
			return false;
		if (first == 0x7B2C)	/* 第 */
			return false;
		/* salutations: 同志们 朋友们 各位代表 尊敬的… */
		if (span_ends_with(s, lab, "们") || span_starts_with(s, lab, "各位") ||
			span_starts_with(s, lab, "尊敬的") || span_starts_with(s, lab, "亲爱的"))
			return false;
		if (span_is(s, lab, "问") || span_is(s, lab, "提问") || span_is(s, lab, "记者") ||
			span_is(s, lab, "记者问") || span_is(s, lab, "問") || span_is(s, lab, "提問") ||
			span_is(s, lab, "記者"))
		{
			*cls = CLS_Q;
			*kind = KIND_GENERIC;
			return true;
		}
		if (span_is(s, lab, "答") || span_is(s, lab, "回答") || span_is(s, lab, "答复"))
		{
			*cls = CLS_A;
			*kind = KIND_GENERIC;
			return true;
		}
		/* the chair of a sitting (主席： in a Hansard) hosts it */
		if (span_is(s, lab, "主持人") || span_is(s, lab, "主持") || span_is(s, lab, "主席"))
		{
			*cls = CLS_H;
			*kind = KIND_GENERIC;
			return true;
		}
		/* a title word, then at most a name: 主持人 袭艳春, 外交部发言人耿爽, 新华社记者 */
		{
			static const char *const roles[] = {"主持人", "记者", "記者", NULL};

			for (int r = 0; roles[r]; r++)
			{
				size_t		at = find_lit(s, lab.start, lab.end, roles[r], strlen(roles[r]));

				if (at != SIZE_MAX)
				{
					size_t		tail = skip_hspace(s, lab.end, at + strlen(roles[r]));

					if (sp_u8_count(s + tail, lab.end - tail) <= 4)
					{
						*cls = r == 0 ? CLS_H : CLS_Q;
						*kind = KIND_TITLED;
						return true;
					}
				}
			}
			for (const char *const *t = zh_titles; *t; t++)
			{
				size_t		n = strlen(*t);
				size_t		at = find_lit(s, lab.start, lab.end, *t, n);

				while (at != SIZE_MAX)
				{
					size_t		tail = skip_hspace(s, lab.end, at + n);

					if (sp_u8_count(s + tail, lab.end - tail) <= 4)
					{
						*cls = CLS_A;
						*kind = KIND_TITLED;
						return true;
					}
					at = find_lit(s, at + n, lab.end, *t, n);
				}
			}
		}
		/* a bare name (宋涛) or an outlet (城市党建周刊): two to eight Han characters */
		if (dun || bracketed || nupper + nlower > 0 || nwords > 1 || nhan < 2 || nhan > 8)
			return false;
		*cls = CLS_NAME;
		*kind = KIND_NAME;
		return true;
	}
	/* Latin script: every word capitalised */
	if (dun || nupper == 0 || nwords > 6 || lower_start)
		return false;
	if (span_in(s, lab, en_not_labels, true))
		return false;
	if (span_in(s, lab, en_questioners, true))
	{
		*cls = CLS_Q;
		*kind = (nlower == 0 && (span_is(s, lab, "Q") || span_is_ci(s, lab, "QUESTION"))) ?
			KIND_GENERIC : KIND_TITLED;
		return true;
	}
	if (span_in(s, lab, en_answerers, true))
	{
		*cls = CLS_A;
		*kind = KIND_GENERIC;
		return true;
	}
	if (span_in(s, lab, en_hosts, true) || (nlower == 0 && span_starts_with(s, lab, "MODERATOR")))
	{
		*cls = CLS_H;
		*kind = nlower == 0 ? KIND_GENERIC : KIND_TITLED;
		return true;
	}
	if (nupper + nlower < 2)
		return false;
	if (nlower == 0)
	{
		/* upper case: a title first (MR. KIRBY, THE PRESIDENT, SECRETARY BLINKEN) */
		size_t		w = lab.start;

		while (w < lab.end && s[w] != ' ' && !(s[w] == '\xC2' && w + 1 < lab.end && s[w + 1] == '\xA0'))
			w++;
		*cls = CLS_A;
		*kind = span_in(s, (SpSpan) {lab.start, w}, en_titles, false) ||
			find_lit(s, lab.start, lab.end, "OFFICIAL", 8) != SIZE_MAX ||
			find_lit(s, lab.start, lab.end, "PRESIDENT", 9) != SIZE_MAX ||
			find_lit(s, lab.start, lab.end, "SECRETARY", 9) != SIZE_MAX ||
			find_lit(s, lab.start, lab.end, "MINISTER", 8) != SIZE_MAX ? KIND_TITLED : KIND_NAME;
		return true;
	}
	/* Title Case (Wang Yi, President Biden): a bare name, at most four words */
	if (nwords > 4)
		return false;
	*cls = CLS_NAME;
	*kind = KIND_NAME;
	return true;
}

/*
 * A label at i (line start after indentation, or after a sentence end).
 * lim is the end of the line.  Fills c and returns true when a label shape
 * is there.
 */
static bool
label_at(const char *s, size_t len, size_t i, size_t lim, Cand *c)
{
	int			step;
	size_t		j = i;
	uint32_t	cp = cp_at(s, lim, j, &step);
	bool		numbered = false;
	bool		bracketed = false;
	SpSpan		lab;
	size_t		k,
				nchars = 0;

	memset(c, 0, sizeof(*c));
	c->name = -1;
	c->start = i;

	/* a number before a generic label: 1.问： （1）问： */
	if (sp_is_digit(cp) || cp == '(' || cp == 0xFF08)
	{
		size_t		q = j;
		bool		paren = !sp_is_digit(cp);
		int			nd = 0;

		if (paren)
			q += step;
		for (;;)
		{
			uint32_t	d = cp_at(s, lim, q, &step);

			if (!sp_is_digit(d) || nd >= 3)
				break;
			nd++;
			q += step;
		}
		cp = cp_at(s, lim, q, &step);
		if (nd > 0 && ((paren && (cp == ')' || cp == 0xFF09)) ||
					   (!paren && (cp == '.' || cp == 0xFF0E || cp == 0x3001 || cp == ')' || cp == 0xFF09))))
		{
			numbered = true;
			j = skip_hspace(s, lim, q + step);
			cp = cp_at(s, lim, j, &step);
		}
		else if (sp_is_digit(cp_at(s, lim, j, &step)))
			return false;		/* a number, a time stamp (9:10 A.M.) */
		else
			cp = cp_at(s, lim, j, &step);
	}

	/* bracketed: 【问】 [答] 〔主持人〕 */
	if (cp == 0x3010 || cp == '[' || cp == 0x3014 || cp == 0xFF3B)
	{
		uint32_t	close = cp == 0x3010 ? 0x3011 : cp == '[' ? ']' : cp == 0x3014 ? 0x3015 : 0xFF3D;
		size_t		a = j + step;

		for (k = a; k < lim && nchars <= MAX_LABEL_CHARS; k += step, nchars++)
		{
			uint32_t	x = cp_at(s, lim, k, &step);

			if (x == close)
				break;
			if (sp_is_newline(x))
				return false;
		}
		if (k >= lim || nchars > MAX_LABEL_CHARS)
			return false;
		lab.start = skip_hspace(s, k, a);
		lab.end = sp_trim_back(s, lab.start, k);
		k += step;
		if (is_colon(cp_at(s, lim, k, &step)))
			k += step;
		bracketed = true;
	}
	else
	{
		/* label characters up to a colon; Q (or A) then white space */
		if ((cp == 'Q' || cp == 'A') && j + 1 < lim)
		{
			int			st2;
			uint32_t	nx = cp_at(s, lim, j + 1, &st2);
			size_t		after = j + 1 + st2;
			uint32_t	nx2 = cp_at(s, lim, after, &st2);

			if (nx == 0xA0 || nx == '\t' || (cp == 'Q' && nx == ' ' && (nx2 == ' ' || nx2 == 0xA0)))
			{
				lab.start = j;
				lab.end = j + 1;
				k = skip_hspace(s, lim, j + 1);
				if (k >= lim)
					return false;
				goto classified;
			}
		}
		for (k = j; k < lim && nchars <= MAX_LABEL_CHARS + 2; k += step, nchars++)
		{
			uint32_t	x = cp_at(s, lim, k, &step);

			if (is_colon(x))
				break;
			if (sp_is_newline(x) || (sp_is_punct(x) && x != '.' && x != '-' && x != 0x2019 &&
									  x != '\'' && x != 0x00B7 && x != 0x3001 && x != 0x2022 &&
									  x != 0x30FB))
				return false;
		}
		if (k >= lim || !is_colon(cp_at(s, lim, k, &step)))
			return false;
		lab.start = j;
		lab.end = sp_trim_back(s, j, k);
		{
			uint32_t	colon = cp_at(s, lim, k, &step);

			k += step;
			/* an ASCII colon is followed by white space, the line end or CJK text (not 9:10, http:) */
			if (colon == ':' && k < lim)
			{
				uint32_t	nx = cp_at(s, lim, k, &step);

				if (!(is_hspace(nx) || nx >= 0x2E80 || sp_is_newline(nx)))
					return false;
			}
		}
	}
classified:
	if (!classify(s, len, lab, bracketed, &c->cls, &c->kind))
		return false;
	if (numbered && c->kind != KIND_GENERIC)
		return false;
	c->label = lab;
	c->body = skip_hspace(s, lim, k);
	return true;
}

/* end of the line holding i (the newline's offset, or len) */
static size_t
line_end(const char *s, size_t len, size_t i)
{
	while (i < len && s[i] != '\n' && s[i] != '\r')
	{
		/* U+2028 U+2029 */
		if ((unsigned char) s[i] == 0xE2 && i + 2 < len && (unsigned char) s[i + 1] == 0x80 &&
			((unsigned char) s[i + 2] == 0xA8 || (unsigned char) s[i + 2] == 0xA9))
			break;
		i++;
	}
	return i;
}

static size_t
next_line(const char *s, size_t len, size_t e)
{
	if (e >= len)
		return len;
	if (s[e] == '\r' && e + 1 < len && s[e + 1] == '\n')
		return e + 2;
	if ((unsigned char) s[e] == 0xE2)
		return e + 3 <= len ? e + 3 : len;
	return e + 1;
}

/* whether [a, b) holds a visible character */
static bool
has_visible(const char *s, size_t a, size_t b)
{
	int			step;

	for (size_t i = a; i < b; i += step)
	{
		uint32_t	cp = sp_u8_decode(s, b, i, &step);

		if (!is_hspace(cp) && !sp_is_newline(cp))
			return true;
	}
	return false;
}

/* whether the line [a, b) holds sentence-final punctuation (a full stop before a space) */
static bool
has_sentence_end(const char *s, size_t a, size_t b)
{
	int			step;

	for (size_t i = a; i < b; i += step)
	{
		uint32_t	cp = sp_u8_decode(s, b, i, &step);

		if (sp_is_sentence_final(cp) || (cp == '.' && (i + 1 >= b || s[i + 1] == ' ')))
			return true;
	}
	return false;
}

static bool
has_question_mark(const char *s, size_t a, size_t b)
{
	return find_lit(s, a, b, "?", 1) != SIZE_MAX || find_lit(s, a, b, "？", 3) != SIZE_MAX;
}

/* pass 1: label candidates, line by line */
static void
find_candidates(const SpEnv *env, const char *s, size_t len, CandVec *cands)
{
	size_t		i = 0,
				tick = 0;
	bool		title_seen = false;

	/* YAML front matter (--- … ---) holds no labels */
	if (len >= 4 && memcmp(s, "---", 3) == 0 && (s[3] == '\n' || s[3] == '\r'))
	{
		size_t		e = line_end(s, len, 0);

		for (i = next_line(s, len, e); i < len; i = next_line(s, len, e))
		{
			e = line_end(s, len, i);
			sp_tick(env, &tick);
			if (e - i >= 3 && memcmp(s + i, "---", 3) == 0 && !has_visible(s, i + 3, e))
			{
				i = next_line(s, len, e);
				break;
			}
		}
		title_seen = true;
	}
	while (i < len)
	{
		size_t		e = line_end(s, len, i);
		size_t		b = skip_hspace(s, e, i);
		int			depth = 0;
		int			step;
		Cand		c;
		bool		title = false;

		sp_tick(env, &tick);
		if (b < e && !title_seen)
		{
			/* the first line: a title when it has no sentence end and more lines follow */
			title_seen = true;
			title = !has_sentence_end(s, b, e) && has_visible(s, e, len);
		}
		if (b < e && label_at(s, len, b, e, &c))
		{
			c.line_start = true;
			c.qline = has_question_mark(s, c.body, e);
			c.in_title = title;
			if (!title || c.cls == CLS_Q)
				sp_vec_push(env, cands, c);
		}
		/* mid-line: after a sentence end, outside quotes */
		for (size_t k = b; k < e; k += step)
		{
			uint32_t	cp = sp_u8_decode(s, e, k, &step);

			sp_tick(env, &tick);
			if (cp == 0x201C || cp == 0x300C || cp == 0x300E || cp == 0x300A)
				depth++;
			else if ((cp == 0x201D || cp == 0x300D || cp == 0x300F || cp == 0x300B) && depth > 0)
				depth--;
			else if (depth == 0 && !title && (sp_is_sentence_final(cp) || cp == '.'))
			{
				size_t		m = k + step;
				size_t		n;

				/* closing marks and brackets directly after the end stay in the sentence */
				while (m < e)
				{
					int			st;
					uint32_t	x = sp_u8_decode(s, e, m, &st);

					if (!sp_is_sentence_final(x) && !sp_is_close_bracket(x))
						break;
					m += st;
				}
				n = skip_hspace(s, e, m);
				if (n < e && (n > m || cp >= 0x80) &&
					label_at(s, len, n, e, &c))
				{
					c.line_start = false;
					sp_vec_push(env, cands, c);
				}
				/* the run of ends is read once (a line of 。！？ was quadratic: fuzz_turns) */
				step = (int) (m - k);
			}
		}
		i = next_line(s, len, e);
	}
}

bool
sp_turns_likely(const char *s, size_t len)
{
	size_t		i = 0,
				found = 0;

	while (i < len && found < 2)
	{
		size_t		e = line_end(s, len, i);
		size_t		b = skip_hspace(s, e, i);
		Cand		c;

		if (b < e && label_at(s, len, b, e, &c))
			found++;
		i = next_line(s, len, e);
	}
	return found >= 2;
}

static int
name_index(const char *s, Name *names, int *nnames, SpSpan lab)
{
	for (int k = 0; k < *nnames; k++)
		if (names[k].text.end - names[k].text.start == lab.end - lab.start &&
			memcmp(s + names[k].text.start, s + lab.start, lab.end - lab.start) == 0)
			return k;
	if (*nnames >= MAX_NAMES)
		return -1;
	memset(&names[*nnames], 0, sizeof(Name));
	names[*nnames].text = lab;
	return (*nnames)++;
}

static bool
same_label(const char *s, SpSpan a, SpSpan b)
{
	return a.end - a.start == b.end - b.start && memcmp(s + a.start, s + b.start, a.end - a.start) == 0;
}

/* pass 2: which candidates are labels */
static void
accept_candidates(const SpEnv *env, const char *s, CandVec *cands, Name *names, int *nnames)
{
	size_t		header_end = SIZE_MAX,
				tick = 0;
	bool		generic_q = false,
				generic_a = false;
	int			prev_line = -1;

	/* names and their line-start occurrences; the header ends at the first strong label */
	for (size_t k = 0; k < cands->n; k++)
	{
		Cand	   *c = &cands->items[k];

		sp_tick(env, &tick);
		c->name = name_index(s, names, nnames, c->label);
		if (c->line_start && c->kind != KIND_NAME && header_end == SIZE_MAX)
			header_end = c->start;
		if (c->line_start && c->kind == KIND_GENERIC && c->cls == CLS_Q)
			generic_q = true;
		if (c->line_start && c->kind == KIND_GENERIC && c->cls == CLS_A)
			generic_a = true;
		if (!c->line_start)
			continue;
		if (c->name >= 0)
		{
			names[c->name].count++;
			if (prev_line >= 0 && !same_label(s, cands->items[prev_line].label, c->label))
				names[c->name].alternating++;
			if (c->qline || (prev_line >= 0 && cands->items[prev_line].qline))
				names[c->name].dialog = true;
		}
		prev_line = (int) k;
	}
	if (header_end == SIZE_MAX)
		header_end = cands->n ? cands->items[0].start : 0;
	/* a bare name the narration before the first label mentions (not as the label itself) */
	for (int k = 0; k < *nnames && k < 32; k++)
	{
		size_t		n = names[k].text.end - names[k].text.start;
		size_t		lim = header_end < HEADER_SCAN_MAX ? header_end : HEADER_SCAN_MAX;
		size_t		at = find_lit(s, 0, lim, s + names[k].text.start, n);

		while (at != SIZE_MAX)
		{
			bool		own = false;

			for (size_t j = 0; j < cands->n && cands->items[j].start <= at; j++)
				if (cands->items[j].label.start == at)
					own = true;
			if (!own)
			{
				names[k].in_header = true;
				break;
			}
			at = find_lit(s, at + n, lim, s + names[k].text.start, n);
		}
	}
	for (int k = 0; k < *nnames; k++)
	{
		Name	   *nm = &names[k];

		/* in a 问/答 transcript a bare name is a label only where the narration names it */
		nm->accepted = nm->in_header || (!(generic_q && generic_a) && nm->count >= 2 && nm->alternating >= 1 &&
											  nm->dialog);
	}
	for (size_t k = 0; k < cands->n; k++)
	{
		Cand	   *c = &cands->items[k];
		bool		used_at_line_start = c->name >= 0 && names[c->name].count > 0;

		sp_tick(env, &tick);
		if (c->line_start)
			c->accepted = c->kind != KIND_NAME || (c->name >= 0 && names[c->name].accepted);
		else
			c->accepted = (c->kind == KIND_GENERIC && c->label.end - c->label.start <= 9) ||
				(used_at_line_start && (c->kind != KIND_NAME || names[c->name].accepted));
	}
	/* a name accepted through the header but seen only there is fine; a title-line label is not */
	for (size_t k = 0; k < cands->n; k++)
		if (cands->items[k].in_title && cands->items[k].cls != CLS_Q)
			cands->items[k].accepted = false;
}

static size_t stage_direction_at(const char *s, size_t e, size_t i);

/* the turn's visible text [a, b): question mark, size, last character */
typedef struct TurnText
{
	bool		question_mark;
	size_t		bytes;			/* trimmed */
	int			words;			/* Latin words + Han characters */
	bool		cut_off;		/* ends with a dash or an ellipsis */
} TurnText;

static TurnText
turn_text(const char *s, size_t a, size_t b)
{
	TurnText	t = {0};
	int			step;
	bool		in_word = false;
	uint32_t	last = 0;
	size_t		e = sp_trim_back(s, a, b);

	t.bytes = e > a ? e - a : 0;
	for (size_t i = a; i < e; i += step)
	{
		uint32_t	cp = sp_u8_decode(s, e, i, &step);

		if (cp == '?' || cp == 0xFF1F)
			t.question_mark = true;
		if (sp_is_han(cp))
		{
			t.words++;
			in_word = false;
		}
		else if (sp_is_letter(cp) || sp_is_digit(cp))
		{
			if (!in_word)
				t.words++;
			in_word = true;
		}
		else
			in_word = false;
		if (!is_hspace(cp) && !sp_is_newline(cp))
			last = cp;
	}
	t.cut_off = last == 0x2014 || last == 0x2013 || last == '-' || last == 0x2026;
	/* or ends with a stage direction on a line of its own: (A door opens.) */
	if (last == ')' || last == 0xFF09 || last == ']' || last == 0x3011)
	{
		size_t		ls = e;

		while (ls > a && s[ls - 1] != '\n')
			ls--;
		ls = skip_hspace(s, e, ls);
		if (ls > a && stage_direction_at(s, e, ls) == e)
			t.cut_off = true;
	}
	return t;
}

void
sp_turns_find(const SpEnv *env, const char *s, size_t len, SpTurnVec *out)
{
	CandVec		cands = {0};
	Name	   *names = sp_alloc(env, sizeof(Name) * MAX_NAMES);
	int			nnames = 0;
	size_t		nacc = 0,
				first = SIZE_MAX,
				tick = 0;
	bool		have_q = false;
	int			pending = -1;
	TurnText   *texts;

	out->items = NULL;
	out->n = out->cap = 0;
	if (!has_visible(s, 0, len))
	{
		sp_free(env, names);
		return;
	}
	find_candidates(env, s, len, &cands);
	accept_candidates(env, s, &cands, names, &nnames);
	for (size_t k = 0; k < cands.n; k++)
		if (cands.items[k].accepted)
		{
			nacc++;
			if (first == SIZE_MAX)
				first = cands.items[k].start;
			if (cands.items[k].cls == CLS_Q)
				have_q = true;
		}
	if (nacc < 2)
	{
		/* not a transcript: one statement */
		SpTurn		t = {{0, len}, {0, 0}, 0, SP_TURN_STATEMENT, -1};

		sp_vec_push(env, out, t);
		sp_vec_free(env, &cands);
		sp_free(env, names);
		return;
	}
	if (has_visible(s, 0, first))
	{
		SpTurn		t = {{0, first}, {0, 0}, 0, SP_TURN_STATEMENT, -1};

		sp_vec_push(env, out, t);
	}
	for (size_t k = 0; k < cands.n; k++)
	{
		const Cand *c = &cands.items[k];
		SpTurn		t;

		if (!c->accepted)
			continue;
		t.whole.start = c->start;
		t.whole.end = len;
		t.speaker = c->label;
		t.body = c->body;
		t.role = SP_TURN_STATEMENT;
		t.reply_to = -1;
		if (out->n > 0)
			out->items[out->n - 1].whole.end = c->start;
		sp_vec_push(env, out, t);
	}

	/* classes per turn; a bare name's class from its question marks */
	texts = sp_alloc(env, sizeof(TurnText) * out->n);
	{
		unsigned char *cls = sp_alloc(env, out->n);
		int		   *nm = sp_alloc(env, sizeof(int) * out->n);
		size_t		ci = 0;
		int			asker = -1;

		for (size_t k = 0; k < out->n; k++)
		{
			SpTurn	   *t = &out->items[k];

			sp_tick(env, &tick);
			texts[k] = turn_text(s, t->speaker.end > t->speaker.start ? t->body : t->whole.start, t->whole.end);
			cls[k] = 255;
			nm[k] = -1;
			if (t->speaker.end <= t->speaker.start)
				continue;
			while (ci < cands.n && !(cands.items[ci].accepted && cands.items[ci].start == t->whole.start))
				ci++;
			cls[k] = cands.items[ci].cls;
			nm[k] = cands.items[ci].name;
			if (cls[k] == CLS_NAME && nm[k] >= 0)
			{
				names[nm[k]].turns++;
				if (texts[k].question_mark)
					names[nm[k]].questions++;
			}
		}
		if (!have_q)
		{
			/* the speaker whose turns are mostly questions asks */
			double		best = 0.0,
						second = 0.0;

			for (int n = 0; n < nnames; n++)
			{
				double		f;

				if (names[n].turns == 0)
					continue;
				f = (double) names[n].questions / names[n].turns;
				if (f > best)
				{
					second = best;
					best = f;
					asker = n;
				}
				else if (f > second)
					second = f;
			}
			if (best < 0.5 || best - second < 0.25)
				asker = -1;
		}
		for (size_t k = 0; k < out->n; k++)
			if (cls[k] == CLS_NAME)
				cls[k] = nm[k] >= 0 && nm[k] == asker ? CLS_Q : CLS_A;

		/* roles: questioners first (they depend on their own text only) */
		for (size_t k = 0; k < out->n; k++)
		{
			SpTurn	   *t = &out->items[k];

			if (cls[k] == CLS_H)
				t->role = SP_TURN_HOST;
			else if (cls[k] == CLS_Q)
			{
				const TurnText *x = &texts[k];

				/* "Thank you." "Watch out behind you." : a remark, not a question */
				t->role = (!x->question_mark && !x->cut_off && x->words <= 6) ?
					SP_TURN_STATEMENT : SP_TURN_QUESTION;
			}
		}
		for (size_t k = 0; k < out->n; k++)
		{
			SpTurn	   *t = &out->items[k];
			int			prev = -1;
			bool		is_short;

			sp_tick(env, &tick);
			if (cls[k] == CLS_Q && t->role == SP_TURN_QUESTION)
			{
				pending = (int) k;
				continue;
			}
			if (cls[k] != CLS_A)
				continue;
			/* the turn before, host turns left out */
			for (int p = (int) k - 1; p >= 0; p--)
				if (out->items[p].role != SP_TURN_HOST)
				{
					prev = p;
					break;
				}
			is_short = texts[k].bytes <= SHORT_TURN_BYTES && !texts[k].question_mark;
			if (prev >= 0 && out->items[prev].role == SP_TURN_QUESTION)
			{
				t->role = SP_TURN_ANSWER;
				t->reply_to = prev;
			}
			else if (prev >= 1 && cls[prev] == CLS_Q && out->items[prev].role == SP_TURN_STATEMENT &&
					 out->items[prev - 1].role == SP_TURN_ANSWER &&
					 same_label(s, out->items[prev - 1].speaker, t->speaker) &&
					 (!is_short || texts[prev - 1].cut_off))
			{
				/* an answer resumed after the questioner's remark */
				t->role = SP_TURN_ANSWER;
				t->reply_to = out->items[prev - 1].reply_to;
			}
			else if (is_short && k + 1 < out->n && cls[k + 1] == CLS_Q &&
					 out->items[k + 1].role == SP_TURN_QUESTION)
				t->role = SP_TURN_HOST;	/* hands the floor to a questioner */
			else if (prev >= 0 && out->items[prev].role == SP_TURN_ANSWER && pending >= 0 &&
					 !same_label(s, out->items[prev].speaker, t->speaker) && !is_short)
			{
				/* a second answerer on the same question */
				t->role = SP_TURN_ANSWER;
				t->reply_to = pending;
			}
		}
		sp_free(env, cls);
		sp_free(env, nm);
	}
	sp_free(env, texts);
	sp_vec_free(env, &cands);
	sp_free(env, names);
}

/* ---- the text per-turn metrics count ---- */

/* a stage direction: a whole bracketed run （笑） [Laughter] (Applause.) at i; its end */
static size_t
stage_direction_at(const char *s, size_t e, size_t i)
{
	int			step;
	uint32_t	cp = cp_at(s, e, i, &step);
	uint32_t	close;
	size_t		k,
				n = 0;

	if (cp == '(')
		close = ')';
	else if (cp == 0xFF08)
		close = 0xFF09;
	else if (cp == '[')
		close = ']';
	else if (cp == 0x3010)
		close = 0x3011;
	else
		return i;
	for (k = i + step; k < e && n < 40; k += step, n++)
	{
		uint32_t	x = cp_at(s, e, k, &step);

		if (x == close)
			return k + step;
		if (x == cp || sp_is_newline(x))
			return i;
	}
	return i;
}

/* a bracketed run without digits, quotes or titles, short: (Applause.) （笑） [inaudible] */
static bool
is_direction(const char *s, size_t a, size_t b)
{
	int			st;

	for (size_t q = a; q < b; q += st)
	{
		uint32_t	x = sp_u8_decode(s, b, q, &st);

		if (sp_is_digit(x) || x == 0x300A || x == 0x201C)
			return false;
	}
	return sp_u8_count(s + a, b - a) <= 24;
}

/* a line that is only a time stamp (9:10 A.M. EDT) or a dateline （新华社北京12月4日电） */
static bool
is_stamp_line(const char *s, size_t a, size_t e)
{
	int			step;
	size_t		digits = 0,
				colon = 0,
				other = 0;

	if (stage_direction_at(s, e, a) == e && (find_lit(s, a, e, "电", 3) != SIZE_MAX ||
											 find_lit(s, a, e, "记者", 6) != SIZE_MAX))
		return true;
	for (size_t i = a; i < e; i += step)
	{
		uint32_t	cp = sp_u8_decode(s, e, i, &step);

		if (sp_is_digit(cp))
			digits++;
		else if (cp == ':')
			colon++;
		else if (!(is_hspace(cp) || is_latin_upper(cp) || cp == '.'))
			other++;
	}
	return digits >= 1 && colon == 1 && other == 0 && e - a <= 24;
}

/* [a, b) trimmed, unless nothing visible is left */
static void
push_piece(const SpEnv *env, const char *s, size_t a, size_t b, SpSpanVec *out)
{
	a = skip_hspace(s, b, a);
	b = a < b ? sp_trim_back(s, a, b) : a;
	if (b > a && has_visible(s, a, b))
		sp_vec_push(env, out, ((SpSpan) {a, b}));
}

void
sp_turn_content(const SpEnv *env, const char *s, size_t len, const SpTurn *t, SpSpanVec *out)
{
	size_t		i = t->speaker.end > t->speaker.start ? t->body : t->whole.start;
	size_t		end = t->whole.end < len ? t->whole.end : len;
	size_t		tick = 0;

	while (i < end)
	{
		size_t		e = line_end(s, end, i);
		size_t		a = skip_hspace(s, e, i);
		size_t		piece = a;
		int			step;

		sp_tick(env, &tick);
		if (a < e && !is_stamp_line(s, a, sp_trim_back(s, a, e)))
		{
			size_t		k = a;

			while (k < e)
			{
				size_t		d = stage_direction_at(s, e, k);

				if (d > k && is_direction(s, k, d))
				{
					push_piece(env, s, piece, k, out);
					piece = skip_hspace(s, e, d);
					k = piece;
					continue;
				}
				sp_u8_decode(s, e, k, &step);
				k += step;
			}
			push_piece(env, s, piece, e, out);
		}
		i = next_line(s, end, e);
	}
}
