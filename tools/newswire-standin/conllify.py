#!/usr/bin/env python3
"""Turn a plain news text into a CoNLL-2003-like token file: headline in capitals, PTB-style tokens,
one sentence a line (tokens joined by one space). usage: conllify.py IN.txt > OUT.txt"""
import re, sys

ABBR = set("""Mr Mrs Ms Dr Gov Sen Rep Gen Lt Col Capt Sgt St Jr Sr Rev Prof Inc Corp Co Ltd vs
Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec No Ft Mt Ave Blvd Dept Univ Adm Cmdr Supt Pres""".split())

def split_sentences(par):
    out, start = [], 0
    for m in re.finditer(r'[.!?]["”’\')]*\s+(?=["“‘(]?[A-Z0-9])', par):
        before = par[start:m.start() + 1]
        last = re.findall(r"([A-Za-z.]+)\.$", before)
        if last and (last[0] in ABBR or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?", last[0] + ".") or len(last[0]) == 1):
            continue
        out.append(par[start:m.end()].strip()); start = m.end()
    if par[start:].strip(): out.append(par[start:].strip())
    return out

def tokens(s):
    s = s.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'").replace("—", " -- ").replace("–", " - ")
    toks = []
    for w in s.split():
        pre, post = [], []
        while w and w[0] in '"(\'[' and not re.match(r"'\d0s", w): pre.append(w[0]); w = w[1:]
        while w and w[-1] in '"),;:?!\']': post.insert(0, w[-1]); w = w[:-1]
        if w.endswith(".") and not (re.fullmatch(r"(?:[A-Za-z]\.)+", w) or w[:-1] in ABBR):
            post.insert(0, "."); w = w[:-1]
        m = re.fullmatch(r"(.+?)(n't|'s|'re|'ve|'ll|'d|'m|')$", w, re.I)
        if m and not (m.group(2) == "'" and not m.group(1).endswith("s")):
            if m.group(2).lower() == "n't" or m.group(1):
                toks += pre + [m.group(1), m.group(2)] + post; continue
        toks += pre + ([w] if w else []) + post
    return toks

text = open(sys.argv[1], encoding="utf-8").read()
pars = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
lines = []
for i, p in enumerate(pars):
    p = " ".join(p.split())
    if i == 0 and len(p.split()) <= 25:
        lines.append(" ".join(tokens(p)).upper()); continue
    for s in split_sentences(p):
        lines.append(" ".join(tokens(s)))
print("\n".join(lines))
