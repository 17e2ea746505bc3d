"""`stadtsatz lint --level leichte-sprache -` on the labelled sentence corpora in
tests/data/plain_language/*.tsv (issue 10, acceptance 2): every sentence is one line of the
input; the findings' rules are compared with the labels, for the rules each file labels
(zeichen.tsv: the token rules, grammatik.tsv: the grammar rules). Required: micro-averaged
precision >= 0.95 and recall >= 0.9, and recall >= 0.8 for every rule (margins over the
acceptance's 0.90 / 0.85 / 0.7 on held-out sentences).
"""
import re
import subprocess
from collections import Counter

from e2e import REPOSITORY, SCRATCH, STADTSATZ, check, finish

FINDING = re.compile(r"^<stdin>:(\d+):(\d+): warning: (.*) \[([a-z-]+)\]$")


def read_corpus(path):
    """The sentences and their label sets; `#` lines are comments."""
    sentences = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        sentence, _, labels = line.partition("\t")
        check(sentence.strip() == sentence and sentence, f"{path.name}:{number}: a sentence")
        sentences.append((sentence, {label.strip() for label in labels.split(",") if label.strip()}))
    return sentences


def findings_of(sentences):
    SCRATCH.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([str(STADTSATZ), "lint", "--level", "leichte-sprache", "-"],
                            input="".join(sentence + "\n" for sentence, _ in sentences),
                            capture_output=True, text=True, cwd=SCRATCH)
    check(result.returncode == 0, f"lint exits 0 with findings: {result.returncode} {result.stderr}")
    found = [set() for _ in sentences]
    for line in result.stdout.splitlines():
        match = FINDING.match(line)
        if check(match is not None, f"a finding line file:line:col: warning: message [rule]: {line!r}"):
            found[int(match.group(1)) - 1].add(match.group(4))
    return found


corpora = sorted((REPOSITORY / "tests" / "data" / "plain_language").glob("*.tsv"))
check(corpora, "there are labelled corpora")
for corpus in corpora:
    sentences = read_corpus(corpus)
    rules = set().union(*(labels for _, labels in sentences))
    check(len(sentences) >= 120, f"{corpus.name}: at least 120 sentences ({len(sentences)})")
    found = findings_of(sentences)
    true_positives, false_positives, false_negatives = Counter(), Counter(), Counter()
    for (sentence, expected), predicted in zip(sentences, found):
        predicted &= rules
        for rule in predicted & expected:
            true_positives[rule] += 1
        for rule in predicted - expected:
            false_positives[rule] += 1
            print(f"  {corpus.name}: unexpected [{rule}]: {sentence}")
        for rule in expected - predicted:
            false_negatives[rule] += 1
            print(f"  {corpus.name}: missed [{rule}]: {sentence}")
    tp, fp, fn = (sum(counter.values()) for counter in (true_positives, false_positives,
                                                         false_negatives))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"{corpus.name}: {len(sentences)} sentences, precision {precision:.3f}, recall {recall:.3f}")
    check(precision >= 0.95, f"{corpus.name}: micro precision {precision:.3f} >= 0.95")
    check(recall >= 0.9, f"{corpus.name}: micro recall {recall:.3f} >= 0.9")
    for rule in sorted(rules):
        rule_recall = true_positives[rule] / (true_positives[rule] + false_negatives[rule])
        print(f"  {rule}: recall {rule_recall:.3f}, {false_positives[rule]} false positives")
        check(rule_recall >= 0.8, f"{corpus.name}: recall of {rule} {rule_recall:.3f} >= 0.8")

finish()
