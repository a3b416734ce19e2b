/*
 * speech_diff_cli - the rows speech_diff() returns for two files, from the
 * pure core (development aid and benchmark driver; no PostgreSQL needed).
 *   speech_diff_cli [-t N] OLD NEW   TSV: id op old_pos old_len new_pos new_len similarity
 *                                   old_section new_section old_text new_text
 *   -q    counts and time only;  -t N  repeat N times for timing
 */
#include "sp_charindex.h"
#include "sp_diff.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static char *
slurp(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	long		n;
	char	   *buf;

	if (!f)
	{
		perror(path);
		exit(2);
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t) n + 1);
	if (fread(buf, 1, (size_t) n, f) != (size_t) n)
	{
		perror(path);
		exit(2);
	}
	fclose(f);
	*len = (size_t) n;
	return buf;
}

static void
text(const char *s, SpSpan sp)
{
	for (size_t i = sp.start; i < sp.end; i++)
		putchar(s[i] == '\n' || s[i] == '\t' || s[i] == '\r' ? ' ' : s[i]);
}

int
main(int argc, char **argv)
{
	bool		quiet = false;
	int			times = 1,
				a = 1;
	size_t		l1,
				l2;
	char	   *s1,
			   *s2;
	SpDoc		d1,
				d2;
	SpDiff		df;
	SpCharIndex c1,
				c2;
	struct timespec t0,
				t1;

	for (; a < argc && argv[a][0] == '-'; a++)
	{
		if (strcmp(argv[a], "-q") == 0)
			quiet = true;
		else if (strcmp(argv[a], "-t") == 0 && a + 1 < argc)
			times = atoi(argv[++a]);
	}
	if (argc - a != 2)
	{
		fprintf(stderr, "usage: speech_diff_cli [-q] [-t N] OLD NEW\n");
		return 2;
	}
	s1 = slurp(argv[a], &l1);
	s2 = slurp(argv[a + 1], &l2);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (int k = 0; k < times; k++)
	{
		sp_doc_analyze(&sp_env_malloc, s1, l1, &d1);
		sp_doc_analyze(&sp_env_malloc, s2, l2, &d2);
		sp_diff(&sp_env_malloc, &d1, &d2, &df);
		if (k + 1 < times)
		{
			sp_diff_free(&sp_env_malloc, &df);
			sp_doc_free(&sp_env_malloc, &d1);
			sp_doc_free(&sp_env_malloc, &d2);
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (quiet)
	{
		printf("%.2f ms", ((t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6) / times);
		for (int op = 0; op < SP_DIFF__COUNT; op++)
			printf(" %s=%zu", sp_diff_op_names[op], df.count[op]);
		printf("\n");
		return 0;
	}
	sp_charindex_init(&sp_env_malloc, &c1, s1, l1);
	sp_charindex_init(&sp_env_malloc, &c2, s2, l2);
	for (size_t k = 0; k < df.rows.n; k++)
	{
		const SpDiffRow *r = &df.rows.items[k];

		printf("%zu\t%s\t", k + 1, sp_diff_op_names[r->op]);
		if (r->old_unit >= 0)
		{
			SpSpan		sp = df.old_units.items[r->old_unit].span;

			printf("%zu\t%zu\t", sp_charindex_pos(&c1, sp.start),
				   sp_charindex_pos(&c1, sp.end) - sp_charindex_pos(&c1, sp.start));
		}
		else
			printf("\t\t");
		if (r->new_unit >= 0)
		{
			SpSpan		sp = df.new_units.items[r->new_unit].span;

			printf("%zu\t%zu\t", sp_charindex_pos(&c2, sp.start),
				   sp_charindex_pos(&c2, sp.end) - sp_charindex_pos(&c2, sp.start));
		}
		else
			printf("\t\t");
		printf("%.3f\t", r->similarity);
		if (r->old_unit >= 0 && df.old_units.items[r->old_unit].section >= 0)
			printf("%d", df.old_units.items[r->old_unit].section + 1);
		putchar('\t');
		if (r->new_unit >= 0 && df.new_units.items[r->new_unit].section >= 0)
			printf("%d", df.new_units.items[r->new_unit].section + 1);
		putchar('\t');
		if (r->old_unit >= 0)
			text(s1, df.old_units.items[r->old_unit].span);
		putchar('\t');
		if (r->new_unit >= 0)
			text(s2, df.new_units.items[r->new_unit].span);
		putchar('\n');
	}
	return 0;
}
