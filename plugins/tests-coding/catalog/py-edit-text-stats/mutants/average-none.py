"""Statistics about a plain-text document."""
import re

WORD = re.compile(r"[A-Za-z']+")


def words(text):
    return WORD.findall(text)


def word_count(text):
    return len(words(text))


def sentence_count(text):
    return len([part for part in re.split(r"[.!?]+", text) if WORD.search(part)])


def average_word_length(text):
    found = words(text)
    if not found:
        return None
    return sum(len(word) for word in found) / len(found)


def longest_words(text, n=3):
    if type(n) is not int or n < 0:
        raise ValueError("n must be a non-negative int")
    unique = {}
    for word in words(text):
        unique.setdefault(word.lower(), None)
    ranked = sorted(unique, key=lambda word: (-len(word), word))
    return ranked[:n]


def reading_time_minutes(text, words_per_minute=200):
    if words_per_minute <= 0:
        raise ValueError("words_per_minute must be positive")
    count = word_count(text)
    return -(-count // words_per_minute)
