"""Python baseline for `npm run bench -- reviews`: jieba + scikit-learn TF-IDF + LogisticRegression.

Reads the rows the TypeScript bench wrote (same deduplicated corpus, same held-out fold, and the
first reviews of the same stream), trains on the training fold, reports held-out accuracy, then times
segmentation + TF-IDF + prediction over the stream, in CPU time (all threads) and wall-clock, and
prints one JSON line.

    /usr/bin/python3 bench/baselines/reviews_sklearn.py ROWS.json
"""
import argparse
import json
import logging
import resource
import time

import jieba
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

jieba.setLogLevel(logging.WARNING)

# The usual recipe: word unigrams and bigrams, sublinear TF, C picked on the held-out fold (4 of 1, 4, 10).
NGRAMS = (1, 2)
C = 4
# Texts per transform/predict call: large enough that scikit-learn's per-call overhead vanishes.
BATCH = 10_000


def words(text):
    return ' '.join(jieba.cut(text))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('rows_file')
    args = parser.parse_args()
    with open(args.rows_file, encoding='utf-8') as f:
        data = json.load(f)
    jieba.initialize()

    vectorizer = TfidfVectorizer(token_pattern=r'(?u)\S+', ngram_range=NGRAMS, sublinear_tf=True)
    train_x = vectorizer.fit_transform(words(t) for t, _ in data['train'])
    model = LogisticRegression(C=C, max_iter=3000).fit(train_x, [label for _, label in data['train']])
    held_out = data['heldOut']
    predicted = model.predict(vectorizer.transform(words(t) for t, _ in held_out))
    accuracy = sum(int(p == label) for p, (_, label) in zip(predicted, held_out)) / len(held_out)

    stream = data['stream']
    started = time.perf_counter()
    cpu_started = time.process_time()
    done = 0
    while done < len(stream):
        batch = stream[done:done + BATCH]
        model.predict_proba(vectorizer.transform(words(t) for t in batch))
        done += len(batch)
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    print(json.dumps({
        'rows': done,
        'seconds': seconds,
        'reviewsPerSecond': done / seconds,
        'reviewsPerCpuSecond': done / cpu_seconds,
        'accuracy': accuracy,
        'peakRssMb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))


if __name__ == '__main__':
    main()
