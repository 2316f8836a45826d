"""The site's date formats per language, where Django's own are not the site's.

Templates name a format (`|date:"DATE_FORMAT"`), never spell one, so that each language writes
dates its own way: Django's formats serve Russian (the month in the genitive, then the year and
its abbreviation) and French. English, "en" and "en-gb" alike, keeps the site's house style:
the month in full, 24-hour times.
"""
