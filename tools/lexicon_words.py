#!/usr/bin/env python3
"""Build the word list of speech's general lexicon (standard library only).

Usage: lexicon_words.py JIEBA_DICT DOMAIN_TERMS > speech_zh.words

Input: jieba's dict.txt (MIT licence; Debian package python3-jieba): one
"word count tag" a line, and the shipped domain terms (one a line, # comments).
Output, read by tools/mklex: a first line "!costs<TAB>unknown<TAB>term", then
"word<TAB>cost<TAB>flags" lines; cost = 100 * -ln(count / total), flags
1 = general word, 2 = domain term, 8 = search only (indexed, never cut).

The policy, each rule general (nothing here is fitted to an evaluation set):
  * Han words only: the tokenizer handles Latin letters and digits itself.
  * Words longer than 16 characters are dropped (never probed).
  * jieba gives a placeholder count of 2 or 3 to ~200,000 entries merged in
    without corpus counts.  Such an entry that can be composed from counted
    words of two or more characters (国有企业 = 国有 + 企业) is not cut as a
    word: with a made-up count it would outvote the evidence of its parts.
    It stays searchable (flag 8): a text containing it indexes it, so a
    query for it finds exactly the texts that contain it.  Placeholder
    entries that cannot be composed (rare names, idioms, transliterations)
    stay words, at their placeholder cost.
  * A numeral followed by a unit of measure or time (一年, 三天, 五元, 十米) is
    not a lexicon word: the tokenizer composes numbers itself, so 三年 and 3年
    are cut alike, whatever the number.
"""
import math
import sys

MAX_CHARS = 16
PLACEHOLDER = 3
NUMERAL = set("〇○零一二三四五六七八九十百千万亿两几数")
UNITS = set("年元天岁月日号时分秒米吨斤亩里克升度倍")
TERM_COUNT = 100000       # domain and user terms cost as much as a word seen this often


def is_han(c):
    o = ord(c)
    return (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x3134F
            or 0xF900 <= o <= 0xFAFF or o == 0x3007)


def composable(w, counted):
    """can w be cut into two or more counted words of 2+ characters?"""
    n = len(w)
    reach = [False] * (n + 1)
    reach[0] = True
    for i in range(n):
        if reach[i]:
            for j in range(i + 2, n + 1):
                if (i, j) != (0, n) and w[i:j] in counted:
                    reach[j] = True
    return reach[n]


def numeral_with_unit(w):
    k = 0
    while k < len(w) and w[k] in NUMERAL:
        k += 1
    return len(w) >= 2 and k > 0 and (k == len(w) or (k == len(w) - 1 and w[-1] in UNITS))


def main():
    dict_path, domain_path = sys.argv[1], sys.argv[2]
    counts = {}
    total = 0
    with open(dict_path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                continue
            word, count = parts[0], int(parts[1])
            total += count
            if count > 0 and len(word) <= MAX_CHARS and all(is_han(c) for c in word):
                counts[word] = counts.get(word, 0) + count
    counted = {w for w, c in counts.items() if c > PLACEHOLDER and len(w) >= 2}
    keep, search = {}, []
    for w, c in counts.items():
        if numeral_with_unit(w):
            continue
        if c <= PLACEHOLDER and len(w) >= 3 and composable(w, counted):
            search.append(w)
            continue
        keep[w] = c
    domain = []
    with open(domain_path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                domain.append(line)
    log_total = math.log(total)

    def cost(c):
        return min(65535, max(0, round(100 * (log_total - math.log(c)))))

    out = sys.stdout
    out.write("!costs\t%d\t%d\n" % (cost(1), cost(TERM_COUNT)))
    for w in sorted(keep):
        out.write("%s\t%d\t1\n" % (w, cost(keep[w])))
    for w in sorted(search):
        out.write("%s\t0\t8\n" % w)
    for w in domain:
        if not (2 <= len(w) <= MAX_CHARS and all(is_han(c) for c in w)):
            sys.exit("domain term %r: only 2 to %d Han characters" % (w, MAX_CHARS))
        out.write("%s\t0\t2\n" % w)


if __name__ == "__main__":
    main()
