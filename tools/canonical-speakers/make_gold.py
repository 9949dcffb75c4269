#!/usr/bin/env python3
"""PolNeAR dev's quotes with canonical speakers: polnear_to_gold.py's lines (on standard input) with
each attributed quote's speaker set from speakers.tsv, as the unseen news set names speakers.

usage: python3 ../shared/eval/polnear_to_gold.py ../shared/data/polnear/dev | make_gold.py > gold.jsonl

A named speaker gets its canonical name, and the source's words as an alias when they are a name
("Trump", "Ms. Clinton"); a description keeps its words in lower case (score_quotes.py does not
score those); a source that names no speaker is dropped.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PRONOUNS = {"i", "he", "she", "they", "we", "it", "who", "you"}


def load():
    table = {}
    for line in open(os.path.join(HERE, "speakers.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        article, index, kind, speaker = line.rstrip("\n").split("\t")
        table[(article, int(index))] = (kind, speaker)
    return table


def is_name(words):
    tokens = re.findall(r"[\w'’.-]+", words)
    return bool(tokens) and all(t[0].isupper() for t in tokens) and not words.startswith("The ") \
        and words.lower() not in PRONOUNS


def main():
    table = load()
    for line in sys.stdin:
        doc = json.loads(line)
        for i, quote in enumerate(doc["quotes"]):
            if not quote.get("source"):
                continue
            kind, speaker = table[(doc["id"], i)]
            if kind == "name":
                quote["speaker"] = speaker
                if is_name(quote["sourceText"]):
                    quote["aliases"] = [quote["sourceText"]]
            elif kind == "description":
                quote["speaker"] = speaker[:1].lower() + speaker[1:] if speaker else "someone"
            else:
                quote["speaker"] = None
                quote["source"] = None
        print(json.dumps(doc, ensure_ascii=False))


if __name__ == "__main__":
    main()
