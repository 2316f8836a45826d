"""Tools for developing the site, never part of it in production: installed only with DEBUG on
(and in the tests, which check them). `manage.py screenshots` renders every page type to PNG."""
