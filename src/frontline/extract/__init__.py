"""Prose -> candidate records: figures from articles, with the words that set them.

`extract(text, published=...)` (in `frontline.extract.candidates`) is the entry
point; the other modules each read one thing from a sentence (numbers and units,
precision words, date phrases, actors, regions and sources).
"""
