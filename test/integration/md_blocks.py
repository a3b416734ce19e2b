"""The fenced blocks of a Markdown file, for the scripts that run the examples
and recipes of the README and doc/ (doc_examples.sh, load_recipes.sh)."""
import re

FENCE = re.compile(r'^( {0,3})(`{3,})([^`]*)$')


def blocks(path):
    """([(line, info, text, start, end)], lines): every fenced block in order,
    line 1-based, info the text after the backticks (stripped), text the body
    without the fence's indentation, start/end the indexes of its fences."""
    lines = open(path, encoding='utf-8').read().split('\n')
    out = []
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        indent, ticks, info = len(m.group(1)), m.group(2), m.group(3).strip()
        body = []
        j = i + 1
        while j < len(lines) and not re.match(r'^ {0,3}' + ticks + r'`*\s*$', lines[j]):
            body.append(lines[j][indent:] if lines[j][:indent].strip() == '' else lines[j])
            j += 1
        out.append((i + 1, info, '\n'.join(body), i, j))
        i = j + 1
    return out, lines
