/*
 * spg_lexicon.c - the general lexicon: one file built at build time
 * (tools/mklex), installed in tsearch_data and mapped read-only.
 *
 * Every backend maps the same file, so its pages live once in the page cache
 * and are shared; a backend's private memory for the lexicon is a few
 * pointers.  Nothing is parsed at connection time: the first use costs an
 * open() and an mmap(), and only the pages a lookup touches are read.  The
 * mapping stays for the life of the backend (a read-only cache, the same in
 * every process, so parallel workers map their own).
 */
#include "postgres.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "storage/fd.h"
#include "tsearch/ts_public.h"

#include "spg_ts.h"

#define SPEECH_LEXICON_NAME "speech_zh"

static SpLexicon lexicon;
static bool lexicon_mapped = false;

const SpLexicon *
spg_lexicon(void)
{
	char	   *path;
	int			fd;
	struct stat st;
	void	   *image;
	const char *problem;

	if (lexicon_mapped)
		return &lexicon;

	path = get_tsearch_config_filename(SPEECH_LEXICON_NAME, "lex");
	fd = OpenTransientFile(path, O_RDONLY | PG_BINARY);
	if (fd < 0)
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not open the speech lexicon \"%s\": %m", path),
				 errhint("The lexicon is built and installed with the extension: run \"make install\" in the speech source tree.")));
	if (fstat(fd, &st) != 0)
	{
		int			save_errno = errno;

		CloseTransientFile(fd);
		errno = save_errno;
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not stat the speech lexicon \"%s\": %m", path)));
	}
	image = st.st_size > 0 ? mmap(NULL, (size_t) st.st_size, PROT_READ, MAP_SHARED, fd, 0) : MAP_FAILED;
	if (image == MAP_FAILED)
	{
		int			save_errno = errno;

		CloseTransientFile(fd);
		errno = save_errno;
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not map the speech lexicon \"%s\": %m", path),
				 errhint("Rebuild and reinstall it with \"make install\" in the speech source tree.")));
	}
	/* the mapping outlives the descriptor */
	CloseTransientFile(fd);
	problem = sp_lexicon_open(&lexicon, image, (size_t) st.st_size);
	if (problem != NULL)
	{
		munmap(image, (size_t) st.st_size);
		ereport(ERROR,
				(errcode(ERRCODE_CONFIG_FILE_ERROR),
				 errmsg("the speech lexicon \"%s\" is unusable: %s", path, problem),
				 errhint("Rebuild and reinstall it with \"make install\" in the speech source tree.")));
	}
	lexicon_mapped = true;
	pfree(path);
	return &lexicon;
}
