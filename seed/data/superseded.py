"""Values earlier versions of the reference data shipped and this one corrects, by entry.

`load_reference_data` brings an existing entry up to date where a field is empty or still holds
one of these values: no editor has changed it then. Any other value is an editor's, and is kept.
The one place an old spelling may stay (a test scans the rest of the data for it).
"""

# slug -> field -> the values shipped before
FIELD_OPERATIONS = {
    "mission-to-moldova": {"headquarters": ["Chisinau"]},
}
