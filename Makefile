# speech - a PostgreSQL extension for the structure, search and metrics of speeches.
#
#   make demo      install what is missing, build, install, parse the sample speech
#                  on a throwaway cluster and print its outline
#   make sandbox   the same, but the cluster stays running with a database "speech"
#                  (the extension, the sample in a table); prints how to connect;
#                  make sandbox-stop removes it
#   make test      install what is missing, build, install, run every test
#                  (C-core unit tests, pg_regress on a throwaway cluster, scorers)
#   make unit      C-core unit tests only (no PostgreSQL needed beyond ICU)
#   make bench     throughput and linearity benchmarks
#   make bench-parallel   parallel plans and speed-up, per-MB cost from 1 KB to 100 MB,
#                  memory after 1 GB, parallel index builds (test/bench/scale.sh)
#   make fuzz      libFuzzer targets with ASan+UBSan (FUZZ_SECONDS=N per target)
#   make fuzz-campaign   the long run: FUZZ_SECONDS=N per target, FUZZ_JOBS=2 targets
#                  at a time, mostly short inputs then 64 KB (test/fuzz/run.sh)
#   make valgrind  pg_regress with every backend under valgrind memcheck
#   make concurrency    8 pgbench clients for 30 s while terms change (make test: 20 s)
#   make big-input      every function on a 100 MB text: peak RSS, cancellation latency
#   make installcheck   pg_regress against a server you run (PGHOST/PGPORT/PGUSER)
#   make package   (root) build the Debian package of HEAD, lintian, install it with
#                  dpkg -i, pg_regress against it (test/package.sh, doc/packaging.md)
#   make dist      the PGXN archive speech-X.Y.Z.zip of HEAD (git archive)

EXTENSION = speech
MODULE_big = speech

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)

