/*
 * mklex.c - write the binary lexicon image from tools/lexicon_words.py's list.
 *
 * Usage: mklex WORDS OUT
 * WORDS: "!costs<TAB>unknown<TAB>term", then "word<TAB>cost<TAB>flags" lines.
 * Runs at build time; the image is installed into tsearch_data and mapped
 * read-only by every backend.
 */
#include "sp_env.h"
#include "sp_lexicon.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *
slurp(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		n;

	if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0)
	{
		perror(path);
		exit(1);
	}
	buf = malloc((size_t) n + 1);
	if (buf == NULL || fread(buf, 1, (size_t) n, f) != (size_t) n)
	{
		perror(path);
		exit(1);
	}
	fclose(f);
	buf[n] = '\0';
	*len = (size_t) n;
	return buf;
}

int
main(int argc, char **argv)
{
	size_t		len,
				n = 0,
				cap = 1024,
				size;
	char	   *text,
			   *line,
			   *save = NULL;
	SpLexWord  *words = malloc(cap * sizeof(SpLexWord));
	unsigned	unknown = 0,
				term = 0;
	void	   *image;
	FILE	   *out;

	if (argc != 3)
	{
		fprintf(stderr, "usage: %s WORDS OUT\n", argv[0]);
		return 2;
	}
	text = slurp(argv[1], &len);
	for (line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
	{
		char	   *tab1 = strchr(line, '\t'),
				   *tab2 = tab1 ? strchr(tab1 + 1, '\t') : NULL;

		if (tab2 == NULL)
		{
			fprintf(stderr, "%s: malformed line: %s\n", argv[1], line);
			return 1;
		}
		if (strncmp(line, "!costs\t", 7) == 0)
		{
			unknown = (unsigned) strtoul(tab1 + 1, NULL, 10);
			term = (unsigned) strtoul(tab2 + 1, NULL, 10);
			continue;
		}
		if (n == cap)
			words = realloc(words, (cap *= 2) * sizeof(SpLexWord));
		if (words == NULL)
		{
			fprintf(stderr, "out of memory\n");
			return 1;
		}
		words[n].s = line;
		words[n].len = (size_t) (tab1 - line);
		words[n].cost = (uint16_t) strtoul(tab1 + 1, NULL, 10);
		words[n].flags = (uint8_t) strtoul(tab2 + 1, NULL, 10);
		n++;
	}
	if (unknown == 0 || term == 0)
	{
		fprintf(stderr, "%s: no !costs line\n", argv[1]);
		return 1;
	}
	image = sp_lexicon_build(&sp_env_malloc, words, n, (uint16_t) unknown, (uint16_t) term, &size);
	if (image == NULL)
	{
		fprintf(stderr, "%s: the words hold more than %zu bytes\n", argv[1], SP_LEX_MAX_BYTES);
		return 1;
	}
	out = fopen(argv[2], "wb");
	if (out == NULL || fwrite(image, 1, size, out) != size || fclose(out) != 0)
	{
		perror(argv[2]);
		return 1;
	}
	printf("mklex: %zu words, %zu bytes -> %s\n", n, size, argv[2]);
	return 0;
}
