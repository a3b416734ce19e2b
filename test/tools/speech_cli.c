/*
 * speech_cli - print what the pure core finds in a text file (development aid
 * and fuzz-seed check; no PostgreSQL needed).
 *   speech_cli [-p] [-s] FILE      outline always; -p paragraphs, -s sentences
 */
#include "sp_charindex.h"
#include "sp_doc.h"
#include "sp_utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
json_str(const char *s, SpSpan sp)
{
	putchar('"');
	for (size_t i = sp.start; i < sp.end; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c < 0x20)
			printf("\\u%04x", c);
		else
			putchar(c);
	}
	putchar('"');
}

static void
show(const char *s, SpSpan sp, size_t max)
{
	size_t		n = 0;

	for (size_t i = sp.start; i < sp.end && n < max;)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, sp.end, i, &step);

		if (cp == '\n')
			fputs("⏎", stdout);
		else
			fwrite(s + i, 1, (size_t) step, stdout);
		i += (size_t) step;
		n++;
	}
	if (n >= max)
		fputs("…", stdout);
}

int
main(int argc, char **argv)
{
	bool		paras = false,
				sents = false,
				json = false;
	const char *path = NULL;
	FILE	   *f;
	char	   *buf;
	long		len;
	SpDoc		doc;
	SpCharIndex ci;

	for (int i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "-p") == 0)
			paras = true;
		else if (strcmp(argv[i], "-s") == 0)
			sents = true;
		else if (strcmp(argv[i], "-j") == 0)
			json = true;
		else
			path = argv[i];
	}
	if (!path || !(f = fopen(path, "rb")))
	{
		fprintf(stderr, "usage: speech_cli [-p] [-s] FILE\n");
		return 2;
	}
	fseek(f, 0, SEEK_END);
	len = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t) len + 1);
	if (fread(buf, 1, (size_t) len, f) != (size_t) len)
		return 1;
	fclose(f);
	sp_doc_analyze(&sp_env_malloc, buf, (size_t) len, &doc);
	sp_charindex_init(&sp_env_malloc, &ci, buf, (size_t) len);

	if (json)
	{
		/* the rows speech_outline() returns, as score_outline.py reads them */
		printf("[");
		for (size_t i = 0; i < doc.sections.n; i++)
		{
			SpSection  *sec = &doc.sections.items[i];
			size_t		p0 = sp_charindex_pos(&ci, sec->whole.start);

			printf("%s{\"id\": %zu, \"parent_id\": ", i ? ", " : "", i + 1);
			if (sec->parent < 0)
				printf("null");
			else
				printf("%d", sec->parent + 1);
			printf(", \"level\": %d, \"ordinal\": %d, \"marker\": ", sec->level, sec->ordinal);
			json_str(buf, sec->marker);
			printf(", \"heading\": ");
			json_str(buf, sec->heading);
			printf(", \"pos\": %zu, \"len\": %zu}", p0, sp_charindex_pos(&ci, sec->whole.end) - p0);
		}
		printf("]\n");
		return 0;
	}
	printf("title: ");
	show(buf, doc.title, 80);
	printf("\nsalutation: ");
	show(buf, doc.salutation, 80);
	printf("\nannounced: %d found: %d paragraphs: %zu sentences: %zu noise: %zu\nopening: ",
		   doc.announced_points, doc.found_points, doc.paragraphs.n, doc.sentences.n, doc.noise.n);
	show(buf, doc.opening, 60);
	printf("\nclosing: ");
	show(buf, doc.closing, 60);
	printf("\n");
	for (size_t i = 0; i < doc.sections.n; i++)
	{
		SpSection  *sec = &doc.sections.items[i];

		printf("%3zu %*s[L%d p%d %s #%d%s] ", i + 1, 2 * (sec->level - 1), "", sec->level,
			   sec->parent + 1, sp_style_names[sec->style], sec->ordinal, sec->inline_run ? " inline" : "");
		show(buf, sec->marker, 10);
		printf(" ");
		show(buf, sec->heading, 30);
		printf("  (pos %zu len %zu)\n", sp_charindex_pos(&ci, sec->whole.start),
			   sp_charindex_pos(&ci, sec->whole.end) - sp_charindex_pos(&ci, sec->whole.start));
	}
	if (paras)
		for (size_t i = 0; i < doc.paragraphs.n; i++)
		{
			printf("P%zu s%d: ", i + 1, doc.paragraphs.items[i].section + 1);
			show(buf, doc.paragraphs.items[i].span, 70);
			printf("\n");
		}
	if (sents)
		for (size_t i = 0; i < doc.sentences.n; i++)
		{
			printf("S%zu p%d s%d [", i + 1, doc.sentences.items[i].paragraph + 1,
				   doc.sentences.items[i].section + 1);
			show(buf, doc.sentences.items[i].terminator, 5);
			printf("] ");
			show(buf, doc.sentences.items[i].span, 70);
			printf("\n");
		}
	sp_charindex_free(&sp_env_malloc, &ci);
	sp_doc_free(&sp_env_malloc, &doc);
	free(buf);
	return 0;
}