# the pure core: no PostgreSQL headers (sp_env.c is the malloc host for tests)
CORE_SRCS = $(filter-out src/core/sp_env.c,$(sort $(wildcard src/core/*.c)))
# the PostgreSQL glue
GLUE_SRCS = $(sort $(wildcard src/*.c))
# the one C++ file: OpenCC's tables read through its C++ API (src/spg_opencc.cpp)
OBJS = $(CORE_SRCS:.c=.o) $(GLUE_SRCS:.c=.o) src/spg_opencc.o

DATA = $(sort $(wildcard speech--*.sql))

# text search: the stop words and the lexicon, built at build time from the
# word list of Debian's python3-jieba (MIT) and data/speech_domain.txt
JIEBA_DICT ?= /usr/lib/python3/dist-packages/jieba/dict.txt
LEXICON = data/speech_zh.lex
DATA_TSEARCH = data/speech_zh.stop $(LEXICON)

# the version comes from speech.control alone
SPEECH_VERSION := $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" speech.control)

# pg_regress suites, in order (listed, not globbed)
REGRESS_STRUCTURE = setup structure_basic structure_markers structure_noise \
	structure_document structure_clean structure_other_languages structure_encoding \
	structure_unnumbered structure_corpus
REGRESS_TS = ts_parser ts_config ts_subword ts_terms ts_consistency ts_headline ts_index ts_tsvector ts_encoding \
	ts_traditional
REGRESS_METRICS = metrics metrics_seed metrics_reporting metrics_english
# comparing speeches (1.6): keyness, word counts, new terms, pages; speech_diff
REGRESS_COMPARE = keyness words pages diff diff_seed
# transcripts: speaker turns (1.6)
REGRESS_TRANSCRIPTS = turns
# quantified policy targets (issue 16)
REGRESS_TARGETS = targets
# passages and long documents, getting texts in (decode), parallel workers
REGRESS_CORPUS = passages decode parallel_workers
# reliability and security: the upgrade chain, bad input of every kind, hostile
# search_path and privileges (setup.sql, first of all, installs 1.0 and updates)
REGRESS_RELIABILITY = upgrade bad_input bad_input_encoding security library_mismatch
# last: it reinstalls the extension to test the upgrade to 1.3
REGRESS_SCALE = scale
REGRESS = $(REGRESS_STRUCTURE) $(REGRESS_TS) $(REGRESS_METRICS) $(REGRESS_COMPARE) $(REGRESS_TRANSCRIPTS) \
	$(REGRESS_TARGETS) $(REGRESS_CORPUS) $(REGRESS_RELIABILITY) $(REGRESS_SCALE)
REGRESS_OPTS = --encoding=UTF8 --no-locale

ifeq ($(wildcard $(PGXS)),)
# ---- bootstrap: the server headers (PGXS) are not installed yet ----
.DEFAULT_GOAL := all
all install demo sandbox test unit installcheck:
	./test/deps.sh
	$(MAKE) $@
deps:
	./test/deps.sh
else
# ---- normal build ----
ICU_CFLAGS ?=
ICU_LIBS ?=
ifeq ($(strip $(ICU_LIBS)),)
ICU_CFLAGS := $(shell pkg-config --cflags icu-uc icu-i18n 2>/dev/null)
ICU_LIBS := $(shell pkg-config --libs icu-uc icu-i18n 2>/dev/null)
endif
# OpenCC (Apache-2.0): Traditional to Simplified folding of speech_zh; its
# tables are read by src/spg_opencc.cpp, the conversion runs in the core
OPENCC_CFLAGS := $(patsubst -I%,-isystem %,$(shell pkg-config --cflags opencc 2>/dev/null))
OPENCC_LIBS := $(shell pkg-config --libs opencc 2>/dev/null)
OPENCC_VERSION := $(shell pkg-config --modversion opencc 2>/dev/null)
# PostgreSQL's headers as system headers: -Wextra applies to our code, not theirs
PG_CPPFLAGS = -I$(srcdir)/src/core $(ICU_CFLAGS) -isystem $(includedir_server) -isystem $(includedir_internal) \
	-DSPEECH_VERSION=\"$(SPEECH_VERSION)\" -DSPEECH_OPENCC_VERSION=\"$(OPENCC_VERSION)\"
# -Wall -Wextra clean; `make test` adds -Werror
PG_CFLAGS = -Wall -Wextra $(WERROR)
SHLIB_LINK = $(ICU_LIBS) $(OPENCC_LIBS) -lstdc++
EXTRA_CLEAN = test/unit/unit_tests test/unit/unit_tests_asan test/tools/speech_cli test/tools/speech_diff_cli test/fuzz/build results regression.diffs regression.out \
	data/speech_zh.words $(LEXICON) tools/mklex

# no LLVM bitcode: JIT inlining buys nothing for these functions, and it would
# make the build depend on clang
override with_llvm := no

include $(PGXS)

# the lexicon image: word list (policy in tools/lexicon_words.py), then tools/mklex
all: $(LEXICON)

data/speech_zh.words: tools/lexicon_words.py data/speech_domain.txt $(JIEBA_DICT)
	python3 tools/lexicon_words.py $(JIEBA_DICT) data/speech_domain.txt > $@.tmp
	mv $@.tmp $@

MKLEX_SRCS = tools/mklex.c src/core/sp_lexicon.c src/core/sp_utf8.c src/core/sp_env.c
tools/mklex: $(MKLEX_SRCS) src/core/sp_lexicon.h src/core/sp_env.h src/core/sp_utf8.h
	$(CC) -std=gnu99 -O2 -Wall -Wextra $(WERROR) -Isrc/core $(ICU_CFLAGS) -o $@ $(MKLEX_SRCS) $(ICU_LIBS)

$(LEXICON): data/speech_zh.words tools/mklex
	tools/mklex data/speech_zh.words $@

src/spg_opencc.o: src/spg_opencc.cpp src/spg_opencc.h
	$(CXX) -std=c++14 -O2 -g -fPIC -Wall -Wextra $(WERROR) $(OPENCC_CFLAGS) -Isrc -c -o $@ $<

# every object depends on every header (PGXS tracks no header dependencies)
$(OBJS): $(wildcard src/*.h src/core/*.h)
# speech_version() reports default_version
src/version.o: speech.control

UNIT_SRCS = $(sort $(wildcard test/unit/*.c))
UNIT_CFLAGS = -std=gnu99 -O1 -g -Wall -Wextra -Werror -Isrc/core -Itest/unit $(ICU_CFLAGS)
# the core uses libm (sp_keyness: log, erfc)
UNIT_LIBS = $(ICU_LIBS) -lm

test/unit/unit_tests: $(UNIT_SRCS) $(wildcard src/core/*.c) $(wildcard src/core/*.h) test/unit/unit.h
	$(CC) $(UNIT_CFLAGS) -o $@ $(UNIT_SRCS) $(wildcard src/core/*.c) $(UNIT_LIBS)

.PHONY: deps unit unit-asan demo test cli bench bench-parallel fuzz fuzz-campaign valgrind concurrency big-input

# fuzzing budget per target inside make test (make fuzz for long runs); there
# libFuzzer's wall-clock timeout is 5 s, the CPU-time replay holds the 1 s bound
CI_FUZZ_SECONDS ?= 15
deps:
	./test/deps.sh

unit: test/unit/unit_tests
	./test/unit/unit_tests

# the same unit tests under AddressSanitizer + UndefinedBehaviorSanitizer (and LeakSanitizer)
test/unit/unit_tests_asan: $(UNIT_SRCS) $(wildcard src/core/*.c) $(wildcard src/core/*.h) test/unit/unit.h
	$(CC) $(UNIT_CFLAGS) -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer \
		-o $@ $(UNIT_SRCS) $(wildcard src/core/*.c) $(UNIT_LIBS)
unit-asan: test/unit/unit_tests_asan
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ./test/unit/unit_tests_asan

# development aids: the core on a file, and the outline scorer without a database
test/tools/speech_cli: test/tools/speech_cli.c $(wildcard src/core/*.c) $(wildcard src/core/*.h)
	$(CC) $(UNIT_CFLAGS) -o $@ test/tools/speech_cli.c $(wildcard src/core/*.c) $(UNIT_LIBS)
test/tools/speech_diff_cli: test/tools/speech_diff_cli.c $(wildcard src/core/*.c) $(wildcard src/core/*.h)
	$(CC) $(UNIT_CFLAGS) -O2 -o $@ test/tools/speech_diff_cli.c $(wildcard src/core/*.c) $(UNIT_LIBS)
cli: test/tools/speech_cli test/tools/speech_diff_cli

# pg_regress with every backend under valgrind memcheck (doc/reliability.md)
valgrind:
	SPEECH_EXTRA_DEPS=valgrind ./test/deps.sh
	$(MAKE) all
	$(MAKE) install
	./test/valgrind.sh

# single integration checks on a throwaway cluster (make test runs them all)
concurrency: all
	$(MAKE) install
	SPEECH_PGBENCH_SECONDS=$${SPEECH_PGBENCH_SECONDS:-30} ./test/run-tests.sh test/integration/concurrency.sh
big-input: all
	$(MAKE) install
	./test/run-tests.sh test/integration/big_input.sh

# libFuzzer targets under ASan + UBSan (test/fuzz/run.sh; FUZZ_SECONDS per target)
fuzz:
	SPEECH_EXTRA_DEPS="clang libclang-rt-dev" ./test/deps.sh
	./test/fuzz/run.sh $(FUZZ_SECONDS)
# the campaign behind the closing numbers: FUZZ_SECONDS=300 FUZZ_JOBS=2 gives
# about 20 million executions in about 25 minutes on 2 free cores
fuzz-campaign:
	SPEECH_EXTRA_DEPS="clang libclang-rt-dev" ./test/deps.sh
	./test/fuzz/run.sh --campaign $(FUZZ_SECONDS)

# benchmarks print ratios against a baseline measured in the same session
bench: deps
	$(MAKE) all
	$(MAKE) install
	./test/bench/structure.sh
	./test/bench/metrics.sh
	./test/bench/text_search.sh
	./test/bench/turns.sh
	./test/bench/passages.sh

bench-parallel: deps
	$(MAKE) all
	$(MAKE) install
	./test/bench/scale.sh

demo: deps
	$(MAKE) all
	$(MAKE) install
	./test/demo.sh

# a throwaway cluster left running, with the extension and the sample speech
sandbox: deps
	$(MAKE) all
	$(MAKE) install
	./test/sandbox.sh start
sandbox-stop:
	./test/sandbox.sh stop

test: deps
	$(MAKE) all WERROR=-Werror
	$(MAKE) install
	$(MAKE) unit
	$(MAKE) unit-asan
	./test/run-tests.sh
	FUZZ_TIMEOUT=5 ./test/fuzz/run.sh $(CI_FUZZ_SECONDS)
endif

# ---- releases (doc/packaging.md); they need no PGXS ----
# the PGXN archive speech-X.Y.Z.zip of HEAD, X.Y.Z from META.json
PGXN_VERSION = $(shell python3 -c 'import json; print(json.load(open("META.json"))["version"])')
dist:
	git archive --format=zip --prefix=speech-$(PGXN_VERSION)/ -o speech-$(PGXN_VERSION).zip HEAD
	@echo "speech-$(PGXN_VERSION).zip"
# the Debian package of HEAD: build, lintian, install, pg_regress on it (root)
package:
	./test/package.sh
.PHONY: dist package sandbox sandbox-stop
