"""Python transcription of the m1 reference grading, used to cross-check the TypeScript port.

It runs on Python's own `re` and `difflib`, so Unicode classes, regex matching order and
SequenceMatcher behave exactly as they did when the published numbers were scored.

Input (stdin, JSON): {"grade": [{"answerText", "options", "answer", "answerIdx"}, ...],
                      "match": [{"text", "options"}, ...],
                      "ratio": [[a, b], ...]}
Output (stdout, JSON): the same keys with one result per input.
"""

import difflib
import json
import re
import sys

FINAL_RESPONSE = "## Final Response\n\n"


def last_boxed(s):
    start = s.rfind("\\boxed")
    if start < 0:
        start = s.rfind("\\fbox")
        if start < 0:
            return s, False
    depth = 0
    for i in range(start, len(s)):
        if s[i] == "{":
            depth += 1
        if s[i] == "}":
            depth -= 1
            if depth == 0:
                return s[start : i + 1], True
    return s, False


def unwrap(s, left):
    head = left + "{"
    if not (s[: len(head)] == head and len(s) > 0 and s[-1] == "}"):
        return s
    inner = s[len(head) : -1]
    if "=" in inner:
        inner = inner.split("=")[-1].lstrip(" ")
    return inner


def extract(text):
    first, closed = last_boxed(text)
    result = unwrap(first, "\\boxed")
    second, _ = last_boxed(result)
    return unwrap(second, "\\text"), closed


def parse_option_str(option_str):
    options = {}
    for line in option_str.split("\n"):
        line = line.strip()
        parts = line.split(". ", 1)
        if len(parts) != 2:
            continue
        options[parts[0]] = parts[1]
    return options


def similarity(a, b):
    return difflib.SequenceMatcher(None, a, b).ratio()


def match_letter(text, options):
    if FINAL_RESPONSE in text:
        text = text.split(FINAL_RESPONSE)[-1]

    found = list(re.finditer(r"(answer is\s*?)([A-N])", text, re.S))
    if found:
        return found[-1].group(2), "answer-is"

    letters = "ABCDEFGHIJKLMN"[: len(options)]
    pattern = (
        r"([\u4e00-\u9fff]|is |是|项|\*|\W|\ |\(|为|^|'|\"|#)(?![aA] )(["
        + letters
        + r"])(\W|[\u4e00-\u9fff]|$)"
    )
    found = list(re.finditer(pattern, text, re.S))
    if found:
        return found[-1].group(2), "standalone-letter"

    lowered = text.lower()
    positions = [
        (key, lowered.rindex(value.lower())) for key, value in options.items() if value.lower() in lowered
    ]
    if positions:
        return sorted(positions, key=lambda p: p[1], reverse=True)[0][0], "option-text"

    keys = list(options)
    best, highest = None, 0
    for i, key in enumerate(keys):
        score = similarity(options[key].lower(), lowered)
        if score >= highest:
            best, highest = i, score
    return keys[best], "similarity"


def grade(answer_text, options, answer, answer_idx):
    extraction, closed = extract(answer_text)
    got = extraction.lower()
    result = {"extraction": extraction, "closedBox": closed, "matchedLetter": None}
    if got == answer.lower():
        return {**result, "rule": "exact-text", "correct": True}
    if got == f"{answer_idx}. {answer}".lower():
        return {**result, "rule": "letter-text", "correct": True}
    if len(extraction) == 1 and got == answer_idx.lower():
        return {**result, "rule": "single-letter", "correct": True}
    option_str = "\n".join(f"{k}. {v}" for k, v in options.items())
    letter, rule = match_letter(extraction, parse_option_str(option_str))
    return {**result, "matchedLetter": letter, "rule": rule, "correct": letter.lower() == answer_idx.lower()}


def main():
    request = json.load(sys.stdin)
    out = {
        "grade": [grade(c["answerText"], c["options"], c["answer"], c["answerIdx"]) for c in request.get("grade", [])],
        "match": [dict(zip(("letter", "rule"), match_letter(c["text"], c["options"]))) for c in request.get("match", [])],
        "ratio": [similarity(a, b) for a, b in request.get("ratio", [])],
    }
    json.dump(out, sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main()
