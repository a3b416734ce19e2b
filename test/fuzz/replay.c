/*
 * replay.c - runs a fuzz target's LLVMFuzzerTestOneInput once on every file
 * named (files, or directories of files) and times each run in CPU time (so
 * that a busy machine does not make an input look slow); linked instead of
 * libFuzzer's main by test/fuzz/run.sh, with the same sanitizers as the
 * fuzzing build, so the times compare with its -timeout.  Prints one line:
 *   replay TARGET: N inputs, slowest MS ms (FILE, BYTES bytes), K over LIMIT ms
 * and exits 1 when an input takes longer than the limit (argv[1], in ms).
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t ninputs,
			nslow;
static double slowest_ms,
			limit_ms;
static char slowest_file[4096];
static size_t slowest_bytes;

static void
run_file(const char *path)
{
	FILE	   *f = fopen(path, "rb");
	long		size;
	uint8_t    *buf;
	struct timespec t0,
				t1;
	double		ms;

	if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0)
	{
		perror(path);
		exit(2);
	}
	rewind(f);
	/* an exact-size copy, so reads past the end are caught as in libFuzzer */
	buf = malloc(size > 0 ? (size_t) size : 1);
	if (buf == NULL || (size > 0 && fread(buf, 1, (size_t) size, f) != (size_t) size))
	{
		perror(path);
		exit(2);
	}
	fclose(f);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
	LLVMFuzzerTestOneInput(buf, (size_t) size);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
	free(buf);
	ms = (double) (t1.tv_sec - t0.tv_sec) * 1e3 + (double) (t1.tv_nsec - t0.tv_nsec) / 1e6;
	ninputs++;
	if (ms > limit_ms)
	{
		nslow++;
		fprintf(stderr, "slow input: %s (%ld bytes) took %.1f ms\n", path, size, ms);
	}
	if (ms > slowest_ms)
	{
		slowest_ms = ms;
		slowest_bytes = (size_t) size;
		snprintf(slowest_file, sizeof(slowest_file), "%s", path);
	}
}

static void
run_path(const char *path)
{
	struct stat st;
	DIR		   *d;
	struct dirent *e;

	if (stat(path, &st) != 0)
		return;
	if (!S_ISDIR(st.st_mode))
	{
		run_file(path);
		return;
	}
	if ((d = opendir(path)) == NULL)
		return;
	while ((e = readdir(d)) != NULL)
	{
		char		sub[4096];

		if (e->d_name[0] == '.')
			continue;
		snprintf(sub, sizeof(sub), "%s/%s", path, e->d_name);
		run_path(sub);
	}
	closedir(d);
}

int
main(int argc, char **argv)
{
	const char *name = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];

	if (argc < 3)
	{
		fprintf(stderr, "usage: %s LIMIT_MS FILE_OR_DIR...\n", argv[0]);
		return 2;
	}
	limit_ms = atof(argv[1]);
	for (int i = 2; i < argc; i++)
		run_path(argv[i]);
	printf("replay %s: %zu inputs, slowest %.1f ms (%s, %zu bytes), %zu over %.0f ms\n",
		   name, ninputs, slowest_ms, slowest_file[0] ? slowest_file : "-", slowest_bytes,
		   nslow, limit_ms);
	return nslow > 0 ? 1 : 0;
}
