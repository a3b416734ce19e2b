/*
 * main.c - runs every registered unit test of the pure core.
 * Usage: unit_tests [substring]      exit status 1 if any test failed
 */
#include "unit.h"

#include <stdarg.h>
#include <stdlib.h>
#include <sys/stat.h>

#define MAX_TESTS 4096

static struct
{
	const char *name;
	sp_test_fn	fn;
}			tests[MAX_TESTS];
static int	ntests;
static int	current_failed;

void
sp_test_register(const char *name, sp_test_fn fn)
{
	if (ntests < MAX_TESTS)
	{
		tests[ntests].name = name;
		tests[ntests].fn = fn;
		ntests++;
	}
}

void
sp_test_fail(const char *file, int line, const char *fmt, ...)
{
	va_list		ap;

	fprintf(stderr, "  FAIL %s:%d: ", file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	current_failed++;
}

size_t
sp_test_repeat(char *buf, size_t o, const char *unit, size_t n)
{
	size_t		ul = strlen(unit);

	for (size_t k = 0; k < n; k++, o += ul)
		memcpy(buf + o, unit, ul);
	buf[o] = '\0';
	return o;
}

char *
sp_test_read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		n;

	if (f == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t) n + 1);
	if (buf == NULL || fread(buf, 1, (size_t) n, f) != (size_t) n)
	{
		fclose(f);
		free(buf);
		return NULL;
	}
	fclose(f);
	buf[n] = '\0';
	if (len)
		*len = (size_t) n;
	return buf;
}

const char *
sp_test_shared(void)
{
	static int	warned;
	struct stat st;
	const char *dir = getenv("SPEECH_SHARED");

	if (dir == NULL)
		dir = "../shared";
	if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode))
		return dir;
	if (!warned++)
		fprintf(stderr, "  note: %s not found; corpus-based unit tests are skipped\n", dir);
	return NULL;
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

int
main(int argc, char **argv)
{
	int			passed = 0,
				failed = 0;
	const char *filter = argc > 1 ? argv[1] : NULL;

	qsort(tests, (size_t) ntests, sizeof(tests[0]), by_name);
	for (int i = 0; i < ntests; i++)
	{
		if (filter && strstr(tests[i].name, filter) == NULL)
			continue;
		current_failed = 0;
		tests[i].fn();
		if (current_failed)
		{
			fprintf(stderr, "FAIL %s\n", tests[i].name);
			failed++;
		}
		else
			passed++;
	}
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
