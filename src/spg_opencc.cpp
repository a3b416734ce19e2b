/*
 * spg_opencc.cpp - the only C++ of speech: OpenCC's conversion tables read
 * through its C++ API, handed to C as one flat buffer.
 *
 * OpenCC (Apache-2.0) converts with a max-match segmentation over a phrase
 * dictionary, then a chain of stages, each a group of dictionaries asked in
 * order (t2s.json: TSPhrases, then TSCharacters).  Calling it per text costs
 * 4.3 MB/s, slower than the tokenizer itself; so speech reads the tables of
 * a configuration once per backend and the pure core (sp_fold.c) converts
 * with them, the same way.  No PostgreSQL header here and no call back into
 * PostgreSQL: every C++ exception stays in this file, and the result is
 * malloc'd memory the caller frees with free().
 */
#include <opencc.h>
#include <Config.hpp>
#include <Converter.hpp>
#include <ConversionChain.hpp>
#include <Conversion.hpp>
#include <DictGroup.hpp>
#include <Lexicon.hpp>
#include <MaxMatchSegmentation.hpp>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <stdexcept>
#include <string>

#include "spg_opencc.h"

namespace
{
	struct Buffer
	{
		std::string bytes;
		size_t		entries = 0;
	};

	/* the entries of d, flattened if it is a group, as records of stage and dict */
	void
	add_dict(Buffer &buf, const opencc::DictPtr &d, int stage, int &dict)
	{
		auto		group = std::dynamic_pointer_cast<opencc::DictGroup>(d);

		if (group)
		{
			for (const auto &m : group->GetDicts())
				add_dict(buf, m, stage, dict);
			return;
		}
		if (dict >= SPG_OPENCC_MAX_GROUP)
			throw std::runtime_error("a conversion stage has too many dictionaries");
		for (const auto &e : *d->GetLexicon())
		{
			std::string key = e->Key(),
						val = e->GetDefault();
			unsigned char head[6];

			if (key.empty() || key.size() > 0xFFFF || val.size() > 0xFFFF)
				continue;
			head[0] = (unsigned char) (stage + 1);
			head[1] = (unsigned char) dict;
			head[2] = (unsigned char) (key.size() >> 8);
			head[3] = (unsigned char) key.size();
			head[4] = (unsigned char) (val.size() >> 8);
			head[5] = (unsigned char) val.size();
			buf.bytes.append((const char *) head, sizeof(head));
			buf.bytes += key;
			buf.bytes += val;
			buf.entries++;
		}
		dict++;
	}
}

extern "C" char *
spg_opencc_read(const char *config, size_t *len, int *nstages, char *err, size_t errlen)
{
	try
	{
		opencc::Config cfg;
		opencc::ConverterPtr conv = cfg.NewFromFile(config);
		auto		seg = std::dynamic_pointer_cast<opencc::MaxMatchSegmentation>(conv->GetSegmentation());
		Buffer		buf;
		int			stage = 0,
					dict = 0;
		char	   *out;

		if (!seg)
			throw std::runtime_error("its segmentation is not \"mmseg\"");
		add_dict(buf, seg->GetDict(), -1, dict);
		for (const auto &c : conv->GetConversionChain()->GetConversions())
		{
			if (stage >= SPG_OPENCC_MAX_STAGES)
				throw std::runtime_error("its conversion chain is too long");
			dict = 0;
			add_dict(buf, c->GetDict(), stage, dict);
			stage++;
		}
		out = (char *) std::malloc(buf.bytes.size() + 1);
		if (out == nullptr)
			throw std::bad_alloc();
		std::memcpy(out, buf.bytes.data(), buf.bytes.size());
		*len = buf.bytes.size();
		*nstages = stage;
		return out;
	}
	catch (const std::exception &e)
	{
		std::snprintf(err, errlen, "%s", e.what());
	}
	catch (...)
	{
		std::snprintf(err, errlen, "unknown OpenCC error");
	}
	return nullptr;
}
