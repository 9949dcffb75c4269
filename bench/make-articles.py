#!/usr/bin/env python3
"""Write COUNT articles as JSON Lines (gzipped when OUT ends in .gz) for the ingest benchmark: the
texts of a folder (PolNeAR train by default) taken in turn, each copy after the first with small
edits so that no two texts are the same and the store keeps every one: a word replaced by another
of the same article, two neighbouring sentences swapped, and an update line with its own time.
Deterministic (seeded), so two runs write the same file.

usage: make-articles.py COUNT OUT.jsonl[.gz] [FOLDER]
"""
import gzip
import json
import os
import random
import re
import sys

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def edited(text, copy, rng):
    if copy == 0:
        return text
    words = text.split(" ")
    if len(words) > 20:
        i, j = rng.randrange(len(words)), rng.randrange(len(words))
        words[i] = words[j]
    text = " ".join(words)
    paragraphs = text.split("\n")
    k = rng.randrange(len(paragraphs))
    sentences = SENTENCE_END.split(paragraphs[k])
    if len(sentences) > 1:
        s = rng.randrange(len(sentences) - 1)
        sentences[s], sentences[s + 1] = sentences[s + 1], sentences[s]
        paragraphs[k] = " ".join(sentences)
    minutes = copy * 7
    paragraphs.append(f"Updated {1 + minutes // 1440 % 28} August 2021, {minutes // 60 % 24:02d}:{minutes % 60:02d} (copy {copy}).")
    return "\n".join(paragraphs)


def main():
    if len(sys.argv) not in (3, 4):
        raise SystemExit(__doc__)
    count, out = int(sys.argv[1]), sys.argv[2]
    here = os.path.dirname(os.path.abspath(__file__))
    folder = sys.argv[3] if len(sys.argv) == 4 else os.path.join(here, "..", "..", "shared", "data", "polnear", "train", "text")
    names = sorted(n for n in os.listdir(folder) if os.path.isfile(os.path.join(folder, n)))
    texts = [open(os.path.join(folder, n), encoding="utf-8").read() for n in names]
    rng = random.Random(20211)
    opener = gzip.open if out.endswith(".gz") else open
    with opener(out, "wt", encoding="utf-8") as f:
        for n in range(count):
            copy, i = divmod(n, len(texts))
            text = edited(texts[i], copy, rng)
            title = text.strip().split("\n", 1)[0][:200]
            f.write(json.dumps({"id": f"bench-{copy}-{os.path.splitext(names[i])[0]}", "title": title, "text": text}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
