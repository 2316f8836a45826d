"""The reference names in the official languages match the English reference data.

Every field of work, State or Partner, structure, field operation and dateline place of the
English data has a name in each official language; no name is keyed by anything the English
data does not have; within one language and kind no two share a name; and every name fits the
field the English one is stored in. Serbian, which is not an official language, may be partial,
but what it has is checked the same way.
"""

import pytest

from countries.models import ParticipatingState
from fields.models import FieldOfWork
from missions.models import FieldOperation
from news.models import Place
from seed.data import places, reference
from seed.data.reference_names import NAMES, OFFICIAL_LANGUAGES, PARTIAL_LANGUAGES
from structures.models import Structure

ENGLISH_KEYS = {
    "fields_of_work": {entry["slug"] for entry in reference.FIELDS_OF_WORK},
    "states": {
        entry["code"]
        for entry in reference.PARTICIPATING_STATES + reference.PARTNERS_FOR_CO_OPERATION
    },
    "structures": {entry["slug"] for entry in reference.STRUCTURES},
    "field_operations": {entry["slug"] for entry in reference.FIELD_OPERATIONS},
    "places": {name for name, _code in places.PLACES},
}

KINDS = list(ENGLISH_KEYS)


def max_length(model, field):
    return model._meta.get_field(field).max_length


def names_of(language, kind):
    """(key, field, name) for every name of this kind in this language."""
    for key, value in NAMES[language].get(kind, {}).items():
        if isinstance(value, dict):
            for field, name in value.items():
                yield key, field, name
        else:
            yield key, "name", value


LIMITS = {
    "fields_of_work": {"name": max_length(FieldOfWork, "name")},
    "states": {"name": max_length(ParticipatingState, "name")},
    "structures": {
        "name": max_length(Structure, "name"),
        "full_name": max_length(Structure, "full_name"),
    },
    "field_operations": {
        "name": max_length(FieldOperation, "name"),
        "full_name": max_length(FieldOperation, "full_name"),
    },
    "places": {"name": max_length(Place, "name")},
}


def test_the_languages_are_the_official_ones_and_host_countries():
    assert sorted(OFFICIAL_LANGUAGES) == ["de", "es", "fr", "it", "ru"]
    assert sorted(PARTIAL_LANGUAGES) == ["mk", "sq", "sr", "uk"]
    assert sorted(NAMES) == sorted(OFFICIAL_LANGUAGES + PARTIAL_LANGUAGES)


@pytest.mark.parametrize("language", PARTIAL_LANGUAGES)
def test_every_state_and_partner_has_a_name_in_the_host_country_languages(language):
    # The lists of States in these languages must not silently leave one out.
    missing = ENGLISH_KEYS["states"] - set(NAMES[language]["states"])
    assert not missing, f"{language} States without a name: {sorted(missing)}"


@pytest.mark.parametrize("language", OFFICIAL_LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_english_entry_has_a_name(language, kind):
    given = NAMES[language][kind]
    missing = ENGLISH_KEYS[kind] - set(given)
    assert not missing, f"{language} {kind} without a name: {sorted(missing)}"
    for key, value in given.items():
        if kind in ("structures", "field_operations"):
            assert set(value) == {"name", "full_name"}, (language, kind, key)
            assert all(part.strip() for part in value.values()), (language, kind, key)
        else:
            assert isinstance(value, str) and value.strip(), (language, kind, key)


@pytest.mark.parametrize("language", OFFICIAL_LANGUAGES + PARTIAL_LANGUAGES)
def test_no_name_for_anything_the_english_data_lacks(language):
    assert set(NAMES[language]) <= set(KINDS), language
    for kind, given in NAMES[language].items():
        unknown = set(given) - ENGLISH_KEYS[kind]
        assert not unknown, f"{language} {kind} not in the English data: {sorted(unknown)}"


@pytest.mark.parametrize("language", OFFICIAL_LANGUAGES + PARTIAL_LANGUAGES)
def test_names_are_clean_and_fit_their_fields(language):
    for kind in NAMES[language]:
        for key, field, name in names_of(language, kind):
            assert isinstance(name, str) and name.strip(), (language, kind, key, field)
            assert name == name.strip() and "  " not in name, (language, kind, key, field)
            limit = LIMITS[kind][field]
            assert len(name) <= limit, (language, kind, key, field, len(name), limit)


@pytest.mark.parametrize("language", OFFICIAL_LANGUAGES + PARTIAL_LANGUAGES)
def test_names_are_unique_within_a_language_and_kind(language):
    # Field operations are structures (one table, names unique across both), so the two are
    # checked as one kind.
    groups = {
        "fields_of_work": ["fields_of_work"],
        "states": ["states"],
        "structures": ["structures", "field_operations"],
        "places": ["places"],
    }
    for group, kinds in groups.items():
        for field in ("name", "full_name"):
            seen = {}
            for kind in kinds:
                for key, name_field, name in names_of(language, kind):
                    if name_field != field:
                        continue
                    earlier = seen.setdefault(name.casefold(), key)
                    assert earlier == key, f"{language} {group}: {earlier} and {key} are {name!r}"
