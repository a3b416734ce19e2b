#!/usr/bin/env python3
"""Writes pathological 64 KB inputs into a directory (test/fuzz/run.sh uses
them as seeds and times every target on them): nested-looking markers,
unbalanced quotes, long numerals, a long line without punctuation, markup,
chunk numbers, white space, random bytes; Markdown headings and inline items
(passages); GB18030, Big5 and UTF-16 bytes, whole and broken (the decoder).
Deterministic."""
import os
import random
import sys

SIZE = 65536
out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def fill(unit):
    data = unit.encode("utf-8") if isinstance(unit, str) else unit
    reps = SIZE // len(data) + 1
    data = (data * reps)[:SIZE]
    # cut at a character boundary: drop a trailing partial UTF-8 sequence
    while data and (data[-1] & 0xC0) == 0x80:
        data = data[:-1]
    if data and data[-1] >= 0xC0:
        data = data[:-1]
    return data


rng = random.Random(20240501)
cases = {
    "markers": "一、(一)1.(1)①",
    "markers_lines": "一、\n（一）\n1．\n（1）\n①\n",
    "enumerations": "一是，二要；第一，首先，",
    "markers_english": "I.\nII. A\nA. b\n(a) c\nFirst, d\nAnd secondly, e\nLast but not least, f\n",
    "markers_formal": "壹、貳拾參、\n第貳，(一 )\nⅣ.",
    "wrapped_latin": "the sun out, so he can do\ntags: x\n",
    "tiers": "第一编 第一章 第一节 第一条 第一百条：",
    "tiers_lines": "## 第一章 总则\n第一条 甲。\n（十 八）乙\n【重点任务1】丙\n",
    "contents": "目录\n一、甲……2\n第一章 乙... 3\n",
    "appendix": "附件1：\n名词解释\n1.甲：乙。\n2021年3月2日\n",
    "brackets": "【重点任务",
    "quotes_open": "“",
    "quotes_mixed": "“《「『‘〈«\"",
    "quotes_close": "”》」』’〉»",
    "digits": "1",
    "digits_grouped": "1,",
    "digits_decimal": "1.",
    "han_numerals": "一二三四五六七八九十百千万亿",
    "han_one": "一",
    "percent_words": "百分之",
    "ranges": "3至5—6~",
    "slogans": "三个代表",
    "slogan_pattern": "三严三实",
    "han_no_punct": "中国人民",
    "han_single": "中",
    "latin_no_punct": "a",
    "latin_words": "word ",
    "latin_dots": "Mr. U.S. ",
    "terminators": "。！？",
    "punct_only": "，。、；：？！…—",
    "spaces": " ",
    "ideographic_spaces": "\u3000",
    "newlines": "\n",
    "crlf": "\r\n",
    "blank_lines": "甲\n\n",
    "zero_width": "\u200b",
    "html_tags": "<p>",
    "html_open": "<",
    "entities": "&nbsp;",
    "entity_start": "&#",
    "chunk_numbers": "1、\n",
    "chunk_lines": "我们要\n12、继续",
    "colons": "：",
    "announcement": "讲四点意见：",
    "salutation": "同志们：\n",
    "emoji": "\U0001F600",
    "nul": b"\x00",
    "high_bytes": b"\xff",
    "continuation_bytes": b"\x80",
    "truncated_utf8": b"\xe4\xb8",
    # passages: Markdown headings (the marker after "## "), inline items in one sentence
    "markdown_headings": "## 第一章\n总则\n第一条 为了保障权利，制定本法。\n",
    "items_one_sentence": "一是加强领导，二是压实责任，三是强化考核，",
    # the decoder: legacy and UTF-16 bytes, and their broken forms
    # (GB18030's four-byte forms read as UTF-8 are 64 KB of one-digit
    # quantities between bad bytes: sp_targets took 1.1-1.6 s on them until a
    # bare number stopped before its clause was walked)
    "gb18030_text": "中华人民共和国，全国人民代表大会。".encode("gb18030"),
    "gb18030_four_byte": "\u20ac\U0001F600\u3400".encode("gb18030"),
    "gb18030_truncated": b"\x81\x30\x81",
    "big5_text": "中華民國，立法院。".encode("big5"),
    "big5_stray_byte": "中華".encode("big5") + b"\x80",
    "utf16le_bom": b"\xff\xfe" + "中国人民，".encode("utf-16-le"),
    "utf16be_no_bom": "中国人民 and people, ".encode("utf-16-be"),
    "utf16_lone_surrogate": b"\x00\xd8a\x00",
    "utf8_bom": b"\xef\xbb\xbf" + "中国".encode(),
}
for name, unit in cases.items():
    with open(os.path.join(out, "stress." + name), "wb") as f:
        f.write(fill(unit))
with open(os.path.join(out, "stress.random"), "wb") as f:
    f.write(bytes(rng.randrange(256) for _ in range(SIZE)))
with open(os.path.join(out, "stress.random_han"), "wb") as f:
    f.write(fill("".join(chr(rng.randrange(0x4E00, 0x9FA6)) for _ in range(SIZE // 3))))
# terms: many lines of distinct lengths, then a text (fuzz_terms reads terms before a NUL)
with open(os.path.join(out, "stress.terms"), "wb") as f:
    terms = "\n".join("要" * k for k in range(1, 200)).encode()
    f.write((terms + b"\x00" + fill("要求重要"))[:SIZE])
