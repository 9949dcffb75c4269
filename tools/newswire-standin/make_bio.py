#!/usr/bin/env python3
"""Rebuild the newswire stand-in as a token-per-line file from the PolNeAR dev texts and annotations.tsv.

usage: make_bio.py POLNEAR_DEV_TEXT_DIR > standin.bio

Each annotated article is put into CoNLL-2003's form by conllify.py and tagged from the stand-off
annotations; a span whose tokens differ from the text it was annotated on stops the run, so a
change to conllify.py or to the corpus cannot go unnoticed.
"""
import collections
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main(text_dir):
    spans = collections.defaultdict(list)
    for line in open(os.path.join(HERE, "annotations.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        doc, sentence, first, last, kind, text = line.rstrip("\n").split("\t")
        spans[doc].append((int(sentence), int(first), int(last), kind, text))
    docs = [l.strip() for l in open(os.path.join(HERE, "articles.txt"), encoding="utf-8") if l.strip()]
    out = sys.stdout
    for doc in docs:
        lines = subprocess.run([sys.executable, os.path.join(HERE, "conllify.py"), os.path.join(text_dir, doc)],
                               capture_output=True, text=True, check=True).stdout.splitlines()
        sentences = [l.split(" ") for l in lines]
        tags = [["O"] * len(s) for s in sentences]
        for sentence, first, last, kind, text in spans.get(doc, []):
            found = " ".join(sentences[sentence][first:last + 1])
            if found != text:
                raise SystemExit(f"{doc}: sentence {sentence}, tokens {first}-{last} read {found!r}, annotated {text!r}")
            tags[sentence][first] = "B-" + kind
            for k in range(first + 1, last + 1):
                tags[sentence][k] = "I-" + kind
        out.write("-DOCSTART-\tO\n\n")
        for tokens, sentence_tags in zip(sentences, tags):
            for token, tag in zip(tokens, sentence_tags):
                out.write(f"{token}\t{tag}\n")
            out.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(sys.argv[1])
