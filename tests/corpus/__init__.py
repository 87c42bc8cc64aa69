"""Corpus tables, in the style of Duckling's Corpus.hs: short Arabic news
phrases and what the engine must find in them. Adding a case is adding a line;
tests/test_corpus.py runs every line as one test."""
